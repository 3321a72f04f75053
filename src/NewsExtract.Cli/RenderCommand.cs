using System.CommandLine;
using System.Text;

namespace NewsExtract.Cli;

/// <summary><c>newsextract render FILE|- [--out FILE.html]</c>: writes one document as a standalone HTML page.</summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("input") { Description = "The article: a UTF-8 text file, or - for standard input." };
        var output = new Option<string?>("--out")
        {
            Description = "The HTML file to write; without it the page goes to standard output.",
        };
        var date = new Option<string?>("--date") { Description = "The publication date, YYYY-MM-DD; relative dates resolve against it." };
        var title = new Option<string?>("--title") { Description = "The page title; the file name by default." };
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = "The largest input accepted, in bytes.",
            DefaultValueFactory = _ => NewsExtractorOptions.DefaultMaxBytes,
        };

        var gazetteers = new Option<string[]>("--gazetteer")
        {
            Description = "A gazetteer TSV file to add (key, type, name, aliases, attributes); may be repeated.",
        };
        var command = new Command(
            "render",
            "Annotate one article and write it as a standalone HTML page: entities highlighted by type, counts and dates marked, statements linked to their sources.")
        {
            input, output, date, title, maxBytes, gazetteers,
        };

        command.SetAction(parse =>
        {
            if (!CliApp.TryParseDate(parse.GetValue(date), out DateOnly? published, stderr))
            {
                return CliApp.UsageError;
            }

            string path = parse.GetValue(input)!;
            if (!CliApp.TryReadArticle(path, parse.GetValue(maxBytes), stderr, out string? text)
                || !CliApp.TryCreateExtractor(parse.GetValue(gazetteers), stderr, out NewsExtractor? extractor))
            {
                return CliApp.InputError;
            }

            string id = path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path);
            NewsDocument document = extractor.Annotate(text, published, id);
            string html = NewsDocumentHtml.Render(document, new HtmlRenderOptions { Title = parse.GetValue(title) });
            if (parse.GetValue(output) is not string outPath)
            {
                stdout.Write(html);
                return CliApp.Success;
            }

            try
            {
                File.WriteAllText(outPath, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                stderr.WriteLine($"newsextract: cannot write '{outPath}': {ex.Message}");
                return CliApp.InputError;
            }

            return CliApp.Success;
        });

        return command;
    }
}
