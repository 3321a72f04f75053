using NewsExtract.Lexicons;

namespace NewsExtract.Tokenization;

/// <summary>How an abbreviation behaves at a sentence boundary.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>May end a sentence ("etc.", "Inc.", "U.S.").</summary>
    Other,
    /// <summary>Stands before a name and never ends a sentence ("Gen.", "Mr.").</summary>
    Title,
    /// <summary>A month or weekday ("Jan.", "Sept.").</summary>
    Date,
    /// <summary>Only an abbreviation before a number ("No. 2").</summary>
    NumberPrefix,
}

/// <summary>
/// Splits text into tokens in one linear pass over its characters.
/// </summary>
/// <remarks>
/// Reads: the text. Writes: <see cref="Token"/> values with kinds and flags.
/// <list type="bullet">
/// <item>White space of every kind (U+00A0, tabs, CR, CRLF, U+2028, zero-width spaces) separates tokens and is
/// recorded as <see cref="TokenTraits.SpaceBefore"/>, <see cref="TokenTraits.LineBreakBefore"/> and
/// <see cref="TokenTraits.ParagraphBefore"/> on the next token. The first token counts as starting a paragraph.</item>
/// <item>Hyphens split words ("Iran-backed" gives Iran, -, backed) with no space flag on either side, so that names
/// inside hyphenated modifiers stay visible to later layers.</item>
/// <item>Apostrophes between letters stay inside the word ("Kata'ib", "Asa’ib"); clitics split off ("Iran’s" gives
/// Iran, ’s).</item>
/// <item>Abbreviations keep their period: a listed abbreviation ("Gen.", "Jan."), an initial ("J."), or a run of
/// letters and periods ("U.S.", "e.g.").</item>
/// <item>Quotation marks are told from apostrophes by their neighbours and get an open or close flag.</item>
/// </list>
/// No regular expression is used; every character is looked at a bounded number of times.
/// </remarks>
internal sealed partial class Tokenizer
{
    private readonly SpanMap<AbbreviationKind> _abbreviations;

    public Tokenizer(SpanMap<AbbreviationKind> abbreviations)
    {
        _abbreviations = abbreviations;
    }

    public Token[] Tokenize(string text)
    {
        var list = new PooledList<Token>(Math.Max(16, text.Length / 5));
        try
        {
            Tokenize(text, ref list);
            return list.ToArray();
        }
        finally
        {
            list.Dispose();
        }
    }

    public void Tokenize(string text, ref PooledList<Token> output)
    {
        var state = new State(text);
        int n = text.Length;
        int i = 0;
        TokenTraits pending = TokenTraits.LineBreakBefore | TokenTraits.ParagraphBefore;
        int lineBreaks = 2;
        bool anyToken = false;

        while (i < n)
        {
            char c = text[i];
            if (IsSpace(c))
            {
                pending |= TokenTraits.SpaceBefore;
                if (c == '\n' || c == '\u2028' || c == '\u0085' || c == '\f' || c == '\v' || (c == '\r' && (i + 1 >= n || text[i + 1] != '\n')))
                {
                    lineBreaks++;
                    pending |= TokenTraits.LineBreakBefore;
                    if (lineBreaks >= 2)
                    {
                        pending |= TokenTraits.ParagraphBefore;
                    }
                }
                else if (c == '\u2029')
                {
                    lineBreaks = 2;
                    pending |= TokenTraits.LineBreakBefore | TokenTraits.ParagraphBefore;
                }

                i++;
                continue;
            }

            if (!anyToken)
            {
                pending |= TokenTraits.LineBreakBefore | TokenTraits.ParagraphBefore;
                anyToken = true;
            }

            if ((pending & TokenTraits.ParagraphBefore) != 0)
            {
                state.OpenDouble = 0;
                state.OpenSingle = 0;
            }

            int before = output.Count;
            i = ReadToken(ref state, i, pending, ref output);
            if (output.Count > before)
            {
                pending = TokenTraits.None;
                lineBreaks = 0;
            }
        }
    }

    private struct State(string text)
    {
        public readonly string Text = text;
        public int OpenDouble;
        public int OpenSingle;
        public int NoEmailBefore;
    }

