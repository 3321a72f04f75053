namespace NewsExtract.Syntax;

/// <summary>
/// The words of a sentence as the parser sees them (1-based, word 0 the root): normalised-form hash, tag and a running
/// count of commas, so that a feature can tell whether a comma lies between two words.
/// </summary>
internal sealed class ParserInput
{
    public uint[] Word { get; private set; } = new uint[64];

    public uint[] Tag { get; private set; } = new uint[64];

    public int[] Commas { get; private set; } = new int[64];

    public int Count { get; private set; }

    /// <param name="words">The sentence.</param>
    /// <param name="tags">Tag class of each word (0-based).</param>
    /// <param name="commaTag">The tag class of a comma.</param>
    public void Reset(SentenceWords words, ReadOnlySpan<int> tags, int commaTag)
    {
        int n = words.Count;
        if (n + 2 > Word.Length)
        {
            int size = Math.Max(n + 2, Word.Length * 2);
            Word = new uint[size];
            Tag = new uint[size];
            Commas = new int[size];
        }

        Count = n;
        Word[0] = 3;
        Tag[0] = 1000;
        Commas[0] = 0;
        for (int i = 1; i <= n; i++)
        {
            Word[i] = words.Norm[i - 1];
            Tag[i] = (uint)tags[i - 1];
            Commas[i] = Commas[i - 1] + (tags[i - 1] == commaTag ? 1 : 0);
        }

        // The root stands at the end of the buffer too (see ArcEagerState).
        Word[n + 1] = 3;
        Tag[n + 1] = 1000;
        Commas[n + 1] = Commas[n];
    }
}
