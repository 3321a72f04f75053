using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NewsExtract.Cli;

/// <summary>
/// The <c>newsextract</c> commands (annotate, render, eval, batch, syntax-eval, report, export, serve). Exit codes: 0 success, 1 an input could not be processed, 2 usage error (or a
/// batch that cannot start: no folder, no article, a lock held, changed options), 3 an output could not be written,
/// 70 internal error, 130 interrupted (SIGINT), 143 terminated (SIGTERM).
/// </summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int InputError = 1;
    public const int UsageError = 2;
    public const int OutputError = 3;
    public const int InternalError = 70;
    public const int Interrupted = 130;
    public const int Terminated = 143;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, null);

    /// <summary>
    /// Runs one command line. Nothing escapes as a stack trace: a failed write to standard output is exit 3, a defect
    /// exit 70, each with one line on standard error.
    /// </summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, Interruption? interruption)
    {
        var output = new OutputWriter(stdout);
        var root = new RootCommand("newsextract: turn English news text into structured, checkable data (entities, counts, dates, attributed statements).");
        root.Subcommands.Add(AnnotateCommand.Create(output, stderr));
        root.Subcommands.Add(RenderCommand.Create(output, stderr));
        root.Subcommands.Add(EvalCommand.Create(output, stderr));
        root.Subcommands.Add(BatchCommand.Create(output, stderr, interruption));
        root.Subcommands.Add(SyntaxEvalCommand.Create(output, stderr));
        root.Subcommands.Add(EvalNerCommand.Create(output, stderr));
        root.Subcommands.Add(ReportCommand.Create(stdin, output, stderr));
        root.Subcommands.Add(ExportCommand.Create(stdin, stderr));
        root.Subcommands.Add(ServeCommand.Create(stderr));

        try
        {
            ParseResult parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (System.CommandLine.Parsing.ParseError error in parse.Errors)
                {
                    stderr.WriteLine($"newsextract: {error.Message}");
                }

                stderr.WriteLine("Run 'newsextract --help' for usage.");
                return UsageError;
            }

            // Signals are ours (Interruption), and so are exceptions: System.CommandLine would print a stack trace.
            var config = new InvocationConfiguration
            {
                Output = output,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            int code = parse.InvokeAsync(config, interruption?.Token ?? CancellationToken.None).GetAwaiter().GetResult();
            output.Flush();
            return code == Interrupted && interruption is not null ? interruption.ExitCode : code;
        }
        catch (OutputWriteException ex)
        {
            return Report(stderr, ex.Message, OutputError);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Report(stderr, Messages.Internal(ex), InternalError);
        }
    }

    /// <summary>Prints one line on standard error, even if standard error itself fails, and returns the code.</summary>
    public static int Report(TextWriter stderr, string message, int code)
    {
        try
        {
            stderr.WriteLine($"newsextract: {message}");
        }
        catch (IOException)
        {
            // Standard error is gone too; the exit code is all that is left.
        }

        return code;
    }

    /// <summary>Reads an article file, or standard input for "-"; on failure says why on stderr.</summary>
    public static bool TryReadArticle(string path, long maxBytes, TextWriter stderr, [NotNullWhen(true)] out string? text)
    {
        try
        {
            text = path == "-"
                ? ArticleText.ReadStream(Console.OpenStandardInput(), "standard input", maxBytes)
                : ArticleText.ReadFile(path, maxBytes);
            return true;
        }
        catch (Exception ex) when (ex is InvalidArticleException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"newsextract: cannot read '{path}': {ex.Message}");
            text = null;
            return false;
        }
    }

    /// <summary>Builds the extractor with the user's gazetteer files; on failure says why on stderr.</summary>
    public static bool TryCreateExtractor(string[]? gazetteers, TextWriter stderr, [NotNullWhen(true)] out NewsExtractor? extractor, SyntaxLevel syntax = SyntaxLevel.None, bool events = true)
    {
        try
        {
            var options = new NewsExtractorOptions { GazetteerFiles = gazetteers ?? [], Syntax = syntax, Events = events };
            NewsExtract.Pipeline.ModelWarmup.Start(options);   // models decode on other cores while the gazetteers load
            extractor = NewsExtractor.Create(options);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LexiconFormatException)
        {
            stderr.WriteLine($"newsextract: cannot load gazetteer: {ex.Message}");
            extractor = null;
            return false;
        }
    }

    public static bool TryParseDate(string? value, out DateOnly? date, TextWriter stderr)
    {
        date = null;
        if (value is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed))
        {
            date = parsed;
            return true;
        }

        stderr.WriteLine($"newsextract: --date must be YYYY-MM-DD, not '{value}'.");
        return false;
    }
}
