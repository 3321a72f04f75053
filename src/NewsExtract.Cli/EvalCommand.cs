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
        var noNameModel = new Option<bool>("--no-name-model") { Description = "Score the gazetteer and rules alone, without the learned name finder." };
        var masked = new Option<bool>("--masked")
        {
            Description = "Also annotate the set again with every gazetteer entry its gold links to left out, and print recall on those names (names no list knows).",
        };
        var command = new Command("eval", "Score every layer against hand-made gold files: precision, recall and F1.") { dir, verbose, json, updateDoc, section, noNameModel, masked };
        command.SetAction(parse =>
        {
            string folder = parse.GetValue(dir)!;
            if (!Directory.Exists(folder))
            {
                return CliApp.Report(stderr, File.Exists(folder) ? Messages.IsAFolderExpected(folder) : Messages.NoFolder(folder), CliApp.UsageError);
            }

            if (!HasGold(folder))
            {
                return CliApp.Report(stderr, Messages.NoGoldFiles(folder), CliApp.UsageError);
            }

            try
            {
                NewsExtract.Evaluation.EvalReport report = NewsExtract.Evaluation.Evaluator.Run(NewsExtractor.Create(new NewsExtractorOptions { NameModel = !parse.GetValue(noNameModel) }), folder);
                NewsExtract.Evaluation.EvalReportWriter.WriteTable(report, stdout, parse.GetValue(verbose));
                if (parse.GetValue(masked))
                {
                    NewsExtract.Evaluation.MaskedRecallResult recall = NewsExtract.Evaluation.MaskedRecall.Run(folder, !parse.GetValue(noNameModel));
                    stdout.WriteLine();
                    stdout.WriteLine(NewsExtract.Evaluation.MaskedRecallResult.Header);
                    stdout.WriteLine(recall.Line(parse.GetValue(noNameModel) ? "gazetteer and rules" : "with the name model"));
                }

                if (parse.GetValue(json) is string jsonPath)
                {
                    if (!TryWrite(jsonPath, NewsExtract.Evaluation.EvalReportWriter.ToJson(report), stderr))
                    {
                        return CliApp.OutputError;
                    }
                }

                if (parse.GetValue(updateDoc) is string docPath)
                {
                    UpdateDoc(docPath, parse.GetValue(section), NewsExtract.Evaluation.EvalReportWriter.ToMarkdown(report));
                    stdout.WriteLine($"updated {docPath}");
                }

                return report.Failures.Count == 0 ? CliApp.Success : CliApp.InputError;
            }
            catch (Exception ex) when (ex is InvalidArticleException or FormatException or System.Text.Json.JsonException
                || (ex is IOException or UnauthorizedAccessException && ex is not OutputWriteException))
            {
                return CliApp.Report(stderr, ex.Message, CliApp.InputError);
            }
        });
        return command;
    }

    private static bool HasGold(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*.gold.json").Any(g => File.Exists(g[..^".gold.json".Length] + ".txt"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true; // Let the run say why it cannot read the folder.
        }
    }

    private static bool TryWrite(string path, string text, TextWriter stderr)
    {
        try
        {
            AtomicFile.WriteAllText(path, text);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            CliApp.Report(stderr, Messages.CannotWrite("'" + path + "'", ex.Message), CliApp.OutputError);
            return false;
        }
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
        AtomicFile.WriteAllText(path, updated);
    }
}
