using NewsExtract.Dates;

namespace NewsExtract.Quantities;

/// <summary>Numbers that are no counts: dates ("June 18", "18 June"), years, times, ages, money, percentages,
/// "No. 2", model names ("AC-130"), and numbers of time units ("a ten-day period", "six weeks").</summary>
internal sealed class CountExclusions
{
    private readonly DateWords _dateWords;

    public CountExclusions(DateWords dateWords)
    {
        _dateWords = dateWords;
    }

    /// <summary>Numbers of dates ("June 18", "18 June"), years, times, ages, money, percentages, "No. 2", ordinals.</summary>
    public bool IsExcluded(string text, Token[] tokens, ParsedNumber number)
    {
        Token first = tokens[number.First];
        if (number.First > 0)
        {
            Token before = tokens[number.First - 1];
            ReadOnlySpan<char> b = before.Slice(text);
            if (_dateWords.TryGetMonth(b, out _) || b is "$" or "\u00A3" or "\u20AC" || before.Has(TokenTraits.Abbreviation) && b is "No." or "Nos."
                || b.Equals("aged", StringComparison.OrdinalIgnoreCase) || b.Equals("age", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // "on the one hand", "the one that got away": "one" after "the" is no count (a count after "the" is plural:
            // "the two soldiers").
            if (number.First == number.Last && first.Kind == TokenKind.Word && b.Equals("the", StringComparison.OrdinalIgnoreCase)
                && first.Slice(text).Equals("one", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // A model name: "AC-130", "F-35", "MQ-9": a number joined by a hyphen to letters before it.
            if (b is "-" && number.First > 1 && before.Start == tokens[number.First - 2].End && before.End == first.Start
                && tokens[number.First - 2].Kind == TokenKind.Word)
            {
                return true;
            }
        }

        if (number.Last + 1 < tokens.Length)
        {
            ReadOnlySpan<char> a = tokens[number.Last + 1].Slice(text);
            if (_dateWords.TryGetMonth(a, out _) || a is "%" || a.Equals("percent", StringComparison.OrdinalIgnoreCase) || a.Equals("per", StringComparison.OrdinalIgnoreCase)
                || a.Equals("dollars", StringComparison.OrdinalIgnoreCase) || a.StartsWith("a.m", StringComparison.OrdinalIgnoreCase) || a.StartsWith("p.m", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // Numbers of time units are durations, not counts: "six weeks", "a ten-day period", "three month lull".
            int unit = number.Last + 1;
            if (a is "-" && unit + 1 < tokens.Length)
            {
                unit++;
            }

            if (_dateWords.TryGet(tokens[unit].Slice(text), out DateWord w) && w.Kind == DateWordKind.Unit)
            {
                return true;
            }
        }

        // A lone four-digit year.
        if (number.First == number.Last && first.Kind == TokenKind.Number && first.Length == 4 && number.Value is >= 1900 and <= 2100)
        {
            return true;
        }

        return first.Kind == TokenKind.Number && text.AsSpan(first.Start, first.Length).Contains(':');
    }
}
