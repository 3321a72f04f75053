using NewsExtract.Lexicons;

namespace NewsExtract.Events;

/// <summary>What a word of <c>eventwords.tsv</c> is to the event layer.</summary>
internal enum EventWordClass : byte
{
    None,
    /// <summary>Names a use of force: "attack", "struck", "raid".</summary>
    Force,
    /// <summary>A light verb: "launched", "carried out", "conducted".</summary>
    Light,
    /// <summary>Projectiles of an attack arriving: "landed", "fell", "impacted".</summary>
    Impact,
    /// <summary>A killing word: a trigger only when no other word names the act (decision 2).</summary>
    Kill,
    /// <summary>Stopping an attack: "intercepted", "shot down" (decision 1: not an event).</summary>
    Intercept,
    /// <summary>A means: "rocket", "drone".</summary>
    Weapon,
}

/// <summary>One entry of <c>eventwords.tsv</c>.</summary>
internal readonly record struct EventWord(EventWordClass Class, EventInstrument? Instrument);

/// <summary>
/// The words of force, weapons and interception (<c>Lexicons/Data/eventwords.tsv</c>), looked up by lower-cased token.
/// They select the tokens the trigger classifier looks at and give it features; they do not decide alone.
/// </summary>
internal sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> s_default = new(() => new EventLexicon(DataFiles.LoadEmbedded("eventwords.tsv")));

    private readonly SpanMap<EventWord> _words;

    public EventLexicon(TsvTable table)
    {
        int word = table.Column("word"), cls = table.Column("class"), instrument = table.Column("instrument");
        var items = new List<KeyValuePair<string, EventWord>>();
        foreach (string[] row in table.Rows)
        {
            string c = TsvTable.Field(row, cls), i = TsvTable.Field(row, instrument);
            if (!Enum.TryParse(c, out EventWordClass k) || k == EventWordClass.None)
            {
                throw new LexiconFormatException(Errors.LexiconBadValue(table.Name, "class", c));
            }

            EventInstrument? means = null;
            if (i != "-")
            {
                means = Enum.TryParse(i, ignoreCase: true, out EventInstrument m) ? m : throw new LexiconFormatException(Errors.LexiconBadValue(table.Name, "instrument", i));
            }

            items.Add(new(TsvTable.Field(row, word), new EventWord(k, means)));
        }

        _words = new SpanMap<EventWord>(items);
    }

    public static EventLexicon Default => s_default.Value;

    /// <summary>Looks a token up, lower-cased (ASCII letters only: the list is ASCII).</summary>
    public EventWord Lookup(ReadOnlySpan<char> token)
    {
        if (token.Length == 0 || token.Length > 24)
        {
            return default;
        }

        Span<char> lower = stackalloc char[token.Length];
        for (int i = 0; i < token.Length; i++)
        {
            char c = token[i];
            lower[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c == '\u2011' ? '-' : c;
        }

        return _words.TryGetValue(lower, out EventWord w) ? w : default;
    }
}
