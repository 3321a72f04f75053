namespace NewsExtract.Syntax;

/// <summary>Buffers for analysing one sentence at a time; results are 0-based tags and 1-based heads and labels.</summary>
internal sealed class SentenceAnalysis
{
    public SentenceWords Words { get; } = new();

    public ParserInput Input { get; } = new();

    public ArcEagerState State { get; } = new();

    public TreeView Tree { get; } = new();

    public int[] Tags { get; private set; } = new int[64];

    public int[] Heads { get; private set; } = new int[64];

    public int[] Labels { get; private set; } = new int[64];

    /// <summary>Classes the tagger must give (-1: its own choice); used when <see cref="HasForced"/>.</summary>
    public int[] Forced { get; private set; } = new int[64];

    public bool HasForced { get; set; }

    public void EnsureCapacity(int n)
    {
        if (n + 2 > Tags.Length)
        {
            int size = Math.Max(n + 2, Tags.Length * 2);
            Tags = new int[size];
            Heads = new int[size];
            Labels = new int[size];
            int[] forced = new int[size];
            Array.Copy(Forced, forced, Forced.Length);
            Forced = forced;
        }
    }
}
