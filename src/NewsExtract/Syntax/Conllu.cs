namespace NewsExtract.Syntax;

/// <summary>One sentence of a CoNLL-U file: its syntactic words (multiword-token ranges and empty nodes left out).</summary>
internal sealed class ConlluSentence
{
    public List<string> Forms { get; } = [];

    public List<string> Lemmas { get; } = [];

    public List<string> Upos { get; } = [];

    public List<string> Xpos { get; } = [];

    /// <summary>Head of each word, 1-based, 0 for the root.</summary>
    public List<int> Heads { get; } = [];

    public List<string> Relations { get; } = [];

    public int Count => Forms.Count;
}

/// <summary>Reads CoNLL-U (universaldependencies.org/format.html) sentence by sentence.</summary>
internal static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        foreach (ConlluSentence s in Read(reader, path))
        {
            yield return s;
        }
    }

    /// <exception cref="InvalidDataException">A token line does not have ten tab-separated fields or a numeric head.</exception>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name)
    {
        var sentence = new ConlluSentence();
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (sentence.Count > 0)
                {
                    yield return sentence;
                    sentence = new ConlluSentence();
                }

                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (fields.Length != 10)
            {
                throw new InvalidDataException(Errors.ConlluBadLine(name, lineNumber, $"{fields.Length} fields, expected 10"));
            }

            if (fields[0].Contains('-', StringComparison.Ordinal) || fields[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            if (!int.TryParse(fields[6], out int head))
            {
                throw new InvalidDataException(Errors.ConlluBadLine(name, lineNumber, $"head '{fields[6]}' is not a number"));
            }

            sentence.Forms.Add(fields[1]);
            sentence.Lemmas.Add(fields[2]);
            sentence.Upos.Add(fields[3]);
            sentence.Xpos.Add(fields[4]);
            sentence.Heads.Add(head);
            sentence.Relations.Add(fields[7]);
        }

        if (sentence.Count > 0)
        {
            yield return sentence;
        }
    }
}
