using System.Globalization;
using System.Text.Json;
using NewsExtract.Evaluation;

namespace NewsExtract.GoldTests;

/// <summary>Validates every gold file and scores the pipeline against them, with floors from docs/accuracy.md.</summary>
public class GoldTests
{
    private static readonly string s_root = FindRoot();
    private static readonly string s_corpus = Path.Combine(s_root, "corpus");

    /// <summary>The gold folders: the seed corpus, and the invented held-out set (tests/invented/README.md).</summary>
    private static readonly string[] s_folders = ["corpus", "tests/invented"];

    public static TheoryData<string> GoldFiles()
    {
        var data = new TheoryData<string>();
        foreach (string folder in s_folders)
        {
            foreach (string path in Directory.EnumerateFiles(Path.Combine(s_root, folder), "*.gold.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(s_root, path).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Fact]
    public void Corpus_HasFiveSeedArticlesEachWithGold()
    {
        string[] articles = Directory.GetFiles(s_corpus, "*.txt");
        articles.Should().HaveCount(5);
        foreach (string article in articles)
        {
            File.Exists(article[..^4] + ".gold.json").Should().BeTrue($"{Path.GetFileName(article)} has a gold file");
        }
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void GoldFile_IsValid(string name)
    {
        string goldPath = Path.Combine(s_root, name);
        string text = ArticleText.ReadFile(goldPath[..^".gold.json".Length] + ".txt");

        // Load checks offsets in range, text equal to the slice, and types and kinds from the allowed sets.
        GoldDocument gold = GoldDocument.Load(goldPath, text);
        gold.Id.Should().Be(Path.GetFileName(name)[..^".gold.json".Length]);
        gold.Entities.Should().NotBeEmpty();
        gold.Entities.Select(e => e.Span).Should().OnlyHaveUniqueItems();
        gold.Entities.Select(e => e.Span.Start).Should().BeInAscendingOrder();
        gold.Quantities.Select(q => q.Span.Start).Should().BeInAscendingOrder();
        gold.Entities.Should().NotContain(e => e.Type == EntityType.Nationality, "nationality adjectives are not gold entities");
        foreach (GoldEntity e in gold.Entities)
        {
            string s = text[e.Span.Start..e.Span.End];
            s.Should().Be(s.Trim(), "entity spans have no surrounding white space");
            s.Should().NotStartWith("the ", "a span has no leading article");
            s.Should().NotEndWith("\u2019s").And.NotEndWith("'s").And.NotEndWith(",");
        }

        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(goldPath));
        foreach (JsonElement q in json.RootElement.GetProperty("quantities").EnumerateArray())
        {
            q.GetProperty("noun").GetString().Should().MatchRegex("^[a-z][a-z -]*$", "noun is a lower-case lemma");
        }
    }

    [Theory]
    [InlineData("corpus", null)]
    [InlineData("tests/invented", "invented")]
    public void Eval_NoLayerDropsBelowTheFloorInAccuracyDoc(string folder, string? section)
    {
        EvalReport report = Evaluator.Run(NewsExtractor.CreateDefault(), Path.Combine(s_root, folder));
        report.Failures.Should().BeEmpty();
        report.Documents.Should().Be(5);
        Dictionary<string, double> floors = ReadFloors(Path.Combine(s_root, "docs", "accuracy.md"), section);
        floors.Should().ContainKeys(EvalReportWriter.HeadlineScores);
        foreach ((string measure, double floor) in floors)
        {
            double f1 = report.GetScore(measure).F1;
            TestContext.Current.SendDiagnosticMessage($"{measure}: F1 {f1:0.000} (floor {floor:0.000})");
            Math.Round(f1, 3).Should().BeGreaterThanOrEqualTo(floor, $"{measure} F1 must not fall below the recorded floor");
        }
    }

    /// <summary>
    /// Reads "| measure | gold | predicted | matched | P | R | F1 |" rows of one generated table: between
    /// &lt;!-- eval:begin --&gt; and &lt;!-- eval:end --&gt;, or &lt;!-- eval:SECTION:begin --&gt; and its end.
    /// </summary>
    internal static Dictionary<string, double> ReadFloors(string path, string? section)
    {
        string name = section is null ? "eval" : "eval:" + section;
        var floors = new Dictionary<string, double>(StringComparer.Ordinal);
        bool inside = false;
        foreach (string line in File.ReadLines(path))
        {
            if (line.Trim() == $"<!-- {name}:begin -->" || line.Trim() == $"<!-- {name}:end -->")
            {
                inside = line.Contains(":begin", StringComparison.Ordinal);
                continue;
            }

            if (!inside)
            {
                continue;
            }

            string[] cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length == 9 && EvalReportWriter.HeadlineScores.Contains(cells[1])
                && double.TryParse(cells[7], NumberStyles.Float, CultureInfo.InvariantCulture, out double f1))
            {
                floors[cells[1]] = f1;
            }
        }

        return floors;
    }

    private static string FindRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "NewsExtract.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("NewsExtract.sln not found");
    }
}
