using System.Xml;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Reporting;

/// <summary>Random articles with markup, bidi controls, control characters and surrogate halves: the report and the article page stay well-formed and script-free.</summary>
public class ReportProperties
{
    private const string Alphabet = "aZ9 .,'\"<>&/=!-\n\t\u202E\u202B\u2066\u2069\u200F\u0627\u05D0\u0007\u001B\uFFFE";

    private static readonly string[] s_words =
        ["</script>", "<img src=x onerror=alert(1)>", "Kataib Hezbollah", " said ", "Baghdad", "\"We deny it,\" ", "according to ", "at least 3 rockets", " on 3 January 2024"];

    private static Gen<string> Texts =>
        Gen.Frequency(
            (5, Gen.Elements(Alphabet.ToCharArray()).Select(c => c.ToString())),
            (2, Gen.Elements(s_words)),
            (1, Gen.Elements("\uD800", "\uDFFF", "\uD83D\uDE00")))
        .ArrayOf()
        .Select(parts => string.Concat(parts));

    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(150).WithReplay(new Replay(new Rnd(20261207UL), FSharpOption<int>.None));

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    [Fact]
    public void AnyArticle_ReportAndPage_AreWellFormedWithOnlyTheirOwnScript()
    {
        Prop.ForAll(Texts.ToArbitrary(), Texts.ToArbitrary(), (text, id) =>
        {
            NewsDocument doc = TestPipeline.Extractor.Annotate(text, id: id);
            var report = new CorpusReport();
            report.AddLine(NewsDocumentJson.Serialize(doc, indented: false));
            report.Unreadable.Should().Be(0, "every line the library writes is read back");
            report.Statements.Should().Be(doc.Attributions.Length);

            foreach (string html in new[] { report.RenderHtml(), NewsDocumentHtml.Render(doc) })
            {
                XDocument page = Parse(html);
                page.Descendants().Where(e => e.Name.LocalName == "script").Should().ContainSingle();
                page.Descendants().Where(e => e.Name.LocalName == "img").Should().BeEmpty();
            }
        }).Check(s_config);
    }
}
