using System.Buffers;
using System.Globalization;
using NewsExtract.Lexicons;

namespace NewsExtract.Dates;

internal enum DateWordKind : byte
{
    Month,
    Weekday,
    Relative,
    Unit,
    Modifier,
    Season,
    Part,
}

internal readonly record struct DateWord(DateWordKind Kind, int Value);

/// <summary>Month, weekday and relative-date words from <c>datewords.tsv</c>, looked up in lower case.</summary>
internal sealed class DateWords
{
    private readonly SpanMap<DateWord> _words;
    private readonly SearchValues<char> _firstChars;
    private readonly int _minLength;

    public DateWords(TsvTable table)
    {
        int word = table.Column("word");
        int kind = table.Column("kind");
        int value = table.Column("value");
        var items = new List<KeyValuePair<string, DateWord>>();
        foreach (string[] row in table.Rows)
        {
            string kindName = TsvTable.Field(row, kind);
            if (!Enum.TryParse(kindName, out DateWordKind k))
            {
                throw new LexiconFormatException(Errors.LexiconBadValue(table.Name, "kind", kindName));
            }

            _ = int.TryParse(TsvTable.Field(row, value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v);
            items.Add(new(TsvTable.Field(row, word).ToLowerInvariant(), new DateWord(k, v)));
        }

        _words = new SpanMap<DateWord>(items);
        _minLength = items.Count == 0 ? 0 : items.Min(i => i.Key.Length);
        _firstChars = SearchValues.Create([.. items.Where(i => i.Key.Length > 0 && char.IsAscii(i.Key[0]))
            .SelectMany(i => new[] { char.ToLowerInvariant(i.Key[0]), char.ToUpperInvariant(i.Key[0]) }).Distinct().Order()]);
    }

    /// <summary>Looks a word up ignoring case; a trailing period is part of the key ("sept.").</summary>
    public bool TryGet(ReadOnlySpan<char> word, out DateWord result)
    {
        if (word.Length > 32)
        {
            result = default;
            return false;
        }

        // Most tokens are no date word: one shorter than every key, or starting with an ASCII character that starts no
        // key, answers before any lower-casing or hashing. (Lower-casing keeps the length and maps ASCII to ASCII, and
        // the map only strips invisible characters, which are not ASCII; anything else takes the full route.)
        if (word.Length < _minLength || (word.Length > 0 && char.IsAscii(word[0]) && !_firstChars.Contains(word[0])))
        {
            result = default;
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        Lexicons.AsciiCase.ToLowerInvariant(word, lower);
        return _words.TryGetValue(lower, out result);
    }

    public bool TryGetMonth(ReadOnlySpan<char> word, out int month)
    {
        // "May" is a month only when capitalised; "may" is a verb.
        if (TryGet(word, out DateWord w) && w.Kind == DateWordKind.Month && word.Length > 0 && char.IsUpper(word[0]))
        {
            month = w.Value;
            return true;
        }

        month = 0;
        return false;
    }
}
