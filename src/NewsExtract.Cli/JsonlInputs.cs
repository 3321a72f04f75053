namespace NewsExtract.Cli;

/// <summary>
/// The inputs of <c>report</c> and <c>export</c>: batch output files, folders of shards (every <c>*.jsonl</c> in
/// them, sorted by name) or <c>-</c> for standard input.
/// </summary>
internal static class JsonlInputs
{
    /// <summary>Expands folders into their <c>*.jsonl</c> files; on a missing path says why on stderr and returns null.</summary>
    public static List<string>? Expand(IEnumerable<string> inputs, TextWriter stderr)
    {
        var files = new List<string>();
        foreach (string input in inputs)
        {
            if (input == "-" || File.Exists(input))
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                string[] shards = Directory.GetFiles(input, "*.jsonl");
                Array.Sort(shards, StringComparer.Ordinal);
                if (shards.Length == 0)
                {
                    stderr.WriteLine($"newsextract: folder '{input}' holds no *.jsonl file.");
                    return null;
                }

                files.AddRange(shards);
            }
            else
            {
                stderr.WriteLine($"newsextract: '{input}' is neither a file nor a folder.");
                return null;
            }
        }

        return files;
    }

    /// <summary>Opens an input for reading as UTF-8 text, standard input for "-".</summary>
    public static TextReader Open(string file, TextReader stdin) =>
        file == "-" ? stdin : new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
}
