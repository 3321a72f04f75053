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
    }

    /// <summary>Looks a word up ignoring case; a trailing period is part of the key ("sept.").</summary>
    public bool TryGet(ReadOnlySpan<char> word, out DateWord result)
    {
        if (word.Length > 32)
        {
            result = default;
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
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
