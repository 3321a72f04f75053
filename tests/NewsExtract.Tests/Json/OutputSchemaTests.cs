using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsExtract.Cli;
using NewsExtract.Tests.Batch;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Json;

/// <summary>
/// Output schema 2 (issue 18): an entity table and mentions that point into it. It must hold the same information as
/// schema 1 (the gold shape), and be at least a quarter smaller.
/// </summary>
public class OutputSchemaTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (string path in Repo.CorpusArticles())
        {
            data.Add(Path.GetFileName(path));
        }

        foreach (string path in Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests", "invented"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add("../tests/invented/" + Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void SchemaTwo_ExpandedOntoItsMentions_IsSchemaOne(string name)
    {
        NewsDocument doc = Annotate(name);
        using JsonDocument v1 = JsonDocument.Parse(NewsDocumentJson.Serialize(doc, JsonLayers.None, false, JsonOutputSchema.V1));
        using JsonDocument v2 = JsonDocument.Parse(NewsDocumentJson.Serialize(doc, JsonLayers.None, false, JsonOutputSchema.V2));
        v1.RootElement.TryGetProperty("schema", out _).Should().BeFalse("schema 1 is the gold shape, which has no version field");
        v2.RootElement.GetProperty("schema").GetInt32().Should().Be(2);

        string[] expected = [.. v1.RootElement.GetProperty("entities").EnumerateArray().Select(e => Canonical(e, e, e.GetProperty("origin").GetString()))];
        string[] actual = [.. EntityMentionReader.Read(v2.RootElement).Select(p => Canonical(p.Mention, p.Entity, p.Origin))];
        actual.Should().Equal(expected);
        expected.Length.Should().BeGreaterThan(0);

        // Every other layer is written the same way.
        foreach (string layer in new[] { "id", "published", "quantities", "dates" })
        {
            v2.RootElement.GetProperty(layer).GetRawText().Should().Be(v1.RootElement.GetProperty(layer).GetRawText(), layer);
        }

        // Statements too, but for about.quantities and about.dates: indices into those layers instead of their spans.
        JsonElement[] q = [.. v2.RootElement.GetProperty("quantities").EnumerateArray()];
        JsonElement[] d = [.. v2.RootElement.GetProperty("dates").EnumerateArray()];
        JsonElement[] one = [.. v1.RootElement.GetProperty("attributions").EnumerateArray()];
        JsonElement[] two = [.. v2.RootElement.GetProperty("attributions").EnumerateArray()];
        two.Length.Should().Be(one.Length);
        for (int i = 0; i < one.Length; i++)
        {
            foreach (JsonProperty field in one[i].EnumerateObject().Where(f => f.Name != "about"))
            {
                two[i].GetProperty(field.Name).GetRawText().Should().Be(field.Value.GetRawText());
            }

            JsonElement about1 = one[i].GetProperty("about"), about2 = two[i].GetProperty("about");
            about2.GetProperty("entities").GetRawText().Should().Be(about1.GetProperty("entities").GetRawText());
            about2.GetProperty("quantities").EnumerateArray().Select(x => Span(q[x.GetInt32()]))
                .Should().Equal(about1.GetProperty("quantities").EnumerateArray().Select(Span));
            about2.GetProperty("dates").EnumerateArray().Select(x => Span(d[x.GetInt32()]) + d[x.GetInt32()].GetProperty("value").GetRawText())
                .Should().Equal(about1.GetProperty("dates").EnumerateArray().Select(x => Span(x) + x.GetProperty("value").GetRawText()));
        }
    }

    private static string Span(JsonElement e) => $"{e.GetProperty("start").GetInt32()}-{e.GetProperty("end").GetInt32()}:{e.GetProperty("text").GetString()}";

    [Fact]
    public void SchemaTwo_EachEntityOnce_MentionsPointIntoTheTable()
    {
        NewsDocument doc = Annotate("003_764265a9b38b4031.txt");
        using JsonDocument v2 = JsonDocument.Parse(NewsDocumentJson.Serialize(doc, JsonLayers.None, false, JsonOutputSchema.V2));
        JsonElement[] table = [.. v2.RootElement.GetProperty("entities").EnumerateArray()];
        JsonElement[] mentions = [.. v2.RootElement.GetProperty("mentions").EnumerateArray()];
        mentions.Length.Should().Be(doc.Entities.Length);
        table.Length.Should().BeLessThan(mentions.Length);
        table.Select(e => e.GetRawText()).Should().OnlyHaveUniqueItems();
        mentions.Select(m => m.GetProperty("entity").GetInt32()).Should().OnlyContain(i => i >= 0 && i < table.Length);

        // The table is in order of first mention.
        int[] firsts = [.. mentions.Select(m => m.GetProperty("entity").GetInt32()).Distinct()];
        firsts.Should().Equal(Enumerable.Range(0, table.Length));
    }

    [Fact]
    public void SchemaTwo_GazetteerCoordinates_AreNumbersNotAttributes()
    {
        NewsDocument doc = TestPipeline.Extractor.Annotate("Rockets struck Ain al-Asad air base in Anbar, Iraq, on Monday.", cancellationToken: TestContext.Current.CancellationToken);
        EntityMention placed = doc.Entities.First(e => e.Attributes.ContainsKey("lat"));
        using JsonDocument v2 = JsonDocument.Parse(NewsDocumentJson.Serialize(doc, JsonLayers.None, false, JsonOutputSchema.V2));
        JsonElement row = v2.RootElement.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("key").GetString() == placed.Key);
        row.GetProperty("coordinates").GetProperty("lat").GetDouble().Should().Be(double.Parse(placed.Attributes["lat"], CultureInfo.InvariantCulture));
        row.GetProperty("coordinates").GetProperty("lon").GetDouble().Should().Be(double.Parse(placed.Attributes["lon"], CultureInfo.InvariantCulture));
        if (row.TryGetProperty("attributes", out JsonElement attributes))
        {
            attributes.TryGetProperty("lat", out _).Should().BeFalse();
        }
    }

    [Fact]
    public void SchemaTwo_OverTheCorpus_IsAtLeastAQuarterSmaller()
    {
        long v1 = 0, v2 = 0;
        foreach (string name in Articles().Select(row => row.Data))
        {
            NewsDocument doc = Annotate(name);
            v1 += Encoding.UTF8.GetByteCount(NewsDocumentJson.Serialize(doc, JsonLayers.None, false, JsonOutputSchema.V1));
            v2 += Encoding.UTF8.GetByteCount(NewsDocumentJson.Serialize(doc, JsonLayers.None, false, JsonOutputSchema.V2));
        }

        ((double)v2 / v1).Should().BeLessThanOrEqualTo(0.75, $"schema 2 wrote {v2:N0} bytes against {v1:N0}");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("two")]
    public void Annotate_UnknownSchema_IsAUsageError(string schema)
    {
        using var folder = new TempFolder();
        string path = folder.Write("a.txt", "Officials said so.");
        var stderr = new StringWriter();
        CliApp.Run(["annotate", path, "--schema", schema], TextReader.Null, new StringWriter(), stderr).Should().Be(CliApp.UsageError);
        stderr.ToString().Should().Contain($"'{schema}'");
    }

    [Fact]
    public void WriteProperties_UndefinedSchema_Throws()
    {
        NewsDocument doc = TestPipeline.Extractor.Annotate("Officials said so.", cancellationToken: TestContext.Current.CancellationToken);
        Action act = () => NewsDocumentJson.Serialize(doc, JsonLayers.None, false, (JsonOutputSchema)7);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static NewsDocument Annotate(string name)
    {
        string path = Path.GetFullPath(Path.Combine(Repo.Corpus, name));
        return TestPipeline.Extractor.Annotate(ArticleText.ReadFile(path), id: Path.GetFileNameWithoutExtension(path), cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>One mention as schema 1 writes it, coordinates read as numbers, so both schemas compare as text.</summary>
    private static string Canonical(JsonElement mention, JsonElement entity, string? origin)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["start"] = mention.GetProperty("start").GetRawText(),
            ["end"] = mention.GetProperty("end").GetRawText(),
            ["text"] = mention.GetProperty("text").GetString()!,
            ["origin"] = origin!,
            ["type"] = entity.GetProperty("type").GetString()!,
            ["key"] = entity.GetProperty("key").GetString()!,
            ["name"] = entity.GetProperty("name").GetString()!,
        };
        if (entity.TryGetProperty("attributes", out JsonElement attributes))
        {
            foreach (JsonProperty p in attributes.EnumerateObject())
            {
                fields["attributes." + p.Name] = p.Value.GetString()!;
            }
        }

        foreach (string axis in new[] { "lat", "lon" })
        {
            if (EntityMentionReader.Coordinate(entity, axis, 180) is double value)
            {
                fields["attributes." + axis] = value.ToString("R", CultureInfo.InvariantCulture);
            }
        }

        return string.Join("|", fields.Select(p => p.Key + "=" + p.Value));
    }
}
