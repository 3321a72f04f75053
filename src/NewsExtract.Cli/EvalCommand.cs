using System.CommandLine;

namespace NewsExtract.Cli;

/// <summary><c>newsextract eval GOLD_DIR</c>: scores the pipeline against gold files.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("gold-dir") { Description = "A folder of NAME.txt files with NAME.gold.json beside them." };
        var verbose = new Option<bool>("--verbose") { Description = "List every miss and every spurious item, per document." };
        var json = new Option<string?>("--json") { Description = "Also write the figures as JSON to this file." };
        var updateDoc = new Option<string?>("--update-doc")
        {
            Description = "Rewrite the generated table between the markers in this Markdown file (docs/accuracy.md); the figures become the new floors.",
        };
        var section = new Option<string?>("--section")
        {
            Description = "With --update-doc: the named table to rewrite, between <!-- eval:NAME:begin --> and <!-- eval:NAME:end --> (default: <!-- eval:begin -->).",
        };
        var command = new Command("eval", "Score every layer against hand-made gold files: precision, recall and F1.") { dir, verbose, json, updateDoc, section };
        command.SetAction(parse =>
        {
            string folder = parse.GetValue(dir)!;
            if (!Directory.Exists(folder))
            {
                stderr.WriteLine($"newsextract: gold folder '{folder}' does not exist.");
                return CliApp.InputError;
            }

            try
            {
                NewsExtract.Evaluation.EvalReport report = NewsExtract.Evaluation.Evaluator.Run(NewsExtractor.CreateDefault(), folder);
                NewsExtract.Evaluation.EvalReportWriter.WriteTable(report, stdout, parse.GetValue(verbose));
                if (parse.GetValue(json) is string jsonPath)
                {
                    File.WriteAllText(jsonPath, NewsExtract.Evaluation.EvalReportWriter.ToJson(report));
                }

                if (parse.GetValue(updateDoc) is string docPath)
                {
                    UpdateDoc(docPath, parse.GetValue(section), NewsExtract.Evaluation.EvalReportWriter.ToMarkdown(report));
                    stdout.WriteLine($"updated {docPath}");
                }

                return report.Failures.Count == 0 ? CliApp.Success : CliApp.InputError;
            }
            catch (Exception ex) when (ex is InvalidArticleException or IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException)
            {
                stderr.WriteLine($"newsextract: {ex.Message}");
                return CliApp.InputError;
            }
        });
        return command;
    }

    private static void UpdateDoc(string path, string? section, string table)
    {
        string name = section is null ? "eval" : "eval:" + section;
        string beginMarker = $"<!-- {name}:begin -->", endMarker = $"<!-- {name}:end -->";
        string doc = File.ReadAllText(path);
        int begin = doc.IndexOf(beginMarker, StringComparison.Ordinal);
        int end = doc.IndexOf(endMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new IOException($"'{path}' has no '{beginMarker}' … '{endMarker}' markers.");
        }

        string updated = doc[..(begin + beginMarker.Length)] + "\n" + table + doc[end..];
        File.WriteAllText(path, updated);
    }
}
