using System.Text.Json;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Reporting;

/// <summary>Batch lines for the report and export tests: the seed and invented articles, and a line with hostile text in every field.</summary>
internal static class ReportInputs
{
    /// <summary>Markup that would run script if it were not escaped, a right-to-left override, an isolate and a control character.</summary>
    public const string Hostile = "</script><img src=x onerror=alert(1)>\u202Eevil\u2066x\u0007";

    private static readonly Lazy<(NewsDocument[] Documents, string[] Lines)> s_corpus = new(Build);

    /// <summary>The seed (corpus/) and invented (tests/invented/) articles, annotated.</summary>
    public static NewsDocument[] Documents => s_corpus.Value.Documents;

    /// <summary>One batch line per document, as <c>newsextract batch</c> writes them (without the file hash).</summary>
    public static string[] Lines => s_corpus.Value.Lines;

    private static (NewsDocument[], string[]) Build()
    {
        string invented = Path.Combine(Repo.Root, "tests", "invented");
        string[] files = Repo.CorpusArticles().Concat(Directory.GetFiles(invented, "*.txt").Order(StringComparer.Ordinal)).ToArray();
        NewsDocument[] docs = files
            .Select(f => TestPipeline.Extractor.Annotate(ArticleText.ReadFile(f), id: Path.GetFileName(f)))
            .ToArray();
        return (docs, docs.Select(d => NewsDocumentJson.Serialize(d, indented: false)).ToArray());
    }

    /// <summary>A document line with <see cref="Hostile"/> in every string field, and an error line with it in the id and message.</summary>
    public static string[] HostileLines()
    {
        string h = Hostile;
        object span = new { start = 0, end = 5, text = h };
        var document = new Dictionary<string, object?>
        {
            ["id"] = h,
            ["published"] = "2024-02-03",
            ["entities"] = new object[]
            {
                new { start = 0, end = 5, text = h, type = "ArmedGroup", key = h, name = h, origin = h, attributes = new Dictionary<string, string> { ["lat"] = "33.3", ["lon"] = "44.4", ["kind"] = h } },
                new { start = 0, end = 5, text = h, type = h, key = h + "typed", name = h, origin = h, attributes = new Dictionary<string, string> { ["lat"] = h, ["lon"] = h } },
                new { start = 6, end = 9, text = h, type = "GeoPolitical", key = h + "place", name = h, origin = "Gazetteer", attributes = new Dictionary<string, string> { ["lat"] = "33.3", ["lon"] = "44.4" } },
            },
            ["quantities"] = new object[] { new { start = 0, end = 5, text = h, value = 3, max = (double?)null, noun = h, qualifier = h, category = "Attacks" } },
            ["dates"] = new object[] { new { start = 0, end = 5, text = h, value = h, granularity = h, relative = false } },
            ["attributions"] = new object[]
            {
                new
                {
                    kind = h,
                    source = new { start = 0, end = 5, text = h, key = h, kind = "Named", description = h },
                    cue = new { start = 0, end = 5, text = h, lemma = h },
                    content = span,
                    stance = h,
                    rule = h,
                },
                new
                {
                    kind = h,
                    source = new { start = 0, end = 5, text = h + "2", key = (string?)null, kind = h, description = h },
                    cue = new { start = 0, end = 5, text = h, lemma = (string?)null },
                    content = span,
                    stance = h,
                    rule = h,
                },
                new
                {
                    kind = "Direct",
                    source = new { start = 0, end = 5, text = h, key = (string?)null, kind = "Anonymous", description = h },
                    cue = (object?)null,
                    content = span,
                    stance = "Denied",
                    rule = h,
                },
            },
            ["file"] = new { sha256 = h, bytes = 5 },
        };
        return [JsonSerializer.Serialize(document), JsonSerializer.Serialize(new { id = h + "bad", error = h })];
    }
}
