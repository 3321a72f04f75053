using System.CommandLine;

namespace NewsExtract.Cli;

/// <summary>
/// What <c>annotate</c> and <c>render</c> share: the article argument, <c>--date</c>, <c>--max-bytes</c> and
/// <c>--gazetteer</c>, and the step from them to an annotated document.
/// </summary>
internal sealed class ArticleArguments
{
    public Argument<string> Input { get; } = new("input") { Description = "The article: a UTF-8 text file, or - for standard input." };

    public Option<string?> Date { get; } = new("--date") { Description = "The publication date, YYYY-MM-DD; relative dates resolve against it." };

    public Option<long> MaxBytes { get; } = new("--max-bytes")
    {
        Description = "The largest input accepted, in bytes.",
        DefaultValueFactory = _ => NewsExtractorOptions.DefaultMaxBytes,
    };

    public Option<string[]> Gazetteers { get; } = new("--gazetteer")
    {
        Description = "A gazetteer TSV file to add (key, type, name, aliases, attributes); may be repeated.",
    };

    /// <summary>Adds the argument and the three options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Input);
        command.Options.Add(Date);
        command.Options.Add(MaxBytes);
        command.Options.Add(Gazetteers);
    }

    /// <summary>
    /// Reads and annotates the article; returns <see cref="CliApp.Success"/> with the document, or the exit code of
    /// the failure after saying why on stderr.
    /// </summary>
    public int TryAnnotate(ParseResult parse, TextWriter stderr, out NewsDocument? document, SyntaxLevel syntax = SyntaxLevel.None, bool events = true)
    {
        document = null;
        if (!CliApp.TryParseDate(parse.GetValue(Date), out DateOnly? published, stderr))
        {
            return CliApp.UsageError;
        }

        if (parse.GetValue(MaxBytes) < 1)
        {
            return CliApp.Report(stderr, "--max-bytes must be at least 1.", CliApp.UsageError);
        }

        string path = parse.GetValue(Input)!;
        if (!CliApp.TryReadArticle(path, parse.GetValue(MaxBytes), stderr, out string? text)
            || !CliApp.TryCreateExtractor(parse.GetValue(Gazetteers), stderr, out NewsExtractor? extractor, syntax, events))
        {
            return CliApp.InputError;
        }

        string id = path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path);
        document = extractor.Annotate(text, published, id);
        return CliApp.Success;
    }
}
