using NewsExtract.Learning;

namespace NewsExtract.Syntax;

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