    private int ReadToken(ref State s, int i, TokenTraits flags, ref PooledList<Token> output)
    {
        string text = s.Text;
        int n = text.Length;
        char c = text[i];

        if (IsWordStart(text, i))
        {
            if (StartsUrl(text, i))
            {
                int end = ScanUrl(text, i);
                EmitChunked(output: ref output, text, i, end, TokenKind.Url, flags);
                return end;
            }

            return ReadWord(ref s, i, flags, ref output);
        }

        // Superscript footnote markers: "for now.⁶ We assess".
        if (IsSuperscriptDigit(c))
        {
            int end = i + 1;
            while (end < n && end - i < 4 && IsSuperscriptDigit(text[end]))
            {
                end++;
            }

            output.Add(new Token(i, end - i, TokenKind.Footnote, flags));
            return end;
        }

        switch (c)
        {
            case '[':
                {
                    int end = ScanFootnote(text, i);
                    if (end > i)
                    {
                        output.Add(new Token(i, end - i, TokenKind.Footnote, flags));
                        return end;
                    }

                    break;
                }

            case '#':
            case '@':
                if (i + 1 < n && char.IsLetter(text[i + 1]))
                {
                    int end = i + 1;
                    while (end < n && (IsWordChar(text[end]) || text[end] == '_'))
                    {
                        end++;
                    }

                    EmitChunked(ref output, text, i, end, TokenKind.Hashtag, flags);
                    return end;
                }

                break;

            case '.':
                if (i + 2 < n && text[i + 1] == '.' && text[i + 2] == '.')
                {
                    int end = i + 3;
                    while (end < n && text[end] == '.')
                    {
                        end++;
                    }

                    EmitChunked(ref output, text, i, end, TokenKind.Punctuation, flags);
                    return end;
                }

                break;

            case '-':
                if (i + 1 < n && text[i + 1] == '-')
                {
                    int end = i + 2;
                    while (end < n && text[end] == '-')
                    {
                        end++;
                    }

                    EmitChunked(ref output, text, i, end, TokenKind.Punctuation, flags);
                    return end;
                }

                break;
        }

        if (IsQuoteChar(c))
        {
            return ReadQuote(ref s, i, flags, ref output);
        }

        if (IsBullet(c))
        {
            output.Add(new Token(i, 1, TokenKind.Bullet, flags));
            return i + 1;
        }

        if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
        {
            int end = i + 2;
            while (end < n)
            {
                char e = text[end];
                if (e == '\u200D' && end + 2 < n && char.IsHighSurrogate(text[end + 1]) && char.IsLowSurrogate(text[end + 2]))
                {
                    end += 3;
                }
                else if (e is >= '\uFE00' and <= '\uFE0F')
                {
                    end++;
                }
                else
                {
                    break;
                }
            }

            EmitChunked(ref output, text, i, end, TokenKind.Symbol, flags);
            return end;
        }

        TokenKind kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        output.Add(new Token(i, 1, kind, flags));
        return i + 1;
    }

