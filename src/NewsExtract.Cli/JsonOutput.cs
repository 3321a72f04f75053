using System.Text;
using System.Text.Json;

namespace NewsExtract.Cli;

/// <summary>
/// Writes one document's JSON to standard output as it is made: straight to the process's output stream through a
/// 64 KiB buffer when standard output is the console's, else (a test's <see cref="StringWriter"/>) through
/// <see cref="TextWriterStream"/>. Never one string: a large article's JSON is several times its size.
/// </summary>
internal static class JsonOutput
{
    public static void Write(TextWriter stdout, NewsDocument document, JsonLayers layers, JsonOutputSchema schema, bool indented)
    {
        JsonWriterOptions options = NewsDocumentJson.Options(indented);
        if (stdout is OutputWriter { IsConsole: true })
        {
            stdout.Flush();
            OutputWriter.Guard(() =>
            {
                // Not disposed: that would close the process's standard output for whoever writes after us.
                Stream raw = Console.OpenStandardOutput();
                using var buffered = new BufferedStream(raw, 1 << 16);
                using (var writer = new Utf8JsonWriter(buffered, options))
                {
                    NewsDocumentJson.Write(writer, document, layers, schema);
                }

                buffered.Write(Encoding.UTF8.GetBytes(stdout.NewLine));
                buffered.Flush();
            });
            return;
        }

        using (var stream = new TextWriterStream(stdout))
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            NewsDocumentJson.Write(writer, document, layers, schema);
        }

        stdout.WriteLine();
    }
}
