using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace NewsExtract.Cli;

/// <summary>
/// <c>newsextract syntax-eval FILE.conllu</c>: parses the gold tokens and sentences of a treebank file with the embedded
/// models and prints UPOS, XPOS, lemma, UAS and LAS (all tokens, punctuation included; LAS on universal labels).
/// </summary>
internal static class SyntaxEvalCommand
{
    private static readonly JsonWriterOptions s_json = new() { Indented = true };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "A CoNLL-U file (UD English EWT test, say)." };
        var json = new Option<string?>("--json") { Description = "Also write the figures as JSON to this file." };
        var command = new Command("syntax-eval", "Score the tagger, lemmatizer and parser on a CoNLL-U file (gold tokens and sentences).") { file, json };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                stderr.WriteLine($"newsextract: CoNLL-U file '{path}' does not exist.");
                return CliApp.InputError;
            }

            try
            {
                SyntaxScores s = SyntaxEvaluator.Evaluate(path);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {s.Sentences} sentences, {s.Tokens} tokens"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UPOS   {s.Upos:P2}"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"XPOS   {s.Xpos:P2}"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lemma  {s.Lemma:P2}"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UAS    {s.Uas:P2}"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"LAS    {s.Las:P2}"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed  {s.TokensPerSecond:F0} tokens/s (one thread, tagging to labelling)"));
                if (parse.GetValue(json) is string jsonPath)
                {
                    WriteFigures(jsonPath, path, s);
                }

                return CliApp.Success;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                stderr.WriteLine($"newsextract: {ex.Message}");
                return CliApp.InputError;
            }
        });
        return command;
    }

    /// <summary>
    /// Writes the figures as an indented JSON object, field by field (no reflection: the native build has none), in the
    /// order and number format <c>JsonSerializer</c> gave them before.
    /// </summary>
    private static void WriteFigures(string jsonPath, string path, SyntaxScores s)
    {
        using (var stream = File.Create(jsonPath))
        using (var writer = new Utf8JsonWriter(stream, s_json))
        {
            writer.WriteStartObject();
            writer.WriteString("file", path);
            writer.WriteNumber("upos", Math.Round(s.Upos, 4));
            writer.WriteNumber("xpos", Math.Round(s.Xpos, 4));
            writer.WriteNumber("lemma", Math.Round(s.Lemma, 4));
            writer.WriteNumber("uas", Math.Round(s.Uas, 4));
            writer.WriteNumber("las", Math.Round(s.Las, 4));
            writer.WriteNumber("tokens", s.Tokens);
            writer.WriteNumber("sentences", s.Sentences);
            writer.WriteNumber("tokens_per_second", Math.Round(s.TokensPerSecond));
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
        }
    }
}
