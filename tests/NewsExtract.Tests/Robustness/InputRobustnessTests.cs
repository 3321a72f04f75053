using System.Text;
using NewsExtract.Tests.Batch;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Robustness;

/// <summary>Issue 13, input robustness: encodings, invisible characters inside names, user gazetteers.</summary>
public class InputRobustnessTests
{
    private const string Sample = "Caf\u00E9 owners in Irbil said the \u201Cattack\u201D came at night. \U0001F600 ok.";

    public static TheoryData<string> WideEncodings => new() { "utf-16le", "utf-16be", "utf-32le", "utf-32be" };

    private static Encoding Wide(string name) => name switch
    {
        "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        "utf-32le" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
    };

    [Theory]
    [MemberData(nameof(WideEncodings))]
    public void Decode_WideEncodingWithByteOrderMark_GivesTheTextWithoutTheMark(string encoding)
    {
        Encoding wide = Wide(encoding);
        byte[] bytes = [.. wide.GetPreamble(), .. wide.GetBytes(Sample)];
        ArticleText.Decode(bytes, "wide.txt").Should().Be(Sample);
    }

    [Theory]
    [MemberData(nameof(WideEncodings))]
    public void ReadFile_WideEncoding_IsAnnotatedLikeUtf8(string encoding)
    {
        using var folder = new TempFolder();
        Encoding wide = Wide(encoding);
        string path = folder.WriteBytes("wide.txt", [.. wide.GetPreamble(), .. wide.GetBytes(Sample)]);
        NewsDocument doc = TestPipeline.Annotate(ArticleText.ReadFile(path));
        doc.Text.Should().Be(Sample);
        NewsDocumentJson.Serialize(doc).Should().Be(NewsDocumentJson.Serialize(TestPipeline.Annotate(Sample)));
    }

