using System.Runtime.CompilerServices;

namespace NewsExtract.Tokenization;

/// <summary>The tokenizer's character classes: spaces, word characters, apostrophes, quotes, bullets, openers and closers.</summary>
internal sealed partial class Tokenizer
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(char c) =>
        c <= ' ' ? c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\0' : (c >= '\u0080' && IsUnicodeSpace(c));

    // Between words, an invisible format character is a gap; inside one, ReadWord keeps it in the token.
    private static bool IsUnicodeSpace(char c) =>
        char.IsWhiteSpace(c) || (InvisibleChars.Is(c) && c is not ('\u00AD' or '\u200C' or '\u200D'));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWordChar(char c)
    {
        if (c < '\u0080')
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        return IsUnicodeWordChar(c);
    }

    private static bool IsUnicodeWordChar(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        System.Globalization.UnicodeCategory cat = char.GetUnicodeCategory(c);
        return cat is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            || c is '\u00AD' or '\u200C' or '\u200D';
    }

    private static bool IsWordStart(string text, int i)
    {
        char c = text[i];
        return c < '\u0080' ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u02BB' or '\u02BE' or '\u02BF' or '`';

    internal static bool IsQuoteChar(char c) =>
        c is '"' or '\'' or '`' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u201E' or '\u201A' or '\u201B' or '\u201F'
            or '\u00AB' or '\u00BB' or '\u2039' or '\u203A';

    internal static bool IsBullet(char c) =>
        c is '\u2022' or '\u2023' or '\u25E6' or '\u2043' or '\u25AA' or '\u25CF' or '\u25A0' or '\u25A1' or '\u25C6' or '\u27A2' or '\u2219' or '\u25B6' or '\u25BA';

    private static bool IsOpener(char c) => c is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' || IsQuoteChar(c);

    private static bool IsCloserContext(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u2014' or '\u2013' or '-' or '\u2026' || IsQuoteChar(c);
}
