using System.Runtime.CompilerServices;

namespace NewsExtract.Learning;

/// <summary>
/// Hashes feature parts into 32-bit feature ids. A feature is a template number mixed with one or more parts
/// (a word's hash, a tag id, a distance); the same parts give the same id on every run and every machine.
/// </summary>
internal static class FeatureHash
{
    private const uint Seed = 2166136261;

    /// <summary>Hashes characters as they are (FNV-1a over UTF-16 code units, then mixed).</summary>
    public static uint OfChars(ReadOnlySpan<char> chars)
    {
        uint h = Seed;
        foreach (char c in chars)
        {
            h = (h ^ c) * 16777619;
        }

        return Finish(h);
    }

    /// <summary>Hashes characters lower-cased (ASCII fast path; other letters through <see cref="char.ToLowerInvariant"/>).</summary>
    public static uint OfLower(ReadOnlySpan<char> chars)
    {
        uint h = Seed;
        foreach (char c in chars)
        {
            char l = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);
            h = (h ^ l) * 16777619;
        }

        return Finish(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Mix(uint a, uint b)
    {
        uint h = (a * 0x9E3779B1) ^ (b + 0x7F4A7C15 + (a << 6) + (a >> 2));
        return Finish(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(uint template, uint a) => Mix(template * 0x01000193 + 0x2545F491, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(uint template, uint a, uint b) => Mix(Of(template, a), b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(uint template, uint a, uint b, uint c) => Mix(Of(template, a, b), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(uint template, uint a, uint b, uint c, uint d) => Mix(Of(template, a, b, c), d);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
