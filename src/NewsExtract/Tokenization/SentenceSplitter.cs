using NewsExtract.Lexicons;

namespace NewsExtract.Tokenization;

/// <summary>
/// Groups tokens into sentences.
/// </summary>
/// <remarks>
/// Reads: tokens and zones. Writes: <see cref="Sentence"/> values.
/// A sentence ends
/// <list type="bullet">
/// <item>at a paragraph break, and at a line break between two zones (so headings, bullets and captions stand
/// alone even without final punctuation); a line break inside a body paragraph is not a break;</item>
/// <item>after <c>. ! ?</c> (with any closing quotes, brackets and footnote markers after them) when the next token
/// starts a sentence: a capitalised word, a number, an opening quote or a bullet;</item>
/// <item>not after a title abbreviation ("Gen.") or an initial ("J."); after another abbreviation ("U.S.") only when
/// the next word is a function word ("The", "It", "But");</item>
/// <item>not after a closing quote that ends in final punctuation when a short speech tail follows
/// (<c>…quiet." Jeffrey said.</c>), so the attribution stays with its quote.</item>
/// </list>
/// </remarks>
internal sealed class SentenceSplitter
{
    private const int MaxSpeechTail = 6;
    private readonly SpanMap<AbbreviationKind> _abbreviations;
    private readonly SpanMap<byte> _functionWords;
    private readonly SpanMap<byte> _speechVerbs;

    /// <param name="abbreviations">Abbreviations and how they behave.</param>
    /// <param name="functionWords">Lower-case words that start sentences but are not names ("the", "it", "but").</param>
    /// <param name="speechVerbs">Lower-case speech verbs ("said", "told", "added").</param>
    public SentenceSplitter(SpanMap<AbbreviationKind> abbreviations, SpanMap<byte> functionWords, SpanMap<byte> speechVerbs)
    {
        _abbreviations = abbreviations;
        _functionWords = functionWords;
        _speechVerbs = speechVerbs;
    }

    public Sentence[] Split(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Zone> zones)
    {
        if (tokens.IsEmpty)
        {
            return [];
        }

        var sentences = new PooledList<Sentence>(Math.Max(4, tokens.Length / 20));
        try
        {
            int start = 0;
            int zoneIndex = ZoneIndex(zones, tokens[0].Start, 0);
            for (int t = 1; t < tokens.Length; t++)
            {
                int z = ZoneIndex(zones, tokens[t].Start, zoneIndex);
                bool zoneChange = z != zoneIndex;
                zoneIndex = z;
                if (IsBoundary(text, tokens, t, zoneChange))
                {
                    Add(ref sentences, tokens, start, t, zones);
                    start = t;
                }
            }

            Add(ref sentences, tokens, start, tokens.Length, zones);
            return sentences.ToArray();
        }
        finally
        {
            sentences.Dispose();
        }
    }

    private static void Add(ref PooledList<Sentence> sentences, ReadOnlySpan<Token> tokens, int first, int end, ReadOnlySpan<Zone> zones)
    {
        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        sentences.Add(new Sentence(span, first, end - first, ZoneLookup.At(zones, span.Start)));
    }

    /// <summary>Index of the zone holding <paramref name="offset"/>, scanning forward from <paramref name="from"/>; -1 between zones.</summary>
    private static int ZoneIndex(ReadOnlySpan<Zone> zones, int offset, int from)
    {
        for (int z = Math.Max(0, from); z < zones.Length; z++)
        {
            if (offset < zones[z].Span.Start)
            {
                return -1 - z;
            }

            if (offset < zones[z].Span.End)
            {
                return z;
            }
        }

        return -1 - zones.Length;
    }

