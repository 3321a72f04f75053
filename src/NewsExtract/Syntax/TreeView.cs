namespace NewsExtract.Syntax;

/// <summary>
/// A parsed sentence's children lists (1-based, word 0 the root), built once from the heads so that the labeller can
/// read each word's dependents in order.
/// </summary>
internal sealed class TreeView
{
    private int[] _start = new int[64];
    private int[] _children = new int[64];
    private int[] _fill = new int[64];

    public int[] Heads { get; private set; } = new int[64];

    public int Count { get; private set; }

    public void Reset(ReadOnlySpan<int> heads, int n)
    {
        if (n + 2 > _start.Length)
        {
            int size = Math.Max(n + 2, _start.Length * 2);
            _start = new int[size];
            _children = new int[size];
            _fill = new int[size];
            Heads = new int[size];
        }

        Count = n;
        Array.Clear(_start, 0, n + 2);
        for (int i = 1; i <= n; i++)
        {
            Heads[i] = heads[i];
            _start[heads[i] + 1]++;
        }

        for (int i = 1; i <= n + 1; i++)
        {
            _start[i] += _start[i - 1];
        }

        Array.Copy(_start, _fill, n + 1);
        for (int i = 1; i <= n; i++)
        {
            _children[_fill[heads[i]]++] = i;
        }
    }

    /// <summary>The dependents of <paramref name="head"/>, left to right.</summary>
    public ReadOnlySpan<int> Children(int head) => _children.AsSpan(_start[head], _start[head + 1] - _start[head]);
}
