namespace NewsExtract.Evaluation;

/// <summary>One sentence of a BIO file: its tokens and their tags (<c>B-PER</c>, <c>I-Location</c>, <c>O</c>).</summary>
internal sealed record BioSentence(string[] Forms, string[] Tags);

/// <summary>A name in a BIO sentence: forms <see cref="First"/>..<see cref="Last"/> and its type as written.</summary>
internal readonly record struct BioSpan(int First, int Last, string Type);

/// <summary>
/// Reads the two BIO layouts of <c>../shared/data/ner</c>: CoNLL two-column (<c>TOKEN TAG</c>, as re3d) and IOB2 with
/// columns (<c>ID  FORM  TAG  …</c>, tab-separated, <c>#</c> comments, as Universal NER). A blank line ends a sentence;
/// <c>-DOCSTART-</c> lines are skipped. An I- tag that continues nothing starts a name (IOB1 style).
/// </summary>
internal static class BioFile
{
    public static IEnumerable<BioSentence> Read(string path)
    {
        var forms = new List<string>();
        var tags = new List<string>();
        foreach (string raw in File.ReadLines(path))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                if (forms.Count > 0)
                {
                    yield return new BioSentence([.. forms], [.. tags]);
                    forms.Clear();
                    tags.Clear();
                }

                continue;
            }

            if (line.StartsWith('#') || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length >= 3 && int.TryParse(columns[0], out _))
            {
                forms.Add(columns[1]);
                tags.Add(columns[2]);
                continue;
            }

            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                throw new FormatException($"'{path}': a line is neither 'TOKEN TAG' nor 'ID<tab>FORM<tab>TAG': '{line}'.");
            }

            forms.Add(parts[0]);
            tags.Add(parts[^1]);
        }

        if (forms.Count > 0)
        {
            yield return new BioSentence([.. forms], [.. tags]);
        }
    }

    /// <summary>The names of a sentence, in order.</summary>
    public static List<BioSpan> Spans(BioSentence s)
    {
        var spans = new List<BioSpan>();
        int start = -1;
        string type = "";
        for (int i = 0; i <= s.Tags.Length; i++)
        {
            string tag = i < s.Tags.Length ? s.Tags[i] : "O";
            bool inside = tag.StartsWith("I-", StringComparison.Ordinal) && start >= 0 && tag.AsSpan(2).SequenceEqual(type);
            if (start >= 0 && !inside)
            {
                spans.Add(new BioSpan(start, i - 1, type));
                start = -1;
            }

            if (!inside && (tag.StartsWith("B-", StringComparison.Ordinal) || tag.StartsWith("I-", StringComparison.Ordinal)))
            {
                start = i;
                type = tag[2..];
            }
        }

        return spans;
    }

    /// <summary>The sentence as text (forms joined by single spaces) and each form's start offset in it.</summary>
    public static string Join(BioSentence s, out int[] starts)
    {
        starts = new int[s.Forms.Length];
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < s.Forms.Length; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            starts[i] = text.Length;
            text.Append(s.Forms[i]);
        }

        return text.ToString();
    }

    /// <summary>
    /// The coarse class of a BIO type: PER and re3d's Person are persons; ORG and Organisation organisations; LOC and
    /// Location places; anything else (MISC, re3d's Nationality, Weapon …) is not scored.
    /// </summary>
    public static string? Coarse(string type) => type switch
    {
        "PER" or "Person" or "PERSON" => "PER",
        "ORG" or "Organisation" or "Organization" or "ORGANIZATION" => "ORG",
        "LOC" or "Location" or "LOCATION" or "GPE" => "LOC",
        _ => null,
    };
}
