using NewsExtract.Lexicons;
using NewsExtract.Quantities;

namespace NewsExtract.Attributions;

internal enum CueClass : byte
{
    Speech,
    Report,
    Claim,
    Blame,
    Deny,
    Confirm,
    Cognition,
    Warn,
    Urge,
    Express,
    AccordingTo,
}

internal readonly record struct Cue(string Lemma, CueClass Class, Stance Stance, int Words);

/// <summary>Speech cues, hedges and source nouns from <c>cues.tsv</c>, <c>hedges.tsv</c> and <c>sources.tsv</c>.</summary>
internal sealed class AttributionLexicons
{
    public AttributionLexicons()
    {
        TsvTable cues = DataFiles.LoadEmbedded("cues.tsv");
        int f = cues.Column("form"), l = cues.Column("lemma"), c = cues.Column("class"), s = cues.Column("stance");
        Cues = new SpanMap<Cue>(cues.Rows.Select(r => new KeyValuePair<string, Cue>(
            TsvTable.Field(r, f).ToLowerInvariant(),
            new Cue(TsvTable.Field(r, l), Enum.Parse<CueClass>(TsvTable.Field(r, c)), Enum.Parse<Stance>(TsvTable.Field(r, s)), TsvTable.Field(r, f).Count(ch => ch == ' ') + 1))));
        MaxCueWords = cues.Rows.Max(r => TsvTable.Field(r, f).Count(ch => ch == ' ') + 1);

        TsvTable hedges = DataFiles.LoadEmbedded("hedges.tsv");
        int p = hedges.Column("phrase");
        Hedges = new SpanMap<byte>(hedges.Rows.Select(r => new KeyValuePair<string, byte>(TsvTable.Field(r, p).ToLowerInvariant().Replace('\u2019', '\''), 0)));
        MaxHedgeWords = hedges.Rows.Max(r => TsvTable.Field(r, p).Count(ch => ch == ' ') + 1);

        TsvTable sources = DataFiles.LoadEmbedded("sources.tsv");
        int w = sources.Column("word"), k = sources.Column("kind");
        Sources = new SpanMap<SourceKind>(sources.Rows.Select(r => new KeyValuePair<string, SourceKind>(
            TsvTable.Field(r, w).ToLowerInvariant(), Enum.Parse<SourceKind>(TsvTable.Field(r, k)))));
    }

    public SpanMap<Cue> Cues { get; }

    public int MaxCueWords { get; }

    public SpanMap<byte> Hedges { get; }

    public int MaxHedgeWords { get; }

    /// <summary>Head nouns of unnamed sources: "official" (Anonymous), "statement" (Document), "the general" (Nominal).</summary>
    public SpanMap<SourceKind> Sources { get; }

    /// <summary>Finds the longest cue starting at token <paramref name="t"/>; cues are matched in lower case.</summary>
    public bool TryCue(string text, ReadOnlySpan<Token> tokens, int t, out Cue cue)
    {
        cue = default;
        if (t >= tokens.Length || tokens[t].Has(TokenTraits.Capitalized))
        {
            return false; // "United States" is no cue; cues are lower-case verbs
        }

        Span<char> buffer = stackalloc char[64];
        for (int words = Math.Min(MaxCueWords, tokens.Length - t); words >= 1; words--)
        {
            int length = LowerKey.Write(text, tokens, t, words, buffer);
            if (length > 0 && Cues.TryGetValue(buffer[..length], out cue))
            {
                return true;
            }
        }

        cue = default;
        return false;
    }
}
