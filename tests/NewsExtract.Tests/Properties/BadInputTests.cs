using System.Text;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Properties;

/// <summary>Inputs a batch over scraped folders will meet: each gives a clean result or a clear error, never a hang or a crash.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\r\n\t \u00A0\u2028")]
    public void EmptyOrWhitespace_GivesEmptyLayers(string text)
    {
        NewsDocument doc = TestPipeline.Annotate(text);
        doc.Tokens.Should().BeEmpty();
        doc.Sentences.Should().BeEmpty();
        doc.Entities.Should().BeEmpty();
        NewsDocumentJson.Serialize(doc).Should().Contain("\"entities\": []");
    }

    [Fact]
    public void Decode_BinaryBytes_ThrowsClearError()
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10];
        Action act = () => ArticleText.Decode(bytes, "archive.zip");
        act.Should().Throw<InvalidArticleException>().WithMessage("*archive.zip*binary*");
    }

    [Fact]
    public void Decode_InvalidUtf8_ThrowsClearError()
    {
        byte[] bytes = [0x41, 0xC3, 0x28, 0x42];
        Action act = () => ArticleText.Decode(bytes, "latin1.txt");
        act.Should().Throw<InvalidArticleException>().WithMessage("*latin1.txt*UTF-8*");
    }

    [Fact]
    public void Decode_RemovesByteOrderMarkAndNothingElse()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("A\r\nB ")];
        ArticleText.Decode(bytes, "bom.txt").Should().Be("A\r\nB ");
    }

    [Fact]
    public void ReadFile_OverLimit_ThrowsClearError()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, new string('x', 2000));
            Action act = () => ArticleText.ReadFile(path, maxBytes: 1000);
            act.Should().Throw<InvalidArticleException>().WithMessage("*over the limit*");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A hang guard, not a speed measurement: linear work finishes in seconds, quadratic work would not.</summary>
    [Fact(Timeout = 120_000)]
    public async Task FiftyMegabyteSingleLine_Finishes()
    {
        var sb = new StringBuilder(50 * 1024 * 1024);
        const string chunk = "rockets hit Al-Asad \u201Cbase\u201D U.S. a.b.c 2,500 ";
        while (sb.Length < 50 * 1024 * 1024)
        {
            sb.Append(chunk);
        }

        string text = sb.ToString();
        NewsDocument doc = await Task.Run(() => TestPipeline.Extractor.Annotate(text), TestContext.Current.CancellationToken);
        doc.Tokens.Length.Should().BeGreaterThan(5_000_000);
        doc.Sentences.Should().NotBeEmpty();
    }

    [Fact(Timeout = 60_000)]
    public async Task MillionQuotationMarks_Finishes()
    {
        string text = string.Concat(Enumerable.Repeat("\"a ", 1_000_000));
        NewsDocument doc = await Task.Run(() => TestPipeline.Extractor.Annotate(text), TestContext.Current.CancellationToken);
        doc.Tokens.Length.Should().Be(2_000_000);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("a-")]
    [InlineData("a.")]
    [InlineData("a'")]
    [InlineData("1,")]
    [InlineData("x@")]
    [InlineData("[1")]
    [InlineData("\u201Cx,\u201D he said. ")]
    [InlineData("According to Gen. Smith, ")]
    public async Task PathologicalRepeats_Finish(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 300_000));
        NewsDocument doc = await Task.Run(() => TestPipeline.Extractor.Annotate(text), TestContext.Current.CancellationToken);
        Invariants.Check(doc);
    }

    /// <summary>One endless sentence of reported-speech patterns: every search of the attribution layer is bounded, so the
    /// work stays linear (a content runs at most 150 tokens).</summary>
    [Theory(Timeout = 60_000)]
    [InlineData("officials and experts said that ")]
    [InlineData("the assessment of officials and experts that ")]
    [InlineData(", adding that the report of ")]
    [InlineData("Gen. Tom Smith and other commanders, ")]
    [InlineData("Whereas officials said ")]
    [InlineData("denied a report that ")]
    [InlineData("was claimed by officials, ")]
    public async Task AttributionPatternRepeats_Finish(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 30_000));
        NewsDocument doc = await Task.Run(() => TestPipeline.Extractor.Annotate(text), TestContext.Current.CancellationToken);
        Invariants.Check(doc);
    }

    [Fact]
    public void UnbalancedQuotes_DoNotCrash()
    {
        NewsDocument doc = TestPipeline.Annotate("\u201CThis quote never ends.\n\nA new paragraph\u201D starts \u2019 here \u201D\u201D.");
        doc.Sentences.Should().NotBeEmpty();
    }
}
