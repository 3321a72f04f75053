using System.CommandLine;

namespace NewsExtract.Cli;

/// <summary><c>newsextract render FILE|- [--out FILE.html]</c>: writes one document as a standalone HTML page.</summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var article = new ArticleArguments();
        var output = new Option<string?>("--out")
        {
            Description = "The HTML file to write; without it the page goes to standard output.",
        };
        var title = new Option<string?>("--title") { Description = "The page title; the file name by default." };
        var command = new Command(
            "render",
            "Annotate one article and write it as a standalone HTML page: entities highlighted by type, counts and dates marked, statements linked to their sources.")
        {
            output, title,
        };
        article.AddTo(command);

        command.SetAction(parse =>
        {
            int code = article.TryAnnotate(parse, stderr, out NewsDocument? document);
            if (code != CliApp.Success)
            {
                return code;
            }

            string html = NewsDocumentHtml.Render(document!, new HtmlRenderOptions { Title = parse.GetValue(title) });
            if (parse.GetValue(output) is not string outPath)
            {
                stdout.Write(html);
                return CliApp.Success;
            }

            try
            {
                AtomicFile.WriteAllText(outPath, html);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                return CliApp.Report(stderr, Messages.CannotWrite("'" + outPath + "'", ex.Message), CliApp.OutputError);
            }

            return CliApp.Success;
        });

        return command;
    }
}
