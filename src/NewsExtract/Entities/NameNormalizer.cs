using NewsExtract.Tokenization;

namespace NewsExtract.Entities;

/// <summary>
/// One normalized word of a name, pointing back at the document tokens it came from.
/// </summary>
/// <param name="FirstToken">The first token it covers (an Arabic article "al-" before it is included).</param>
/// <param name="LastToken">The last token it covers.</param>
/// <param name="Start">Offset of its normalized form in the unit buffer.</param>
/// <param name="End">End of its normalized form in the unit buffer.</param>
internal readonly record struct NameUnit(int FirstToken, int LastToken, int Start, int End);

/// <summary>
/// Turns tokens into the normalized word sequence that gazetteer aliases are matched against, so that spelling
/// variants meet: letter case, apostrophes (<c>' ’ ʿ ʾ</c>), periods in abbreviations, common Latin diacritics,
/// hyphen versus space, and the Arabic article (<c>al-</c>, <c>Al </c>, <c>el-</c>, <c>ash-</c> …) are ignored.
/// </summary>
/// <remarks>
/// Units are written into one character buffer separated by a space, and a <c>|</c> is written wherever a token
/// that cannot be inside a name (a comma, a quotation mark, a clitic, a line break) stands between them. The key
/// for units <c>i..j</c> is then one contiguous slice of the buffer, looked up without allocating.
/// </remarks>
internal static class NameNormalizer
{
    public const char Barrier = '|';

    public static void Build(string text, ReadOnlySpan<Token> tokens, List<NameUnit> units, ref char[] buffer, out int length)
    {
        units.Clear();
        length = 0;
        int pendingArticle = -1;
        bool barrier = false;
        for (int t = 0; t < tokens.Length; t++)
        {
            Token token = tokens[t];
            if (token.Has(TokenTraits.LineBreakBefore) && t > 0)
            {
                barrier = true;
            }

            if (!IsUnitToken(text, token))
            {
                if (IsJoiner(text, tokens, t))
                {
                    continue;
                }

                barrier = true;
                pendingArticle = -1;
                continue;
            }

            ReadOnlySpan<char> word = token.Slice(text);
            if (IsArticle(word, text, tokens, t))
            {
                pendingArticle = pendingArticle < 0 ? t : pendingArticle;
                continue;
            }

            EnsureCapacity(ref buffer, length + word.Length + 2);
            if (units.Count > 0)
            {
                buffer[length++] = barrier ? Barrier : ' ';
            }

            int start = length;
            length += Normalize(word, buffer.AsSpan(length));
            if (length == start)
            {
                buffer[length++] = '_';
            }

            units.Add(new NameUnit(pendingArticle >= 0 ? pendingArticle : t, t, start, length));
            pendingArticle = -1;
            barrier = false;
        }
    }

    /// <summary>Normalizes a whole alias string the same way, for building the gazetteer's keys.</summary>
    public static string NormalizeAlias(string alias, Tokenizer tokenizer, out string[] words)
    {
        Token[] tokens = tokenizer.Tokenize(alias);
        var units = new List<NameUnit>();
        char[] buffer = new char[alias.Length * 2 + 8];
        Build(alias, tokens, units, ref buffer, out int length);
        words = units.Select(u => alias[tokens[u.LastToken].Start..tokens[u.LastToken].End]).ToArray();
        return new string(buffer, 0, length);
    }

    /// <summary>Writes the normalized form of one word; returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> destination)
    {
        int k = 0;
        foreach (char c in word)
        {
            if (c is '.' || Tokenizer.IsApostrophe(c) || c is '\u02BF' or '\u02BE' || InvisibleChars.Is(c))
            {
                continue;
            }

            if (c < '\u0080')
            {
                destination[k++] = char.ToLowerInvariant(c);
                continue;
            }

            char folded = Fold(c);
            if (folded != '\0')
            {
                destination[k++] = folded;
            }
        }

        return k;
    }

    private static char Fold(char c)
    {
        if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
        {
            return '\0';
        }

        char lower = char.ToLowerInvariant(c);
        return lower switch
        {
            '\u00E0' or '\u00E1' or '\u00E2' or '\u00E3' or '\u00E4' or '\u00E5' or '\u0101' or '\u0103' or '\u0105' => 'a',
            '\u00E7' or '\u0107' or '\u010D' => 'c',
            '\u010F' or '\u1E0D' => 'd',
            '\u00E8' or '\u00E9' or '\u00EA' or '\u00EB' or '\u0113' or '\u0117' or '\u0119' or '\u011B' => 'e',
            '\u011F' => 'g',
            '\u1E25' or '\u1E2B' => 'h',
            '\u00EC' or '\u00ED' or '\u00EE' or '\u00EF' or '\u012B' or '\u0131' => 'i',
            '\u00F1' or '\u0144' or '\u0148' => 'n',
            '\u00F2' or '\u00F3' or '\u00F4' or '\u00F5' or '\u00F6' or '\u00F8' or '\u014D' => 'o',
            '\u0159' => 'r',
            '\u015B' or '\u0161' or '\u015F' or '\u1E63' => 's',
            '\u0165' or '\u1E6D' or '\u0163' => 't',
            '\u00F9' or '\u00FA' or '\u00FB' or '\u00FC' or '\u016B' or '\u016F' => 'u',
            '\u00FD' or '\u00FF' => 'y',
            '\u017A' or '\u017C' or '\u017E' or '\u1E93' => 'z',
            _ => lower,
        };
    }

    private static bool IsUnitToken(string text, Token token) => token.Kind switch
    {
        TokenKind.Word or TokenKind.Number or TokenKind.Ordinal => true,
        TokenKind.Symbol => token.Length == 1 && text[token.Start] is '&' or '+',
        _ => false,
    };

    /// <summary>A hyphen or slash joined to words on both sides ("Al-Asad", "IRGC-QF") does not break a name.</summary>
    private static bool IsJoiner(string text, ReadOnlySpan<Token> tokens, int t)
    {
        Token token = tokens[t];
        if (token.Kind != TokenKind.Punctuation || token.Length != 1 || text[token.Start] is not ('-' or '\u2010' or '\u2011'))
        {
            return false;
        }

        return t > 0 && t + 1 < tokens.Length && tokens[t - 1].End == token.Start && tokens[t + 1].Start == token.End;
    }

    /// <summary>"al", "el" (any case) before a word; "ad", "ar", "as", "ash", "at", "az", "an" only when hyphen-joined.</summary>
    private static bool IsArticle(ReadOnlySpan<char> word, string text, ReadOnlySpan<Token> tokens, int t)
    {
        if (word.Length is < 2 or > 3 || t + 1 >= tokens.Length)
        {
            return false;
        }

        bool hyphenJoined = t + 2 < tokens.Length && IsJoiner(text, tokens, t + 1) && char.IsLetter(text[tokens[t + 2].Start]);
        if (word.Equals("al", StringComparison.OrdinalIgnoreCase) || word.Equals("el", StringComparison.OrdinalIgnoreCase))
        {
            if (hyphenJoined)
            {
                return true;
            }

            Token next = tokens[t + 1];
            return next.Kind == TokenKind.Word && next.Has(TokenTraits.Capitalized) && !next.Has(TokenTraits.LineBreakBefore);
        }

        return hyphenJoined && word.Length >= 2 && char.IsLower(word[0])
            && (word is "ad" or "ar" or "as" or "ash" or "at" or "az" or "an" or "ud" or "ur");
    }

    private static void EnsureCapacity(ref char[] buffer, int needed)
    {
        if (buffer.Length < needed)
        {
            Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
        }
    }
}
