using System.CommandLine;

namespace NewsExtract.Cli;

/// <summary><c>newsextract annotate FILE|-</c>: prints one document as JSON.</summary>
internal static class AnnotateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("input") { Description = "The article: a UTF-8 text file, or - for standard input." };
        var include = new Option<string[]>("--include")
        {
            Description = "Extra layers to add, comma-separated: tokens, sentences, zones, paragraphs, quotes.",
            AllowMultipleArgumentsPerToken = true,
        };
        var date = new Option<string?>("--date") { Description = "The publication date, YYYY-MM-DD; relative dates resolve against it." };
        var compact = new Option<bool>("--compact") { Description = "Write one line of JSON instead of indented JSON." };
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = "The largest input accepted, in bytes.",
            DefaultValueFactory = _ => NewsExtractorOptions.DefaultMaxBytes,
        };

        var gazetteers = new Option<string[]>("--gazetteer")
        {
            Description = "A gazetteer TSV file to add (key, type, name, aliases, attributes); may be repeated.",
        };
        var command = new Command("annotate", "Annotate one article and print it as JSON (the shape of the gold files, see docs/output-format.md).")
        {
            input, include, date, compact, maxBytes, gazetteers,
        };

        command.SetAction(parse =>
        {
            if (!TryParseLayers(parse.GetValue(include), out JsonLayers layers, out string? bad))
            {
                stderr.WriteLine($"newsextract: unknown layer '{bad}' in --include (tokens, sentences, zones, paragraphs, quotes).");
                return CliApp.UsageError;
            }

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
            stdout.WriteLine(NewsDocumentJson.Serialize(document, layers, indented: !parse.GetValue(compact)));
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