    private int ReadWord(ref State s, int i, TokenTraits flags, ref PooledList<Token> output)
    {
        string text = s.Text;
        int n = text.Length;

        if (i >= s.NoEmailBefore)
        {
            int emailEnd = TryScanEmail(text, i, out int scanned);
            if (emailEnd > i)
            {
                EmitChunked(ref output, text, i, emailEnd, TokenKind.Email, flags);
                return emailEnd;
            }

            // No '@' in this run: no later start inside it can be an e-mail either (keeps the scan linear).
            s.NoEmailBefore = scanned;
        }

        int j = i;
        bool allDigits = true;
        int clitic = -1;
        while (true)
        {
            while (j < n && IsWordChar(text[j]))
            {
                allDigits &= char.IsAsciiDigit(text[j]);
                j++;
            }

            if (j >= n || j - i >= Token.MaxLength)
            {
                break;
            }

            // "Kata\u200Bib Hezbollah": a zero-width space, word joiner or bidi control between two word characters
            // is part of the word, not a break (issue 13: one U+200B in a name dropped most of an article's statements).
            if (InvisibleChars.Is(text[j]))
            {
                int k = j;
                while (k < n && k - i < Token.MaxLength && InvisibleChars.Is(text[k]))
                {
                    k++;
                }

                if (k < n && k - i < Token.MaxLength && IsWordChar(text[k]))
                {
                    allDigits = false;
                    j = k;
                    continue;
                }
            }

            char ch = text[j];
            if (IsApostrophe(ch) && j + 1 < n && char.IsLetter(text[j + 1]) && j > i && char.IsLetter(text[j - 1]))
            {
                int cl = CliticStart(text, j);
                if (cl >= 0)
                {
                    clitic = cl;
                    j = cl;
                    break;
                }

                allDigits = false;
                j++;
                continue;
            }

            if (allDigits && j + 1 < n && char.IsAsciiDigit(text[j + 1]))
            {
                if (ch == ',' && IsThousandsGroup(text, j + 1))
                {
                    j += 4;
                    continue;
                }

                if (ch == '.' || (ch == ':' && j + 2 < n && char.IsAsciiDigit(text[j + 2])))
                {
                    j++;
                    continue;
                }
            }

            break;
        }

        if (clitic >= 0)
        {
            // "n't" starts one letter before the apostrophe: "don't" gives do, n't.
            EmitWord(ref output, text, i, clitic, allDigits, flags);
            int end = clitic;
            while (end < n && (IsApostrophe(text[end]) || char.IsLetter(text[end])))
            {
                end++;
            }

            output.Add(new Token(clitic, end - clitic, TokenKind.Clitic, TokenTraits.None));
            return end;
        }

        // Abbreviations keep their period: "U.S.", "e.g.", "Gen.", "J.".
        if (j < n && text[j] == '.' && !allDigits)
        {
            int abbrevEnd = ScanLetterPeriods(text, i, j);
            if (abbrevEnd > j)
            {
                EmitWord(ref output, text, i, abbrevEnd, false, flags | TokenTraits.Abbreviation);
                return abbrevEnd;
            }

            if (IsAbbreviation(text, i, j))
            {
                EmitWord(ref output, text, i, j + 1, false, flags | TokenTraits.Abbreviation);
                return j + 1;
            }
        }

        EmitWord(ref output, text, i, j, allDigits, flags);
        return j;
    }

    private bool IsAbbreviation(string text, int start, int periodAt)
    {
        ReadOnlySpan<char> word = text.AsSpan(start, periodAt - start);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "J. Jeffrey"
        }

        if (!_abbreviations.TryGetValue(word, out AbbreviationKind kind))
        {
            return false;
        }

        if (kind == AbbreviationKind.NumberPrefix)
        {
            int k = periodAt + 1;
            while (k < text.Length && text[k] is ' ' or '\u00A0')
            {
                k++;
            }

            return k < text.Length && char.IsAsciiDigit(text[k]);
        }

