using System.Buffers;
using System.Text;

namespace NewsExtract.Lexicons;

/// <summary>
/// Case operations with an ordinal ASCII fast path (<see cref="Ascii"/>): news text is almost all ASCII, and the
/// invariant culture's lower-casing was a seventh of the CPU of a batch run (issue 18). A span holding any non-ASCII
/// character takes the full Unicode route, so results are always those of the invariant and ordinal methods.
/// </summary>
internal static class AsciiCase
{
    /// <summary>
    /// Lower-cases <paramref name="source"/> into <paramref name="destination"/> exactly as
    /// <see cref="MemoryExtensions.ToLowerInvariant(ReadOnlySpan{char}, Span{char})"/> does; returns the characters
    /// written, or -1 when the destination is too small.
    /// </summary>
    public static int ToLowerInvariant(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            return -1;
        }

        return Ascii.ToLower(source, destination, out int written) == OperationStatus.Done
            ? written
            : source.ToLowerInvariant(destination);
    }

    /// <summary>
    /// Whether <paramref name="text"/> equals <paramref name="word"/> ignoring case, exactly as
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> compares.
    /// </summary>
    public static bool EqualsIgnoreCase(ReadOnlySpan<char> text, ReadOnlySpan<char> word) =>
        Ascii.IsValid(text) && Ascii.IsValid(word)
            ? Ascii.EqualsIgnoreCase(text, word)
            : text.Equals(word, StringComparison.OrdinalIgnoreCase);
}
