namespace NewsExtract.Tokenization;

/// <summary>
/// The tokenizer's scanners for runs that are one token whatever their characters: footnote markers ("[12]",
/// superscript digits), URLs and e-mail addresses; and runs longer than a token may be, cut into several.
/// </summary>
internal sealed partial class Tokenizer
{
    private static bool IsSuperscriptDigit(char c) => c is '\u00B9' or '\u00B2' or '\u00B3' or '\u2070' or (>= '\u2074' and <= '\u2079');

    private static int ScanFootnote(string text, int i)
    {
        int k = i + 1;
        int digits = 0;
        while (k < text.Length && char.IsAsciiDigit(text[k]) && digits < 4)
        {
            k++;
            digits++;
        }

        return digits > 0 && k < text.Length && text[k] == ']' ? k + 1 : -1;
    }

    private static bool StartsUrl(string text, int i)
    {
        ReadOnlySpan<char> rest = text.AsSpan(i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]));
    }

    private static int ScanUrl(string text, int i)
    {
        int k = i;
        while (k < text.Length && !IsSpace(text[k]) && text[k] is not ('<' or '>' or '"' or '\u201C' or '\u201D'))
        {
            k++;
        }

        while (k > i + 1 && text[k - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '\u2019')
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// Scans the run of e-mail characters from <paramref name="i"/>; returns its end if it is an address, else -1.
    /// <paramref name="scanned"/> is where the run without '@' ended, so the caller can skip later starts inside it.
    /// </summary>
    private static int TryScanEmail(string text, int i, out int scanned)
    {
        int k = i;
        int n = text.Length;
        while (k < n && (char.IsAsciiLetterOrDigit(text[k]) || text[k] is '.' or '_' or '%' or '+' or '-'))
        {
            k++;
        }

        scanned = k;
        if (k >= n || text[k] != '@' || k == i)
        {
            return -1;
        }

        int domainStart = k + 1;
        int d = domainStart;
        int lastDot = -1;
        while (d < n && (char.IsAsciiLetterOrDigit(text[d]) || text[d] is '.' or '-'))
        {
            if (text[d] == '.')
            {
                lastDot = d;
            }

            d++;
        }

        while (d > domainStart && text[d - 1] is '.' or '-')
        {
            d--;
        }

        scanned = d;
        return lastDot > domainStart && lastDot < d - 1 ? d : -1;
    }

    private static void EmitChunked(ref PooledList<Token> output, string text, int start, int end, TokenKind kind, TokenTraits flags)
    {
        while (end - start > Token.MaxLength)
        {
            int cut = start + Token.MaxLength;
            if (char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            output.Add(new Token(start, cut - start, kind, flags));
            flags &= ~(TokenTraits.SpaceBefore | TokenTraits.LineBreakBefore | TokenTraits.ParagraphBefore | TokenTraits.Abbreviation);
            start = cut;
        }

        output.Add(new Token(start, end - start, kind, flags));
    }
}