    [Fact]
    public void Decode_Utf16WithALoneSurrogate_NamesTheOffset()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'A', 0, 0x00, 0xD8, (byte)'B', 0];
        Action act = () => ArticleText.Decode(bytes, "broken16.txt");
        act.Should().Throw<InvalidArticleException>().WithMessage("*broken16.txt*utf-16*offset*");
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x42, 0xC3, 0x28 }, 2)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xFF }, 4)]
    [InlineData(new byte[] { 0xE2, 0x82 }, 0)]
    public void Decode_InvalidUtf8_NamesTheByteOffset(byte[] bytes, int offset)
    {
        Action act = () => ArticleText.Decode(bytes, "latin1.txt");
        act.Should().Throw<InvalidArticleException>().WithMessage($"*latin1.txt*offset {offset}*");
    }

    [Fact]
    public void Decode_InvalidUtf8FarIntoTheFile_NamesTheExactOffset()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(new string('a', 200_000) + "\u00E9");
        bytes[^1] = 0x41; // a lead byte 0xC3 followed by 'A'
        Action act = () => ArticleText.Decode(bytes, "late.txt");
        act.Should().Throw<InvalidArticleException>().WithMessage("*offset 200,000*");
    }

    public static TheoryData<string> Invisible => new()
    {
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u200F", "\u202A", "\u202C", "\u2066", "\u2069", "\u061C",
    };

    [Theory]
    [MemberData(nameof(Invisible))]
    public void InvisibleCharacterInsideAName_KeepsTheNameAndEveryStatement(string mark)
    {
        string plain = File.ReadAllText(Path.Combine(Repo.Corpus, "001_25cfb80024d744cb.txt"));
        string marked = plain.Replace("Jeffrey", $"Jeff{mark}rey", StringComparison.Ordinal)
            .Replace("Baghdad", $"Bagh{mark}dad", StringComparison.Ordinal);
        marked.Should().NotBe(plain, "the article names them");
        NewsDocument before = TestPipeline.Annotate(plain, new DateOnly(2020, 1, 23));
        NewsDocument after = TestPipeline.Annotate(marked, new DateOnly(2020, 1, 23));

        after.Attributions.Length.Should().Be(before.Attributions.Length, "no statement is dropped");
        after.Entities.Select(e => e.Key).Should().Equal(before.Entities.Select(e => e.Key), "every mention keeps its key");
        after.Entities.Should().Contain(e => e.Key == "james-jeffrey");
        foreach (EntityMention e in after.Entities.Where(e => e.Key is "james-jeffrey" or "baghdad"))
        {
            after.GetText(e.Span).Should().Contain(mark, "offsets index the original text, marks included");
        }
    }

    [Fact]
    public void ZeroWidthSpaceInsideAWord_KeepsOneToken()
    {
        NewsDocument doc = TestPipeline.Annotate("The Kata\u200Bib Hezbollah group said so.");
        doc.Tokens.Select(t => doc.GetText(t.Span)).Should().StartWith(["The", "Kata\u200Bib", "Hezbollah"]);
        doc.Entities.Should().Contain(e => e.Key == "kataib-hezbollah" && doc.GetText(e.Span) == "Kata\u200Bib Hezbollah");
    }

    [Fact]
    public void InvisibleCharactersBetweenWords_AreGaps()
    {
        NewsDocument doc = TestPipeline.Annotate("Rockets\u200B \u202Ahit\u202C the base.");
        doc.Tokens.Select(t => doc.GetText(t.Span)).Should().Equal("Rockets", "hit", "the", "base", ".");
    }

    private static NewsExtractor FromFile(string tsv)
    {
        using var folder = new TempFolder();
        string path = folder.Write("g.tsv", tsv);
        return NewsExtractor.Create(new NewsExtractorOptions { GazetteerFiles = [path] });
    }

    [Theory]
    [InlineData("key\ttype\tname\n\tArmedGroup\tZephyr Front\n", "*line 2*key is empty*")]
    [InlineData("key\ttype\tname\nzf\tArmedGroup\t\n", "*line 2*name is empty*")]
    [InlineData("key\ttype\tname\n# comment\nzf\tWarlord\tZephyr Front\n", "*line 3*'Warlord' is not a valid type*")]
    [InlineData("key\ttype\tname\nzf\t7\tZephyr Front\n", "*line 2*'7' is not a valid type*")]
    [InlineData("key\ttype\tname\nzf ArmedGroup Zephyr Front\n", "*line 2*1 fields*header has 3*")]
    [InlineData("key\ttype\tname\nzf\tArmedGroup\tZephyr Front\textra\n", "*line 2*4 fields*")]
    [InlineData("key\ttype\tname\nzf\tArmedGroup\tZephyr Front\nzf\tPerson\tZephyr Man\n", "*'zf' has two types*line 2*line 3*")]
    [InlineData("key\ttype\tname\nkataib-hezbollah\tPerson\tSomeone\n", "*'kataib-hezbollah' has two types*line 2*built-in*")]
    [InlineData("name\tkey\n", "*no column 'type'*")]
    public void GazetteerFile_Invalid_ThrowsNamingFileAndLine(string tsv, string message)
    {
        Action act = () => FromFile(tsv);
        act.Should().Throw<LexiconFormatException>().WithMessage(message).And.Message.Should().Contain("g.tsv");
    }

    [Fact]
    public void GazetteerFile_SameKeyTwiceWithOneType_IsAllowed()
    {
        NewsExtractor extractor = FromFile("key\ttype\tname\taliases\nzf\tArmedGroup\tZephyr Front\tZF\nzf\tArmedGroup\tZephyr Brigade\t\n");
        extractor.Annotate("The Zephyr Brigade claimed it.", cancellationToken: TestContext.Current.CancellationToken).Entities.Should().Contain(e => e.Key == "zf");
    }

    [Theory]
    [InlineData("", "Zephyr Front", 0, "*GazetteerEntries[0]*empty key*")]
    [InlineData("zf", " ", 0, "*GazetteerEntries[0]*empty name*")]
    [InlineData("zf", "Zephyr Front", 99, "*GazetteerEntries[0]*undefined type 99*")]
    public void GazetteerEntry_Invalid_ThrowsNamingTheEntry(string key, string name, int type, string message)
    {
        Action act = () => NewsExtractor.Create(new NewsExtractorOptions { GazetteerEntries = [new GazetteerEntry(key, (EntityType)type, name)] });
        act.Should().Throw<LexiconFormatException>().WithMessage(message);
    }

    [Fact]
    public void GazetteerEntries_OneKeyTwoTypes_ThrowsNamingBoth()
    {
        Action act = () => NewsExtractor.Create(new NewsExtractorOptions
        {
            GazetteerEntries = [new GazetteerEntry("zf", EntityType.ArmedGroup, "Zephyr Front"), new GazetteerEntry("zf", EntityType.Person, "Zephyr")],
        });
        act.Should().Throw<LexiconFormatException>().WithMessage("*'zf'*GazetteerEntries[0]*GazetteerEntries[1]*");
    }
}
