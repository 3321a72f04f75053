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
        var command = new Command("eval", "Score every layer against hand-made gold files: precision, recall and F1.") { dir, verbose, json };
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
}
