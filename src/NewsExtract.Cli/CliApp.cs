using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NewsExtract.Cli;

/// <summary>The <c>newsextract</c> commands (annotate, render, eval, batch, serve). Exit codes: 0 success, 1 an input could not be processed, 2 usage error, 130 interrupted.</summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int InputError = 1;
    public const int UsageError = 2;
    public const int Interrupted = 130;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("newsextract: turn English news text into structured, checkable data (entities, counts, dates, attributed statements).");
        root.Subcommands.Add(AnnotateCommand.Create(stdout, stderr));
        root.Subcommands.Add(RenderCommand.Create(stdout, stderr));
        root.Subcommands.Add(EvalCommand.Create(stdout, stderr));
        root.Subcommands.Add(BatchCommand.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(stderr));

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

        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        if (parse.CommandResult.Command.Name == ServeCommand.Name)
        {
            // The service's host handles SIGTERM and Ctrl-C itself and lets requests in flight finish; the parser's
            // own handler would end the process two seconds after the signal.
            config.ProcessTerminationTimeout = null;
        }

        return parse.Invoke(config);
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
    public static bool TryCreateExtractor(string[]? gazetteers, TextWriter stderr, [NotNullWhen(true)] out NewsExtractor? extractor)
    {
        try
        {
            extractor = NewsExtractor.Create(new NewsExtractorOptions { GazetteerFiles = gazetteers ?? [] });
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
