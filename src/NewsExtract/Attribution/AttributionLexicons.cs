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

    /// <summary>A directive ("ordered"): a statement only with an infinitive or a quotation.</summary>
    Order,
}

/// <summary>A cue: its lemma, class and stance, how many words it spans, and whether it is a passive form whose agent
/// follows it or is left out ("attacks blamed on X", "was claimed by X").</summary>
internal readonly record struct Cue(string Lemma, CueClass Class, Stance Stance, int Words, bool Passive = false);

/// <summary>A noun of speech, and whether "N of X" names its source X (else X is its topic: "reports of attacks").</summary>
internal readonly record struct NounCue(Cue Cue, bool OfNamesSource);

/// <summary>Speech cues, nouns of speech, hedges and source nouns from <c>cues.tsv</c>, <c>nouncues.tsv</c>,
/// <c>hedges.tsv</c> and <c>sources.tsv</c>.</summary>
internal sealed class AttributionLexicons
{
    public AttributionLexicons()
    {
        TsvTable cues = DataFiles.LoadEmbedded("cues.tsv");
        int f = cues.Column("form"), l = cues.Column("lemma"), c = cues.Column("class"), s = cues.Column("stance"), v = cues.OptionalColumn("voice");
        Cues = new SpanMap<Cue>(cues.Rows.Select(r => new KeyValuePair<string, Cue>(
            TsvTable.Field(r, f).ToLowerInvariant(),
            new Cue(TsvTable.Field(r, l), Enum.Parse<CueClass>(TsvTable.Field(r, c)), Enum.Parse<Stance>(TsvTable.Field(r, s)), TsvTable.Field(r, f).Count(ch => ch == ' ') + 1,
                TsvTable.Field(r, v) == "Passive"))));
        MaxCueWords = cues.Rows.Max(r => TsvTable.Field(r, f).Count(ch => ch == ' ') + 1);

        TsvTable nouns = DataFiles.LoadEmbedded("nouncues.tsv");
        int nf = nouns.Column("form"), nl = nouns.Column("lemma"), nc = nouns.Column("class"), ns = nouns.Column("stance"), no = nouns.Column("of");
        NounCues = new SpanMap<NounCue>(nouns.Rows.Select(r => new KeyValuePair<string, NounCue>(
            TsvTable.Field(r, nf).ToLowerInvariant(),
            new NounCue(new Cue(TsvTable.Field(r, nl), Enum.Parse<CueClass>(TsvTable.Field(r, nc)), Enum.Parse<Stance>(TsvTable.Field(r, ns)), 1), TsvTable.Field(r, no) == "Source"))));

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

    /// <summary>Cue lemmas for the parse sieve, learned by the trainer.</summary>
    public CueLemmas CueLemmas { get; } = new();

    public int MaxCueWords { get; }

    /// <summary>One-word nouns of speech and thought ("assessment", "promises"), cues only with a source and a complement.</summary>
    public SpanMap<NounCue> NounCues { get; }

    public SpanMap<byte> Hedges { get; }

    public int MaxHedgeWords { get; }

    /// <summary>Head nouns of unnamed sources: "official" (Anonymous), "statement" (Document), "the general" (Nominal).</summary>
    public SpanMap<SourceKind> Sources { get; }

    /// <summary>Finds the longest cue starting at token <paramref name="t"/>; cues are matched in lower case.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="t">The first token.</param>
    /// <param name="cue">The cue found.</param>
    /// <param name="capitalized">Whether a capitalized first word may match: only where a sentence or clause starts
    /// ("Recognizing that ..., McKenzie said").</param>
    public bool TryCue(string text, ReadOnlySpan<Token> tokens, int t, out Cue cue, bool capitalized = false)
    {
        cue = default;
        if (t >= tokens.Length || (!capitalized && tokens[t].Has(TokenTraits.Capitalized)) || tokens[t].Has(TokenTraits.AllCaps))
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

    /// <summary>Finds a noun of speech at token <paramref name="t"/>, in lower case.</summary>
    public bool TryNounCue(string text, ReadOnlySpan<Token> tokens, int t, out NounCue cue)
    {
        cue = default;
        if (t >= tokens.Length || tokens[t].Kind != TokenKind.Word || tokens[t].Has(TokenTraits.Capitalized) || tokens[t].Length > 24)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        int length = AsciiCase.ToLowerInvariant(tokens[t].Slice(text), buffer);
        return length > 0 && NounCues.TryGetValue(buffer[..length], out cue);
    }
}
