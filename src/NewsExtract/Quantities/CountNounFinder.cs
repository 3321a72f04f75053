using System.Diagnostics.CodeAnalysis;
using NewsExtract.Dates;
using NewsExtract.Lexicons;

namespace NewsExtract.Quantities;

/// <summary>
/// Finds the counted noun after a number by reading the tokens: the first noun of <c>countlemmas.tsv</c> (every form of each lemma) after at
/// most five modifiers (adjectives, adverbs, nationality words, hyphenated compounds), extended over a compound
/// ("missile strikes"); failing that, a plain lower-case plural noun ("two weapons depots").
/// </summary>
internal sealed class CountNounFinder
{
    private const int MaxModifiers = 5;
    private readonly QuantityLexicons _lexicons;
    private readonly DateWords _dateWords;
    private readonly SpanMap<PartOfSpeech> _pos;

    public CountNounFinder(QuantityLexicons lexicons, DateWords dateWords, SpanMap<PartOfSpeech> pos)
    {
        _lexicons = lexicons;
        _dateWords = dateWords;
        _pos = pos;
    }

    /// <summary>Finds the counted noun after at most <see cref="MaxModifiers"/> modifiers; extends over compounds.</summary>
    public bool TryFindNoun(string text, Token[] tokens, int start, out int nounEnd, out CountNoun noun)
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
    /// A counted noun not in <c>countlemmas.tsv</c> (every form of each lemma): after at most <see cref="MaxModifiers"/> modifiers, a lower-case
    /// plural noun ("two weapons depots" gives depot, the last of a compound), or a known singular noun after "one".
    /// Units of time, money and measure are no counts.
    /// </summary>
    public bool TryFindPlainNoun(string text, Token[] tokens, int start, bool singular, out int nounEnd, [NotNullWhen(true)] out string? lemma)
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

    public static bool IsPluralForm(ReadOnlySpan<char> w) => w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i');

    /// <summary>A unit of money, measure or time, or another noun that a number does not count.</summary>
    public bool IsUnit(ReadOnlySpan<char> w) => _lexicons.Uncounted.ContainsKey(w) || _dateWords.TryGet(w, out _);

    public static string Singular(ReadOnlySpan<char> w)
    {
        if (w.EndsWith("men") && w.Length > 4)
        {
            return string.Concat(w[..^3], "man"); // "servicemen", "gunmen"
        }

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

    public bool IsModifier(string text, Token token)
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

    public bool IsFunctionWord(string text, Token token)
    {
        if (token.Length > 32)
        {
            return false;
        }

        Span<char> lower = stackalloc char[token.Length];
        AsciiCase.ToLowerInvariant(token.Slice(text), lower);
        return _pos.TryGetValue(lower, out PartOfSpeech pos) && pos is not (PartOfSpeech.NOUN or PartOfSpeech.ADJ);
    }
}
