using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NewsExtract.Dates;
using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Quantities;

/// <summary>
/// Finds counts: a number, what it counts, and how it is qualified.
/// </summary>
/// <remarks>
/// Reads: tokens, sentences. Writes: <see cref="AnnotationContext.Quantities"/>.
/// Found first, then resolved (as Recognizers-Text separates extractors and parsers):
/// <list type="number">
/// <item>Numbers: digits with separators and decimals ("2,500", "1.5"), words ("one" … "ninety-nine", "hundred",
/// "thousand", "two dozen", "a dozen"), scales ("1.2 million"), vague plurals with a floor ("dozens" 24,
/// "hundreds" 200, "thousands" 2,000, "tens of thousands" 20,000), ranges ("5,000 to 7,000", "5,000-7,000",
/// "between 5,000 and 7,000") and "30-plus".</item>
/// <item>Qualifier: the longest phrase of <c>qualifiers.tsv</c> just before the number ("at least", "an estimated").</item>
/// <item>Counted noun: the first noun of <c>countnouns.tsv</c> after at most five modifiers (adjectives, adverbs,
/// nationality words, hyphenated compounds), extended over a compound ("missile strikes"); after a vague plural,
/// through "of" ("dozens of rockets"). "N times" counts attacks when the sentence speaks of attacks;
/// "a 14,000-strong deployment" counts troops.</item>
/// <item>Category: the noun's, turned into Killed or Injured by "killed", "dead", "wounded", "injured" next to it.</item>
/// </list>
/// Not counts: numbers in dates ("June 18"), years, times, ordinals, money, percentages, ages, footnotes, "No. 2",
/// and numbers of time units ("a ten-day period", "six weeks").
/// </remarks>
internal sealed class QuantityAnnotator : IAnnotator
{
    private const int MaxModifiers = 5;
    private readonly QuantityLexicons _lexicons;
    private readonly DateWords _dateWords;
    private readonly SpanMap<PartOfSpeech> _pos;

    public QuantityAnnotator(QuantityLexicons lexicons, LexiconSet shared)
    {
        _lexicons = lexicons;
        _dateWords = shared.DateWords;
        _pos = shared.PartsOfSpeech;
    }

    public string Name => "quantities";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Produces => Layers.Quantities;

    private readonly record struct ParsedNumber(int First, int Last, double Value, bool Vague);

    public void Annotate(AnnotationContext context, CancellationToken cancellationToken)
    {
        string text = context.Text;
        Token[] tokens = context.Tokens;
        var result = new List<Quantity>();
        int sentence = 0;
        Sentence[] sentences = context.Sentences;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (!TryParseNumber(text, tokens, t, out ParsedNumber number))
            {
                continue;
            }

            while (sentence + 1 < sentences.Length && sentences[sentence].EndToken <= t)
            {
                sentence++;
            }

            Quantity? quantity = TryCount(text, tokens, number, sentences.Length > 0 ? sentences[sentence] : default);
            if (quantity is not null)
            {
                result.Add(quantity);
                t = TokenAt(tokens, quantity.Span.End - 1);
            }
            else
            {
                t = number.Last;
            }
        }

