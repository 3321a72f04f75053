using System.Buffers;

namespace NewsExtract.Tokenization;

/// <summary>
/// Format characters that scraped text carries inside words without meaning anything: the soft hyphen, zero-width
/// space, joiners and non-joiners, word joiner, invisible operators, the byte-order mark, and the bidirectional
/// controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069). Inside a word they stay part of the token
/// (so "Kata\u200Bib" is one word and its offsets still index the original text) and every lexicon lookup ignores them.
/// Between words they are white space.
/// </summary>
internal static class InvisibleChars
{
    private static readonly SearchValues<char> s_all = SearchValues.Create(
        "\u00AD\u061C\u180E\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF");

    /// <summary>Gets whether <paramref name="c"/> is one of the invisible format characters.</summary>
    public static bool Is(char c) => c >= '\u00AD' && s_all.Contains(c);

    /// <summary>Gets whether <paramref name="text"/> holds any.</summary>
    /// <remarks>
    /// Every lexicon lookup asks this of its key. The set's probabilistic search costs a setup on every call, which on
    /// short words was a quarter of the CPU of a batch run (issue 18); every invisible character is at or above U+00AD,
    /// so text below it (nearly every English word) answers after one vectorized range check.
    /// </remarks>
    public static bool Any(ReadOnlySpan<char> text) => text.ContainsAnyExceptInRange('\0', '\u00AC') && text.ContainsAny(s_all);

    /// <summary>Copies <paramref name="text"/> without them into <paramref name="destination"/>; returns the length.</summary>
    public static int Strip(ReadOnlySpan<char> text, Span<char> destination)
    {
        int k = 0;
        foreach (char c in text)
        {
            if (!Is(c))
            {
                destination[k++] = c;
            }
        }

        return k;
    }
}
