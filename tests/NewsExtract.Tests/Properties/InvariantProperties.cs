using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Properties;

/// <summary>Random strings over an alphabet of the characters that break tokenizers: quotes, apostrophes, dashes,
/// periods, brackets, every kind of white space, surrogate halves and pairs, the replacement character.</summary>
public class InvariantProperties
{
    private const string Alphabet =
        "aZ9 .,;:!?'\"\u2018\u2019\u201C\u201D-\u2013\u2014\u2026()[]#@/\u2022\u00A9\u00A0\t\n\r\u2028\u2029\u200B\uFFFD\uFEFF\u0301US.Gen1,000th\uD83D";

    private static Gen<string> Texts =>
        Gen.Frequency(
            (6, Gen.Elements(Alphabet.ToCharArray())),
            (1, Gen.Elements('\uDD25', '\uD800', '\uDFFF')),
            (2, Gen.Choose(32, 0x2FFF).Select(i => (char)i)))
        .ArrayOf()
        .Select(chars => new string(chars));

    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(new Replay(new Rnd(20261121UL), FSharpOption<int>.None));

    [Fact]
    public void AnyText_KeepsEveryInvariant()
    {
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            Invariants.Check(TestPipeline.Extractor.Annotate(text));
        }).Check(s_config);
    }

    [Fact]
    public void AnyText_IsDeterministic()
    {
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            string a = NewsDocumentJson.Serialize(TestPipeline.Extractor.Annotate(text), JsonLayers.Tokens | JsonLayers.Sentences | JsonLayers.Zones);
            string b = NewsDocumentJson.Serialize(TestPipeline.Extractor.Annotate(text), JsonLayers.Tokens | JsonLayers.Sentences | JsonLayers.Zones);
            a.Should().Be(b);
        }).Check(s_config);
    }

    [Fact]
    public void CorpusArticles_KeepEveryInvariant()
    {
        foreach (string path in Repo.CorpusArticles())
        {
            Invariants.Check(TestPipeline.Extractor.Annotate(ArticleText.ReadFile(path), cancellationToken: TestContext.Current.CancellationToken));
        }
    }
}
