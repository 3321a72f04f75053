using System.CommandLine;
using System.Diagnostics;
using System.Text;

namespace NewsExtract.Cli;

/// <summary>
/// <c>newsextract report RESULTS.jsonl... [--out report.html]</c>: reads batch output (files, folders of shards or -)
/// line by line and writes one self-contained HTML corpus report.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("results")
        {
            Description = "Output of 'newsextract batch': JSON Lines files, folders of *.jsonl shards, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out") { Description = "The HTML file to write; without it the page goes to standard output." };
        var title = new Option<string?>("--title") { Description = "The page title; 'Corpus report' by default." };
        var top = new Option<int>("--top") { Description = "How many actors, sources and places the charts show (1-500).", DefaultValueFactory = _ => 20 };
        var maxStatements = new Option<int>("--max-statements")
        {
            Description = "How many statements the who-said-what table holds (the first ones read); 'export' writes them all.",
            DefaultValueFactory = _ => 2000,
        };
        var maxArticles = new Option<int>("--max-articles") { Description = "How many articles the article table lists.", DefaultValueFactory = _ => 2000 };
        var link = new Option<string?>("--link")
        {
            Description = "The link of an article, {id} standing for its id, e.g. 'pages/{id}.html'; by default rows link to the report's article table.",
        };
        var command = new Command("report", "Write a self-contained HTML report of batch results: totals, top actors and sources, a time line, a map of places and a who-said-what table.")
        {
            inputs, output, title, top, maxStatements, maxArticles, link,
        };

        command.SetAction((parse, ct) =>
        {
            CorpusReportOptions options;
            try
            {
                options = new CorpusReportOptions
                {
                    Title = parse.GetValue(title),
                    Top = parse.GetValue(top),
                    MaxStatements = parse.GetValue(maxStatements),
                    MaxArticles = parse.GetValue(maxArticles),
                    ArticleLink = parse.GetValue(link),
                };
            }
            catch (ArgumentOutOfRangeException ex)
            {
                stderr.WriteLine($"newsextract: {ex.Message}");
                return Task.FromResult(CliApp.UsageError);
            }

            return Task.FromResult(Run(parse.GetValue(inputs)!, parse.GetValue(output), options, stdin, stdout, stderr, ct));
        });

        return command;
    }

    private static int Run(string[] inputs, string? outPath, CorpusReportOptions options, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        List<string>? files = JsonlInputs.Expand(inputs, stderr);
        if (files is null)
        {
            return CliApp.InputError;
        }

        var clock = Stopwatch.StartNew();
        var report = new CorpusReport(options);
        try
        {
            foreach (string file in files)
            {
                using TextReader reader = JsonlInputs.Open(file, stdin);
                report.AddLines(reader, file == "-" ? "stdin" : file, ct);
            }

            if (outPath is null)
            {
                report.WriteHtml(stdout);
            }
            else
            {
                using var writer = new StreamWriter(outPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
                report.WriteHtml(writer);
            }
        }
        catch (OperationCanceledException)
        {
            return CliApp.Interrupted;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"newsextract: {ex.Message}");
            return CliApp.InputError;
        }

        stderr.WriteLine($"report: {report.Articles:N0} articles, {report.Failed:N0} failed, {report.Statements:N0} statements, {report.Unreadable:N0} unreadable lines; {clock.Elapsed.TotalSeconds:0.00} s.");
        return report.Unreadable > 0 ? CliApp.InputError : CliApp.Success;
    }
}