        context.Quantities = [.. result];
    }

    private static int TokenAt(Token[] tokens, int offset)
    {
        int lo = 0, hi = tokens.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (tokens[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private Quantity? TryCount(string text, Token[] tokens, ParsedNumber number, Sentence sentence)
    {
        if (IsDateOrExcluded(text, tokens, number))
        {
            return null;
        }

        int last = number.Last;
        double? max = null;
        QuantityQualifier qualifier = QuantityQualifier.Exact;
        int first = number.First;

        // Range: "5,000 to 7,000", "5,000-7,000", "between 5,000 and 7,000".
        if (last + 2 < tokens.Length)
        {
            ReadOnlySpan<char> link = tokens[last + 1].Slice(text);
            bool between = first > 0 && tokens[first - 1].Slice(text).Equals("between", StringComparison.OrdinalIgnoreCase);
            if ((link is "to" or "-" or "\u2013" or "\u2014" or "or" || (between && link is "and"))
                && TryParseNumber(text, tokens, last + 2, out ParsedNumber upper) && upper.Value > number.Value)
            {
                max = upper.Value;
                last = upper.Last;
                qualifier = QuantityQualifier.Range;
                if (between)
                {
                    first--;
                }
            }
        }

        // "30-plus"
        if (max is null && last + 2 < tokens.Length && tokens[last + 1].Slice(text) is "-" && tokens[last + 2].Slice(text).Equals("plus", StringComparison.OrdinalIgnoreCase))
        {
            qualifier = QuantityQualifier.Plus;
            last += 2;
        }

        // "a 14,000-strong deployment": a force of that many troops.
        if (last + 2 < tokens.Length && tokens[last + 1].Slice(text) is "-" && tokens[last + 2].Slice(text).Equals("strong", StringComparison.OrdinalIgnoreCase))
        {
            int head = last + 3 < tokens.Length && tokens[last + 3].Kind == TokenKind.Word ? last + 3 : last + 2;
            return Make(tokens, QualifierStart(text, tokens, first, ref qualifier), head, number.Value, max, qualifier, "troop", QuantityCategory.Personnel);
        }

        int nounStart = last + 1;
        if (number.Vague && nounStart + 1 < tokens.Length && tokens[nounStart].Slice(text) is "of")
        {
            nounStart++;
            if (nounStart < tokens.Length && tokens[nounStart].Slice(text) is "the")
            {
                return null;
            }
        }

        if (!TryFindNoun(text, tokens, nounStart, out int nounEnd, out CountNoun noun))
        {
            if (nounStart < tokens.Length && tokens[nounStart].Slice(text).Equals("times", StringComparison.OrdinalIgnoreCase) && SpeaksOfAttacks(text, tokens, sentence))
            {
                return Make(tokens, QualifierStart(text, tokens, first, ref qualifier), nounStart, number.Value, max, qualifier, "attack", QuantityCategory.Attacks);
            }

            // "two suspects", "20 tubes", "one reason": any other plain noun (singular only after "one").
            if (TryFindPlainNoun(text, tokens, nounStart, number.Value == 1 && !number.Vague, out int plainEnd, out string? lemma))
            {
                return Make(tokens, QualifierStart(text, tokens, first, ref qualifier), plainEnd, number.Value, max, qualifier, lemma, QuantityCategory.Other);
            }

            if (number.Vague && number.First == number.Last && (nounStart >= tokens.Length || tokens[nounStart].Kind != TokenKind.Word || !char.IsLetter(text[tokens[nounStart].Start]) || IsFunctionWord(text, tokens[nounStart])))
            {
                // "Thousands in Iraq called for …": a vague plural standing for people.
                return Make(tokens, QualifierStart(text, tokens, first, ref qualifier), number.Last, number.Value, max, qualifier, "person", QuantityCategory.People);
            }

            return null;
        }

        QuantityCategory category = AdjustCategory(text, tokens, number.First, nounEnd, noun.Category);
        return Make(tokens, QualifierStart(text, tokens, first, ref qualifier), nounEnd, number.Value, max, qualifier, noun.Lemma, category);
    }

    private static Quantity Make(Token[] tokens, int first, int last, double value, double? max, QuantityQualifier qualifier, string noun, QuantityCategory category) =>
        new(new TextSpan(tokens[first].Start, tokens[last].End), value, max, qualifier, noun, category);

    /// <summary>Extends the start back over a qualifier phrase ("at least", "an estimated", "approximately").</summary>
    private int QualifierStart(string text, Token[] tokens, int first, ref QuantityQualifier qualifier)
    {
        Span<char> buffer = stackalloc char[64];
        for (int words = Math.Min(_lexicons.MaxQualifierWords, first); words >= 1; words--)
        {
            int length = LowerKey.Write(text, tokens, first - words, words, buffer);
            if (length > 0 && _lexicons.Qualifiers.TryGetValue(buffer[..length], out QuantityQualifier q))
            {
                if (qualifier == QuantityQualifier.Exact)
                {
                    qualifier = q;
                }

                return first - words;
            }
        }

        return first;
    }

    /// <summary>Finds the counted noun after at most <see cref="MaxModifiers"/> modifiers; extends over compounds.</summary>
    private bool TryFindNoun(string text, Token[] tokens, int start, out int nounEnd, out CountNoun noun)
    {
        nounEnd = -1;
        noun = default;
        Span<char> buffer = stackalloc char[96];
        int modifiers = 0;
        for (int t = start; t < tokens.Length && modifiers <= MaxModifiers; t++)
        {
            Token token = tokens[t];
            if (t > start && token.Has(TokenTraits.LineBreakBefore))
            {
                return false;
            }

            if (token.Kind == TokenKind.Punctuation && token.Length == 1 && text[token.Start] == '-' && t > start)
            {
                continue; // inside "long-range"
            }

            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            for (int words = Math.Min(_lexicons.MaxNounWords, tokens.Length - t); words >= 1; words--)
            {
                int length = LowerKey.Write(text, tokens, t, words, buffer);
                if (length > 0 && _lexicons.Nouns.TryGetValue(buffer[..length], out CountNoun found))
                {
                    nounEnd = t + words - 1;
                    noun = found;

                    // Compound: "missile strikes", "rocket attacks".
                    while (nounEnd + 1 < tokens.Length && tokens[nounEnd + 1].Kind == TokenKind.Word && !tokens[nounEnd + 1].Has(TokenTraits.LineBreakBefore))
                    {
                        int l = LowerKey.Write(text, tokens, nounEnd + 1, 1, buffer);
                        // "people dead", "soldiers wounded": a participle after the noun is not a compound head.
                        if (l <= 0 || !_lexicons.Nouns.TryGetValue(buffer[..l], out CountNoun next) || next.Category is QuantityCategory.Killed or QuantityCategory.Injured)
                        {
                            break;
                        }

                        nounEnd++;
                        noun = next;
                    }

                    return true;
                }
            }

            // Not a counted noun: a modifier may stand here, anything else ends the search.
            if (!IsModifier(text, token))
            {
                return false;
            }

            modifiers++;
        }

        return false;
    }

    /// <summary>
    /// A counted noun not in <c>countnouns.tsv</c>: after at most <see cref="MaxModifiers"/> modifiers, a lower-case
    /// plural noun ("two weapons depots" gives depot, the last of a compound), or a known singular noun after "one".
    /// Units of time, money and measure are no counts.
    /// </summary>
    private bool TryFindPlainNoun(string text, Token[] tokens, int start, bool singular, out int nounEnd, [NotNullWhen(true)] out string? lemma)
    {
        nounEnd = -1;
        lemma = null;
        Span<char> lower = stackalloc char[32];
        for (int t = start, modifiers = 0; t < tokens.Length && modifiers <= MaxModifiers; t++)
        {
            Token token = tokens[t];
            if ((t > start && token.Has(TokenTraits.LineBreakBefore)) || token.Kind != TokenKind.Word || token.Length > 32)
            {
                return false;
            }

            int n = token.Length;
            AsciiCase.ToLowerInvariant(token.Slice(text), lower);
            ReadOnlySpan<char> w = lower[..n];
            bool known = _pos.TryGetValue(w, out PartOfSpeech pos);
            // A known verb form right after the number reads as a plural noun there: "two suspects", "three leads".
            bool noun = !token.Has(TokenTraits.Capitalized) && (known ? pos is PartOfSpeech.NOUN || (pos is PartOfSpeech.VERB && t == start && !singular) : IsPluralForm(w))
                && (singular ? !IsPluralForm(w) || known : IsPluralForm(w));
            if (noun && !IsUnit(w))
            {
                nounEnd = t;

                // "weapons depots": a second plural noun is the head of the compound.
                while (nounEnd + 1 < tokens.Length && tokens[nounEnd + 1].Kind == TokenKind.Word && !tokens[nounEnd + 1].Has(TokenTraits.Capitalized | TokenTraits.LineBreakBefore)
                    && tokens[nounEnd + 1].Length <= 32 && !singular)
                {
                    int m = tokens[nounEnd + 1].Length;
                    AsciiCase.ToLowerInvariant(tokens[nounEnd + 1].Slice(text), lower);
                    bool nextKnown = _pos.TryGetValue(lower[..m], out PartOfSpeech nextPos);
                    if (!IsPluralForm(lower[..m]) || (nextKnown && nextPos is not PartOfSpeech.NOUN) || IsUnit(lower[..m]))
                    {
                        break;
                    }

                    nounEnd++;
                }

                int h = tokens[nounEnd].Length;
                AsciiCase.ToLowerInvariant(tokens[nounEnd].Slice(text), lower);
                lemma = singular ? lower[..h].ToString() : Singular(lower[..h]);
                return true;
            }

            if (!IsModifier(text, token))
            {
                return false;
            }

            modifiers++;
        }

        return false;
    }

    private static bool IsPluralForm(ReadOnlySpan<char> w) => w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i');

    /// <summary>A unit of money, measure or time, or another noun that a number does not count.</summary>
    private bool IsUnit(ReadOnlySpan<char> w) => _lexicons.Uncounted.ContainsKey(w) || _dateWords.TryGet(w, out _);

    private static string Singular(ReadOnlySpan<char> w)
    {
        if (w.EndsWith("ies") && w.Length > 4)
        {
            return string.Concat(w[..^3], "y");
        }

        if (w.EndsWith("ches") || w.EndsWith("shes") || w.EndsWith("xes") || w.EndsWith("sses") || w.EndsWith("zes"))
        {
            return w[..^2].ToString();
        }

        return w[..^1].ToString();
    }

    private bool IsModifier(string text, Token token)
    {
        if (token.Has(TokenTraits.Capitalized))
        {
            return true; // "Iraqi", "American", "U.S."
        }

        if (token.Length > 32)
        {
            return false;
        }

        Span<char> lower = stackalloc char[token.Length];
        AsciiCase.ToLowerInvariant(token.Slice(text), lower);
        if (lower is "more" or "additional" or "other" or "further" or "new" or "separate" or "fewer")
        {
            return true;
        }

        if (_pos.TryGetValue(lower, out PartOfSpeech pos))
        {
            return pos is PartOfSpeech.ADJ or PartOfSpeech.ADV or PartOfSpeech.NOUN;
        }

        return !_dateWords.TryGet(lower, out _); // unknown words are usually adjectives ("long-range", "intermittent")
    }

    private bool IsFunctionWord(string text, Token token)
    {
        if (token.Length > 32)
        {
            return false;
        }

        Span<char> lower = stackalloc char[token.Length];
        AsciiCase.ToLowerInvariant(token.Slice(text), lower);
        return _pos.TryGetValue(lower, out PartOfSpeech pos) && pos is not (PartOfSpeech.NOUN or PartOfSpeech.ADJ);
    }

    private static bool SpeaksOfAttacks(string text, Token[] tokens, Sentence sentence)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken && t < tokens.Length; t++)
        {
            ReadOnlySpan<char> word = tokens[t].Slice(text);
            if (word.StartsWith("attack", StringComparison.OrdinalIgnoreCase) || word.StartsWith("strike", StringComparison.OrdinalIgnoreCase)
                || word.Equals("struck", StringComparison.OrdinalIgnoreCase) || word.StartsWith("target", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("shell", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static QuantityCategory AdjustCategory(string text, Token[] tokens, int first, int nounEnd, QuantityCategory category)
    {
        if (category is not (QuantityCategory.Personnel or QuantityCategory.People))
        {
            return category;
        }

        // "have left at least 460 people dead", "killed one Iraqi soldier", "14 wounded soldiers".
        for (int t = Math.Max(0, first - 3); t <= Math.Min(tokens.Length - 1, nounEnd + 1); t++)
        {
            ReadOnlySpan<char> word = tokens[t].Slice(text);
            if (t >= first && t <= nounEnd && t != nounEnd && !(word is "dead" or "killed" or "wounded" or "injured"))
            {
                continue;
            }

            if (word is "killed" or "kill" or "kills" or "killing" or "dead" or "died")
            {
                return QuantityCategory.Killed;
            }

            if (word is "wounded" or "injured" or "wounding" or "injuring")
            {
                return QuantityCategory.Injured;
            }
        }

        return category;
    }

    /// <summary>Numbers of dates ("June 18", "18 June"), years, times, ages, money, percentages, "No. 2", ordinals.</summary>
    private bool IsDateOrExcluded(string text, Token[] tokens, ParsedNumber number)
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

    /// <summary>Parses a number starting at token <paramref name="t"/>: digits (with a scale word), number words, vague plurals.</summary>
    private bool TryParseNumber(string text, Token[] tokens, int t, out ParsedNumber number)
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
            return false; // "half", "quarter"
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

    private bool TryWord(string text, Token token, out NumberWord word)
    {
        word = default;
        if (token.Kind != TokenKind.Word || token.Length > 16)
        {
            return false;
        }

        Span<char> lower = stackalloc char[token.Length];
        AsciiCase.ToLowerInvariant(token.Slice(text), lower);
        return _lexicons.Numbers.TryGetValue(lower, out word);
    }
}
