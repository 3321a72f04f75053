using NewsExtract.Dates;
using NewsExtract.Tokenization;

namespace NewsExtract.Lexicons;

/// <summary>
/// Every lexicon the annotators use, loaded once from the embedded data files. Immutable after construction and
/// shared by all documents and threads.
/// </summary>
internal sealed class LexiconSet
{
    private static readonly Lazy<LexiconSet> s_default = new(() => new LexiconSet(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<Tokenizer> _tokenizer;
    private readonly Lazy<Entities.EntityLexicons> _entityLexicons;
    private readonly Lazy<IReadOnlyList<GazetteerEntry>> _gazetteerEntries;
    private readonly Lazy<Attributions.AttributionLexicons> _attributionLexicons = new(() => new Attributions.AttributionLexicons());
    private readonly Lazy<Quantities.QuantityLexicons> _quantityLexicons = new(() => new Quantities.QuantityLexicons());

    private LexiconSet()
    {
        _tokenizer = new Lazy<Tokenizer>(() => new Tokenizer(Abbreviations!));
        _entityLexicons = new Lazy<Entities.EntityLexicons>(() => new Entities.EntityLexicons(Tokenizer));
        _gazetteerEntries = new Lazy<IReadOnlyList<GazetteerEntry>>(() =>
            [.. Gazetteer.Read(DataFiles.LoadEmbedded("actors.tsv")), .. Gazetteer.Read(DataFiles.LoadEmbedded("places.tsv"))]);
        Abbreviations = LoadAbbreviations(DataFiles.LoadEmbedded("abbreviations.tsv"));
        ZonePatterns = ZonePattern.Load(DataFiles.LoadEmbedded("zones.tsv"));
        DateWords = new DateWords(DataFiles.LoadEmbedded("datewords.tsv"));
        TsvTable common = DataFiles.LoadEmbedded("commonwords.tsv");
        CommonWords = LoadWordSet(common, "word", _ => true);
        int pos = common.Column("pos");
        int commonWord = common.Column("word");
        PartsOfSpeech = new SpanMap<PartOfSpeech>(common.Rows.Select(r => new KeyValuePair<string, PartOfSpeech>(
            TsvTable.Field(r, commonWord).ToLowerInvariant(),
            Enum.TryParse(TsvTable.Field(r, pos), out PartOfSpeech p) ? p : PartOfSpeech.NOUN)));
        FunctionWords = LoadWordSet(common, "word", row => TsvTable.Field(row, pos) is "DET" or "PRON" or "CONJ" or "ADV" or "PREP" or "AUX" or "INTJ");
        TsvTable cues = DataFiles.LoadEmbedded("cues.tsv");
        int cls = cues.Column("class");
        SpeechVerbs = LoadWordSet(cues, "form", row => !TsvTable.Field(row, 0).Contains(' ', StringComparison.Ordinal)
            && TsvTable.Field(row, cls) is "Speech" or "Report" or "Confirm" or "Deny" or "Warn" or "Claim");
    }

    /// <summary>Gets the tokenizer configured with the built-in abbreviations.</summary>
    public Tokenizer Tokenizer => _tokenizer.Value;

    /// <summary>Gets the entity layer's normalized titles, name words and demonyms.</summary>
    public Entities.EntityLexicons EntityLexicons => _entityLexicons.Value;

    /// <summary>Gets speech cues, hedges and source nouns.</summary>
    public Attributions.AttributionLexicons AttributionLexicons => _attributionLexicons.Value;

    /// <summary>Gets number words, counted nouns and qualifiers.</summary>
    public Quantities.QuantityLexicons QuantityLexicons => _quantityLexicons.Value;

    /// <summary>Gets the built-in gazetteer entries (actors.tsv, then places.tsv).</summary>
    public IReadOnlyList<GazetteerEntry> GazetteerEntries => _gazetteerEntries.Value;

    /// <summary>Gets the lexicons built into the package.</summary>
    public static LexiconSet Default => s_default.Value;

    public SpanMap<AbbreviationKind> Abbreviations { get; }

    public ZonePattern[] ZonePatterns { get; }

    public DateWords DateWords { get; }

    /// <summary>Lower-case frequent English words that are not names.</summary>
    public SpanMap<byte> CommonWords { get; }

    /// <summary>Lower-case frequent English words and their most frequent part of speech.</summary>
    public SpanMap<PartOfSpeech> PartsOfSpeech { get; }

    /// <summary>Lower-case determiners, pronouns, conjunctions, adverbs and prepositions.</summary>
    public SpanMap<byte> FunctionWords { get; }

    /// <summary>Lower-case one-word speech verb forms ("said", "told").</summary>
    public SpanMap<byte> SpeechVerbs { get; }

    private static SpanMap<AbbreviationKind> LoadAbbreviations(TsvTable table)
    {
        int word = table.Column("abbreviation");
        int kind = table.Column("kind");
        var items = new List<KeyValuePair<string, AbbreviationKind>>();
        foreach (string[] row in table.Rows)
        {
            string kindName = TsvTable.Field(row, kind);
            if (!Enum.TryParse(kindName, out AbbreviationKind k))
            {
                throw new LexiconFormatException(Errors.LexiconBadValue(table.Name, "kind", kindName));
            }

            items.Add(new(TsvTable.Field(row, word), k));
        }

        return new SpanMap<AbbreviationKind>(items);
    }

    private static SpanMap<byte> LoadWordSet(TsvTable table, string column, Func<string[], bool> keep)
    {
        int c = table.Column(column);
        return new SpanMap<byte>(table.Rows.Where(keep).Select(r => new KeyValuePair<string, byte>(TsvTable.Field(r, c).ToLowerInvariant(), 0)));
    }
}

/// <summary>Parts of speech in <c>commonwords.tsv</c>.</summary>
#pragma warning disable CA1707 // Identifiers match the data file's tags.
internal enum PartOfSpeech : byte
{
    NOUN,
    VERB,
    ADJ,
    ADV,
    DET,
    PRON,
    PREP,
    CONJ,
    NUM,
    INTJ,
    AUX,
}
#pragma warning restore CA1707
