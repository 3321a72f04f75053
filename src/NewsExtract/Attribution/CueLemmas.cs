using System.Collections.Frozen;
using NewsExtract.Lexicons;

namespace NewsExtract.Attributions;

/// <summary>
/// The lemmas that cue a statement, with their class and stance, from <c>cuelemmas.tsv</c>: learned by the trainer
/// (<c>--cue-lemmas</c>) from the treebanks' verbs that head a clausal complement with a subject, the gold statements'
/// cues and the lemmas of <c>cues.tsv</c>. The forms seen for each lemma only choose which sentences to parse; the
/// parse sieve reads the tagger's lemma.
/// </summary>
internal sealed class CueLemmas
{
    public CueLemmas()
    {
        TsvTable table = DataFiles.LoadEmbedded("cuelemmas.tsv");
        int l = table.Column("lemma"), c = table.Column("class"), s = table.Column("stance"), f = table.Column("forms");
        var lemmas = new Dictionary<string, (CueClass, Stance)>(StringComparer.Ordinal);
        var forms = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (string[] row in table.Rows)
        {
            string lemma = TsvTable.Field(row, l).ToString();
            lemmas[lemma] = (Enum.Parse<CueClass>(TsvTable.Field(row, c)), Enum.Parse<Stance>(TsvTable.Field(row, s)));
            foreach (string form in TsvTable.Field(row, f).ToString().Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                forms[form] = 0;
            }
        }

        Lemmas = lemmas.ToFrozenDictionary(StringComparer.Ordinal);
        Forms = new SpanMap<byte>(forms);
        MaxFormLength = forms.Keys.Max(k => k.Length);
    }

    /// <summary>Cue lemmas ("say", "think", "vow") and their class and stance.</summary>
    public FrozenDictionary<string, (CueClass Class, Stance Stance)> Lemmas { get; }

    /// <summary>Every lower-case verb form seen for a cue lemma ("said", "thought").</summary>
    public SpanMap<byte> Forms { get; }

    public int MaxFormLength { get; }

    /// <summary>Whether a word may be a form of a cue lemma; <paramref name="word"/> is matched in lower case.</summary>
    public bool MayBeCue(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > MaxFormLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[MaxFormLength];
        int n = word.ToLowerInvariant(lower);
        return n > 0 && Forms.ContainsKey(lower[..n]);
    }
}