        return true;
    }

    /// <summary>"U.S.", "U.S.A.", "e.g.", "a.m.": single letters each followed by a period.</summary>
    private static int ScanLetterPeriods(string text, int start, int periodAt)
    {
        if (periodAt - start != 1)
        {
            return -1;
        }

        int n = text.Length;
        int k = periodAt;
        int pairs = 1;
        while (k + 2 < n && text[k] == '.' && char.IsLetter(text[k + 1]) && text[k + 2] == '.')
        {
            k += 2;
            pairs++;
        }

        if (pairs >= 2)
        {
            return k + 1;
        }

        // "U.S" without its final period: letter, period, letter, then no further letter.
        if (k + 1 < n && text[k] == '.' && char.IsUpper(text[k - 1]) && char.IsUpper(text[k + 1]) && (k + 2 >= n || !char.IsLetterOrDigit(text[k + 2])))
        {
            return k + 2;
        }

        return -1;
    }

    private static void EmitWord(ref PooledList<Token> output, string text, int start, int end, bool allDigits, TokenTraits flags)
    {
        if (end <= start)
        {
            return;
        }

        TokenKind kind = TokenKind.Word;
        if (allDigits)
        {
            kind = TokenKind.Number;
        }
        else if (char.IsAsciiDigit(text[start]))
        {
            kind = ClassifyDigitWord(text.AsSpan(start, end - start));
        }

        flags |= CaseFlags(text.AsSpan(start, end - start));
        EmitChunked(ref output, text, start, end, kind, flags);
    }

    /// <summary>"11th" is an ordinal; "1990s" and "2,500" are numbers; "3D" is a word.</summary>
    private static TokenKind ClassifyDigitWord(ReadOnlySpan<char> word)
    {
        int k = 0;
        while (k < word.Length && (char.IsAsciiDigit(word[k]) || word[k] is ',' or '.' or ':'))
        {
            k++;
        }

        ReadOnlySpan<char> suffix = word[k..];
        if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
        {
            return TokenKind.Ordinal;
        }

        return suffix is "s" ? TokenKind.Number : TokenKind.Word;
    }

    private static TokenTraits CaseFlags(ReadOnlySpan<char> word)
    {
        TokenTraits flags = char.IsUpper(word[0]) ? TokenTraits.Capitalized : TokenTraits.None;
        int letters = 0;
        foreach (char ch in word)
        {
            if (char.IsLetter(ch))
            {
                if (!char.IsUpper(ch))
                {
                    return flags;
                }

                letters++;
            }
        }

        return letters >= 2 ? flags | TokenTraits.AllCaps : flags;
    }

    private static bool IsThousandsGroup(string text, int k)
    {
        return k + 2 < text.Length && char.IsAsciiDigit(text[k]) && char.IsAsciiDigit(text[k + 1]) && char.IsAsciiDigit(text[k + 2])
            && (k + 3 >= text.Length || !char.IsAsciiDigit(text[k + 3]));
    }

    /// <summary>Returns where a clitic starts if the apostrophe at <paramref name="apostrophe"/> begins one, else -1.</summary>
    private static int CliticStart(string text, int apostrophe)
    {
        int k = apostrophe + 1;
        int n = text.Length;
        int letters = 0;
        while (k < n && char.IsLetter(text[k]) && letters < 3)
        {
            k++;
            letters++;
        }

        if (k < n && char.IsLetter(text[k]))
        {
            return -1;
        }

        ReadOnlySpan<char> suffix = text.AsSpan(apostrophe + 1, letters);
        if (suffix.Equals("s", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase) || suffix.Equals("re", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("m", StringComparison.OrdinalIgnoreCase) || (suffix is "d" && char.IsLower(text[apostrophe - 1])))
        {
            return apostrophe;
        }

        if (suffix.Equals("t", StringComparison.OrdinalIgnoreCase) && (text[apostrophe - 1] is 'n' or 'N') && apostrophe - 2 >= 0 && char.IsLetter(text[apostrophe - 2]))
        {
            return apostrophe - 1;
        }

        return -1;
    }

    private static int ReadQuote(ref State s, int i, TokenTraits flags, ref PooledList<Token> output)
    {
        string text = s.Text;
        char c = text[i];
        bool single = c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A' or '`';
        bool leftFlank = i == 0 || IsSpace(text[i - 1]) || IsOpener(text[i - 1]);
        bool rightFlank = i + 1 >= text.Length || IsSpace(text[i + 1]) || IsCloserContext(text[i + 1]);

        // Plural possessive: "forces’ positions" when no single quote is open.
        if (single && c is '\'' or '\u2019' && !leftFlank && rightFlank && s.OpenSingle == 0
            && i > 0 && text[i - 1] is 's' or 'S' && output.Count > 0 && output[output.Count - 1].End == i && output[output.Count - 1].Kind == TokenKind.Word)
        {
            output.Add(new Token(i, 1, TokenKind.Clitic, flags));
            return i + 1;
        }

        bool open;
        if (leftFlank && !rightFlank)
        {
            open = true;
        }
        else if (rightFlank && !leftFlank)
        {
            open = false;
        }
        else
        {
            open = c switch
            {
                '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '\u2039' or '\u201B' or '\u201F' => true,
                '\u201D' or '\u2019' or '\u00BB' or '\u203A' => false,
                _ => single ? s.OpenSingle == 0 : s.OpenDouble == 0,
            };
        }

        if (single)
        {
            s.OpenSingle = open ? s.OpenSingle + 1 : Math.Max(0, s.OpenSingle - 1);
        }
        else
        {
            s.OpenDouble = open ? s.OpenDouble + 1 : Math.Max(0, s.OpenDouble - 1);
        }

        output.Add(new Token(i, 1, TokenKind.Quote, flags | (open ? TokenTraits.OpenQuote : TokenTraits.CloseQuote)));
        return i + 1;
    }
}
