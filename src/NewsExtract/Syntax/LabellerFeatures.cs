using NewsExtract.Learning;

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

/// <summary>
/// The features of the relation labeller for one arc of a finished tree: the dependent and its head (words, tags,
/// direction, distance), their other dependents (tags, and the words of function-word dependents such as "by", "was",
/// "to"), the dependent's neighbours, the head's head, and whether a comma lies between them.
/// </summary>
internal static class LabellerFeatures
{
    public const int Version = 1;
    public const int Max = 48;

    public static int Extract(ParserInput x, TreeView tree, int d, Span<uint> f)
    {
        int h = tree.Heads[d];
        int n = x.Count;
        uint dw = x.Word[d], dt = x.Tag[d], hw = x.Word[h], ht = x.Tag[h];
        uint dir = d < h ? 1u : 2u;
        int dist = Math.Abs(d - h);
        uint db = dist switch { <= 3 => (uint)dist, <= 6 => 4, <= 10 => 5, _ => 6 };
        int lo = Math.Min(d, h), hi = Math.Max(d, h);
        uint comma = h > 0 && x.Commas[hi - 1] - x.Commas[lo] > 0 ? 1u : 0u;
        int hh = h > 0 ? tree.Heads[h] : -1;
        uint hht = hh >= 0 ? x.Tag[hh] : 1003;
        uint dl = d > 1 ? x.Tag[d - 1] : 1002;
        uint dr = d < n ? x.Tag[d + 1] : 1002;

        int k = 0;
        f[k++] = FeatureHash.Of(0, dir);
        f[k++] = FeatureHash.Of(1, dw);
        f[k++] = FeatureHash.Of(2, dt);
        f[k++] = FeatureHash.Of(3, hw);
        f[k++] = FeatureHash.Of(4, ht);
        f[k++] = FeatureHash.Of(5, dt, ht, dir);
        f[k++] = FeatureHash.Of(6, dw, ht, dir);
        f[k++] = FeatureHash.Of(7, dt, hw, dir);
        f[k++] = FeatureHash.Of(8, dw, hw);
        f[k++] = FeatureHash.Of(9, dt, ht, db);
        f[k++] = FeatureHash.Of(10, dt, ht, comma);
        f[k++] = FeatureHash.Of(11, dt, ht, hht);
        f[k++] = FeatureHash.Of(12, dt, dl, dr);
        f[k++] = FeatureHash.Of(13, dt, ht, dl);
        f[k++] = FeatureHash.Of(14, dt, ht, dr);
        f[k++] = FeatureHash.Of(15, h == 0 ? 1u : 0u, dt);
        f[k++] = FeatureHash.Of(16, (uint)Math.Min(tree.Children(d).Length, 4), dt);
        f[k++] = FeatureHash.Of(17, d == 1 ? 1u : 0u, dt, ht);

        // The dependent's own dependents: a case marker ("by", "in"), an auxiliary, a determiner tell obl from obj.
        uint childTags = 17;
        foreach (int c in tree.Children(d))
        {
            if (k >= Max - 12)
            {
                break;
            }

            uint side = c < d ? 1u : 2u;
            f[k++] = FeatureHash.Of(20, x.Tag[c], dt, side);
            f[k++] = FeatureHash.Of(21, x.Word[c], dt, ht);
            childTags = FeatureHash.Mix(childTags, x.Tag[c]);
        }

        f[k++] = FeatureHash.Of(22, childTags, dt);

        // The head's other dependents, nearest first on the dependent's side: siblings tell nsubj from nsubj:pass.
        uint sibling = 1004;
        int seen = 0;
        foreach (int c in tree.Children(h))
        {
            if (c == d || k >= Max - 4)
            {
                continue;
            }

            if (seen++ < 6)
            {
                f[k++] = FeatureHash.Of(23, x.Word[c], ht, dt);
            }

            if (c < d)
            {
                sibling = x.Tag[c];
            }
        }

        f[k++] = FeatureHash.Of(24, sibling, dt, ht);
        return k;
    }
}