    private bool IsBoundary(string text, ReadOnlySpan<Token> tokens, int t, bool zoneChange)
    {
        Token next = tokens[t];
        if (next.Has(TokenTraits.ParagraphBefore) || (next.Has(TokenTraits.LineBreakBefore) && zoneChange))
        {
            return true;
        }

        if (next.Kind == TokenKind.Footnote || next.Has(TokenTraits.CloseQuote) || next.Kind is TokenKind.Clitic)
        {
            return false;
        }

        // Step back over closing quotes, closing brackets and footnote markers to the final punctuation. Bounded: a run
        // of thousands of ')' would otherwise be walked again from every token in it (quadratic; issue 13).
        int p = t - 1;
        bool quoteClosed = false;
        while (p >= 0 && t - p <= MaxClosers && (tokens[p].Kind == TokenKind.Footnote || tokens[p].Has(TokenTraits.CloseQuote) || IsClosingBracket(text, tokens[p])))
        {
            quoteClosed |= tokens[p].Has(TokenTraits.CloseQuote);
            p--;
        }

        if (p < 0 || t - p > MaxClosers)
        {
            return false;
        }

        Token end = tokens[p];
        bool abbreviation = false;
        if (end.Kind == TokenKind.Punctuation)
        {
            char c = text[end.Start];
            if (c is not ('.' or '!' or '?') || end.Length > 1)
            {
                return false;
            }
        }
        else if (end.Has(TokenTraits.Abbreviation))
        {
            abbreviation = true;
        }
        else
        {
            return false;
        }

        if (!StartsSentence(text, next))
        {
            return false;
        }

        if (abbreviation && !AbbreviationEnds(text, end, next))
        {
            return false;
        }

        return !(quoteClosed && IsSpeechTail(text, tokens, t));
    }

    /// <summary>The most closing quotes, brackets and footnote markers looked through after a full stop.</summary>
    private const int MaxClosers = 16;

    private static bool IsClosingBracket(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && text[token.Start] is ')' or ']' or '}';

    private static bool StartsSentence(string text, Token next)
    {
        if (next.Kind is TokenKind.Number or TokenKind.Bullet || next.Has(TokenTraits.OpenQuote))
        {
            return true;
        }

        if (next.Kind == TokenKind.Punctuation && text[next.Start] is '(' or '[' or '\u2014' or '\u2013' or '-')
        {
            return true;
        }

        return next.Has(TokenTraits.Capitalized) || next.Kind is TokenKind.Url or TokenKind.Hashtag or TokenKind.Ordinal;
    }

    private bool AbbreviationEnds(string text, Token abbreviation, Token next)
    {
        ReadOnlySpan<char> word = text.AsSpan(abbreviation.Start, abbreviation.Length - 1);
        if (word.Length == 1)
        {
            return false; // an initial
        }

        if (_abbreviations.TryGetValue(word, out AbbreviationKind kind) && kind is AbbreviationKind.Title or AbbreviationKind.NumberPrefix)
        {
            return false;
        }

        if (kind == AbbreviationKind.Date && next.Kind == TokenKind.Number)
        {
            return false;
        }

        // "in the U.S. The group…" ends; "the U.S. Embassy" does not.
        return next.Kind == TokenKind.Word && IsFunctionWord(next.Slice(text));
    }

    private bool IsFunctionWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 24)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _functionWords.ContainsKey(lower);
    }

    /// <summary>Whether the tokens from <paramref name="t"/> are a short speech tail ending the sentence: "Jeffrey said."</summary>
    private bool IsSpeechTail(string text, ReadOnlySpan<Token> tokens, int t)
    {
        int limit = Math.Min(tokens.Length, t + MaxSpeechTail + 1);
        Span<char> lower = stackalloc char[24];
        for (int k = t; k < limit; k++)
        {
            Token tok = tokens[k];
            if (k > t && tok.Has(TokenTraits.LineBreakBefore))
            {
                return false;
            }

            if (tok.Kind == TokenKind.Word && tok.Length <= 24)
            {
                int length = tok.Slice(text).ToLowerInvariant(lower);
                if (_speechVerbs.ContainsKey(lower[..length]))
                {
                    return true;
                }
            }

            if (tok.Kind == TokenKind.Punctuation && text[tok.Start] is '.' or '!' or '?')
            {
                return false;
            }
        }

        return false;
    }
}
