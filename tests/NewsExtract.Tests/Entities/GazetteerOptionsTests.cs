using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Entities;

/// <summary>
/// User gazetteers: <see cref="NewsExtractorOptions.GazetteerEntries"/> and <see cref="NewsExtractorOptions.GazetteerFiles"/>.
/// Zephyr Front, ZF, Tarnwick Circle and TWC are invented and absent from actors.tsv and places.tsv.
/// </summary>
public sealed class GazetteerOptionsTests : IDisposable
{
    private const string Header = "key\ttype\tname\taliases\tattributes\n";

    private readonly List<string> _files = [];

    public void Dispose()
    {
        foreach (string path in _files)
        {
            File.Delete(path);
        }
    }

    private string WriteGazetteer(string rows)
    {
        string path = Path.Combine(Path.GetTempPath(), "newsextract-test-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllText(path, Header + rows);
        _files.Add(path);
        return path;
    }

    private static NewsDocument Annotate(NewsExtractor extractor, string text)
    {
        NewsDocument doc = extractor.Annotate(text);
        Invariants.Check(doc);
        return doc;
    }

    private static (int Start, int End, string Text, EntityType Type, string Key, EntityOrigin Origin)[] Rows(NewsDocument doc) =>
        doc.Entities.Where(e => e.IsActor || e.IsPlace).Select(e => (e.Span.Start, e.Span.End, doc.GetText(e.Span), e.Type, e.Key, e.Origin)).ToArray();

    [Fact]
    public void UserEntry_NameAndAlias_LinkToUserKey()
    {
        NewsExtractor extractor = NewsExtractor.Create(new NewsExtractorOptions
        {
            GazetteerEntries = [new GazetteerEntry("zzz-front", EntityType.ArmedGroup, "Zephyr Front", "ZF")],
        });

        const string text = "Zephyr Front fighters shelled the town. ZF denied it.";
        Rows(Annotate(extractor, text)).Should().Equal(
            (0, 12, "Zephyr Front", EntityType.ArmedGroup, "zzz-front", EntityOrigin.Gazetteer),
            (40, 42, "ZF", EntityType.ArmedGroup, "zzz-front", EntityOrigin.Gazetteer));
    }

    [Fact]
    public void UserEntry_IsUnknownToDefaultExtractor()
    {
        // Guards the test above: without the entry, "ZF" is not linked to anything.
        NewsDocument doc = TestPipeline.Annotate("Zephyr Front fighters shelled the town. ZF denied it.");
        doc.Entities.Should().NotContain(e => e.Key == "zzz-front");
        doc.Entities.Should().NotContain(e => doc.GetText(e.Span) == "ZF");
    }

    [Fact]
    public void UserEntry_WinsOverBuiltInEntryWithSameAlias()
    {
        NewsExtractor extractor = NewsExtractor.Create(new NewsExtractorOptions
        {
            GazetteerEntries = [new GazetteerEntry("zzz-kilo-hotel", EntityType.ArmedGroup, "Kilo Hotel Company", "KH")],
        });

        Rows(Annotate(extractor, "Officials said KH fired the rockets.")).Should().Equal(
            (15, 17, "KH", EntityType.ArmedGroup, "zzz-kilo-hotel", EntityOrigin.Gazetteer));
    }

    [Fact]
    public void GazetteerFile_Entries_AreFoundWithAttributes()
    {
        string path = WriteGazetteer("zzz-tarnwick\tArmedGroup\tTarnwick Circle\tTWC|Tarnwick Group\taffiliation=test-only;country=iraq\n");
        NewsExtractor extractor = NewsExtractor.Create(new NewsExtractorOptions { GazetteerFiles = [path] });

        const string text = "The Tarnwick Circle claimed the raid. TWC fighters later withdrew.";
        NewsDocument doc = Annotate(extractor, text);
        Rows(doc).Should().Equal(
            (4, 19, "Tarnwick Circle", EntityType.ArmedGroup, "zzz-tarnwick", EntityOrigin.Gazetteer),
            (38, 41, "TWC", EntityType.ArmedGroup, "zzz-tarnwick", EntityOrigin.Gazetteer));
        doc.Entities.Should().AllSatisfy(e => e.Attributes.Should().Contain("affiliation", "test-only").And.Contain("country", "iraq"));
    }

    [Fact]
    public void GazetteerFile_EntryWinsOverBuiltInEntryWithSameAlias()
    {
        string path = WriteGazetteer("zzz-kilo-hotel\tArmedGroup\tKilo Hotel Company\tKH\t\n");
        NewsExtractor extractor = NewsExtractor.Create(new NewsExtractorOptions { GazetteerFiles = [path] });

        Rows(Annotate(extractor, "Officials said KH fired the rockets.")).Should().Equal(
            (15, 17, "KH", EntityType.ArmedGroup, "zzz-kilo-hotel", EntityOrigin.Gazetteer));
    }

    [Fact]
    public void GazetteerFile_BadType_ThrowsLexiconFormatException()
    {
        string path = WriteGazetteer("zzz-tarnwick\tWarlord\tTarnwick Circle\tTWC\t\n");
        Action act = () => NewsExtractor.Create(new NewsExtractorOptions { GazetteerFiles = [path] });
        act.Should().Throw<LexiconFormatException>().WithMessage("*Warlord*");
    }

    [Fact]
    public void GazetteerFile_Missing_ThrowsFileNotFoundException()
    {
        string path = Path.Combine(Path.GetTempPath(), "newsextract-test-" + Guid.NewGuid().ToString("N") + "-missing.tsv");
        Action act = () => NewsExtractor.Create(new NewsExtractorOptions { GazetteerFiles = [path] });
        act.Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void Create_NullOptions_ThrowsArgumentNullException()
    {
        Action act = () => NewsExtractor.Create(null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
