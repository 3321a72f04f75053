using System.Globalization;

namespace NewsExtract.Quantities;

/// <summary>A number found in the tokens: its first and last token, its value, and whether it is a vague plural ("dozens").</summary>
internal readonly record struct ParsedNumber(int First, int Last, double Value, bool Vague);

/// <summary>
/// Reads numbers from tokens: digits with separators and decimals ("2,500", "1.5"), words ("one" … "ninety-nine",
/// "hundred", "thousand", "two dozen", "a dozen"), scales ("1.2 million"), vague plurals with a floor ("dozens" 24,
/// "hundreds" 200, "thousands" 2,000, "tens of thousands" 20,000), from <c>numbers.tsv</c>.
/// </summary>
internal sealed class NumberParser
{
    private readonly QuantityLexicons _lexicons;

    public NumberParser(QuantityLexicons lexicons)
    {
        _lexicons = lexicons;
    }

    /// <summary>Parses a number starting at token <paramref name="t"/>: digits (with a scale word), number words, vague plurals.</summary>
    public bool TryParse(string text, Token[] tokens, int t, out ParsedNumber number)
    {
        number = default;
        Token token = tokens[t];
        if (token.Kind == TokenKind.Number)
        {
            ReadOnlySpan<char> digits = token.Slice(text);
            if (digits.EndsWith("s"))
            {
                return false; // "1990s"
            }

            Span<char> clean = stackalloc char[Math.Min(digits.Length, 64)];
            int k = 0;
            foreach (char c in digits)
            {
                if (c != ',' && k < clean.Length)
                {
                    clean[k++] = c;
                }
            }

            if (!double.TryParse(clean[..k], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
            {
                return false;
            }

            int last = t;
            if (t + 1 < tokens.Length && TryWord(text, tokens[t + 1], out NumberWord scale) && scale.Kind == NumberWordKind.Scale)
            {
                value *= scale.Value;
                last = t + 1;
            }

            number = new ParsedNumber(t, last, value, false);
            return true;
        }

        if (token.Kind != TokenKind.Word || !TryWord(text, token, out NumberWord word) || word.Kind == NumberWordKind.Ordinal)
        {
            // "a dozen"
            if (token.Kind == TokenKind.Word && token.Slice(text) is "a" or "A" && t + 1 < tokens.Length && TryWord(text, tokens[t + 1], out NumberWord m) && m.Kind == NumberWordKind.Multiplier && m.Value >= 12)
            {
                number = new ParsedNumber(t, t + 1, m.Value, false);
                return true;
            }

            return false;
        }

        if (word.Kind == NumberWordKind.Vague)
        {
            // "tens of thousands", "hundreds of thousands"
            if (t + 2 < tokens.Length && tokens[t + 1].Slice(text) is "of" && TryWord(text, tokens[t + 2], out NumberWord big) && big.Kind == NumberWordKind.Vague && big.Value > word.Value)
            {
                // The floors are "tens" 20 and "thousands" 2,000: tens of thousands is 20 × 1,000.
                number = new ParsedNumber(t, t + 2, word.Value * (big.Value / 2), true);
                return true;
            }

            number = new ParsedNumber(t, t, word.Value, true);
            return true;
        }

        if (word.Kind == NumberWordKind.Multiplier && word.Value < 1)
        {
            // "half a dozen", "half-a-dozen": the fraction of the multiplier after "a"; "half", "quarter" alone are no counts.
            int k = t + 1;
            if (k < tokens.Length && tokens[k].Slice(text) is "-")
            {
                k++;
            }

            if (k < tokens.Length && tokens[k].Slice(text) is "a")
            {
                k++;
                if (k < tokens.Length && tokens[k].Slice(text) is "-")
                {
                    k++;
                }

                if (k < tokens.Length && TryWord(text, tokens[k], out NumberWord whole) && whole.Kind == NumberWordKind.Multiplier && whole.Value >= 12)
                {
                    number = new ParsedNumber(t, k, word.Value * whole.Value, false);
                    return true;
                }
            }

            return false;
        }

        // Word numbers: "twenty-one", "one hundred and twenty", "two dozen", "three thousand".
        double total = 0, current = 0;
        int end = t - 1;
        int i = t;
        while (i < tokens.Length)
        {
            if (!TryWord(text, tokens[i], out NumberWord w) || w.Kind is NumberWordKind.Ordinal or NumberWordKind.Vague)
            {
                break;
            }

            switch (w.Kind)
            {
                case NumberWordKind.Scale:
                    current = (current == 0 ? 1 : current) * w.Value;
                    if (w.Value >= 1000)
                    {
                        total += current;
                        current = 0;
                    }

                    break;
                case NumberWordKind.Multiplier:
                    current = (current == 0 ? 1 : current) * w.Value;
                    break;
                default:
                    current += w.Value;
                    break;
            }

            end = i;
            // "twenty-one", "one hundred and five"
            if (i + 2 < tokens.Length && tokens[i + 1].Slice(text) is "-" or "and" && TryWord(text, tokens[i + 2], out NumberWord n2) && n2.Kind is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens
                && (tokens[i + 1].Slice(text) is "-" ? w.Kind == NumberWordKind.Tens : w.Kind == NumberWordKind.Scale))
            {
                i += 2;
                continue;
            }

            i++;
        }

        if (end < t)
        {
            return false;
        }

        number = new ParsedNumber(t, end, total + current, false);
        return true;
    }

    public bool TryWord(string text, Token token, out NumberWord word)
    {
        word = default;
        if (token.Kind != TokenKind.Word || token.Length > 16)
        {
            return false;
        }

        Span<char> lower = stackalloc char[token.Length];
        Lexicons.AsciiCase.ToLowerInvariant(token.Slice(text), lower);
        return _lexicons.Numbers.TryGetValue(lower, out word);
    }
}
