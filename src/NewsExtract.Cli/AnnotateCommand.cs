using System.CommandLine;

namespace NewsExtract.Cli;

/// <summary><c>newsextract annotate FILE|-</c>: prints one document as JSON.</summary>
internal static class AnnotateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var article = new ArticleArguments();
        var include = new Option<string[]>("--include")
        {
            Description = "Extra layers to add, comma-separated: tokens, sentences, zones, paragraphs, quotes, syntax (tags, lemmas, heads, relations); events is on by default.",
            AllowMultipleArgumentsPerToken = true,
        };
        var compact = new Option<bool>("--compact") { Description = "Write one line of JSON instead of indented JSON." };
        var format = new Option<string>("--format")
        {
            Description = "json (the default) or conllu: the syntax layer as CoNLL-U, one block per sentence.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "conllu");
        Option<string[]> exclude = LayerOptions.CreateExclude();
        Option<string> schema = SchemaOption.Create();
        var command = new Command("annotate", "Annotate one article and print it as JSON (see docs/output-format.md; --schema 1 gives the shape of the gold files).")
        {
            include, exclude, compact, format, schema,
        };
        article.AddTo(command);

        command.SetAction(parse =>
        {
            if (!LayerOptions.TryParse(parse.GetValue(include), parse.GetValue(exclude), out JsonLayers layers, out bool events, out string? bad, out string? option))
            {
                stderr.WriteLine(LayerOptions.Message(bad, option));
                return CliApp.UsageError;
            }

            bool conllu = parse.GetValue(format) == "conllu";
            SyntaxLevel syntax = conllu || (layers & JsonLayers.Syntax) != 0 ? SyntaxLevel.Full : SyntaxLevel.None;
            int code = article.TryAnnotate(parse, stderr, out NewsDocument? document, syntax, events);
            if (code != CliApp.Success)
            {
                return code;
            }

            if (conllu)
            {
                NewsDocumentConllu.Write(stdout, document!);
                return CliApp.Success;
            }

            JsonOutput.Write(stdout, document!, layers, SchemaOption.Of(parse.GetValue(schema)), indented: !parse.GetValue(compact));
            return CliApp.Success;
        });

        return command;
    }

    internal static bool TryParseLayers(string[]? values, out JsonLayers layers, out string? bad)
    {
        layers = JsonLayers.None;
        bad = null;
        foreach (string value in values ?? [])
        {
            foreach (string part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                JsonLayers? layer = part.ToLowerInvariant() switch
                {
                    "tokens" => JsonLayers.Tokens,
                    "sentences" => JsonLayers.Sentences,
                    "zones" => JsonLayers.Zones,
                    "paragraphs" => JsonLayers.Paragraphs,
                    "quotes" => JsonLayers.Quotes,
                    "syntax" => JsonLayers.Syntax,
                    _ => null,
                };
                if (layer is null)
                {
                    bad = part;
                    return false;
                }

                layers |= layer.Value;
            }
        }

        return true;
    }
}
