using NewsExtract.Learning;

namespace NewsExtract.Syntax;

/// <summary>
/// The features of the arc-eager parser, after Zhang and Nivre (2011): words and tags of the stack top, the buffer
/// front and the next words, their heads and outermost children, distance, valency and pairs and triples of these.
/// </summary>
internal static class ParserFeatures
{
    public const int Version = 3;
    public const int Max = 72;

    private const uint NoWord = 5;
    private const uint NoTag = 1002;

    public static int Extract(ParserInput x, ArcEagerState s, Span<uint> f)
    {
        int s0 = s.Top;
        int n0 = s.BufferEmpty ? ArcEagerState.None : s.Front;
        int n = x.Count;
        int n1 = n0 >= 0 && n0 + 1 <= n + 1 ? n0 + 1 : ArcEagerState.None;
        int n2 = n0 >= 0 && n0 + 2 <= n + 1 ? n0 + 2 : ArcEagerState.None;
        int s1 = s.Second;

        uint s0w = W(x, s0), s0t = T(x, s0), n0w = W(x, n0), n0t = T(x, n0);
        uint n1w = W(x, n1), n1t = T(x, n1), n2t = T(x, n2);
        int s0h = s0 > 0 ? s.Heads[s0] : ArcEagerState.None;
        int s0h2 = s0h > 0 ? s.Heads[s0h] : ArcEagerState.None;
        int s0l = s0 >= 0 ? s.Left1[s0] : ArcEagerState.None;
        int s0l2 = s0 >= 0 ? s.Left2[s0] : ArcEagerState.None;
        int s0r = s0 >= 0 ? s.Right1[s0] : ArcEagerState.None;
        int s0r2 = s0 >= 0 ? s.Right2[s0] : ArcEagerState.None;
        int n0l = n0 >= 0 ? s.Left1[n0] : ArcEagerState.None;
        int n0l2 = n0 >= 0 ? s.Left2[n0] : ArcEagerState.None;
        uint s0ht = T(x, s0h), s0lt = T(x, s0l), s0rt = T(x, s0r), n0lt = T(x, n0l);
        uint s0wt = FeatureHash.Mix(s0w, s0t);
        uint n0wt = FeatureHash.Mix(n0w, n0t);

        uint d = 0;
        uint commas = 0;
        if (s0 >= 0 && n0 >= 0)
        {
            int dist = n0 - s0;
            d = dist switch { <= 4 => (uint)dist, <= 7 => 5, <= 12 => 6, _ => 7 };
            int c = x.Commas[n0 - 1] - x.Commas[Math.Max(s0, 0)];
            commas = (uint)Math.Min(c, 3) + 1;
        }

        uint s0vl = s0 >= 0 ? Math.Min(s.LeftCount[s0], (byte)5) : 9u;
        uint s0vr = s0 >= 0 ? Math.Min(s.RightCount[s0], (byte)5) : 9u;
        uint n0vl = n0 >= 0 ? Math.Min(s.LeftCount[n0], (byte)5) : 9u;
        uint hasHead = s0 > 0 && s.Heads[s0] != ArcEagerState.None ? 1u : 0u;

        int k = 0;
        f[k++] = FeatureHash.Of(0, 0);
        f[k++] = FeatureHash.Of(1, s0w);
        f[k++] = FeatureHash.Of(2, s0t);
        f[k++] = FeatureHash.Of(3, s0wt);
        f[k++] = FeatureHash.Of(4, n0w);
        f[k++] = FeatureHash.Of(5, n0t);
        f[k++] = FeatureHash.Of(6, n0wt);
        f[k++] = FeatureHash.Of(7, n1w);
        f[k++] = FeatureHash.Of(8, n1t);
        f[k++] = FeatureHash.Of(9, n1w, n1t);
        f[k++] = FeatureHash.Of(10, W(x, n2));
        f[k++] = FeatureHash.Of(11, n2t);
        f[k++] = FeatureHash.Of(12, s0wt, n0wt);
        f[k++] = FeatureHash.Of(13, s0wt, n0w);
        f[k++] = FeatureHash.Of(14, s0w, n0wt);
        f[k++] = FeatureHash.Of(15, s0wt, n0t);
        f[k++] = FeatureHash.Of(16, s0t, n0wt);
        f[k++] = FeatureHash.Of(17, s0w, n0w);
        f[k++] = FeatureHash.Of(18, s0t, n0t);
        f[k++] = FeatureHash.Of(19, n0t, n1t);
        f[k++] = FeatureHash.Of(20, n0t, n1t, n2t);
        f[k++] = FeatureHash.Of(21, s0t, n0t, n1t);
        f[k++] = FeatureHash.Of(22, s0ht, s0t, n0t);
        f[k++] = FeatureHash.Of(23, s0t, s0lt, n0t);
        f[k++] = FeatureHash.Of(24, s0t, s0rt, n0t);
        f[k++] = FeatureHash.Of(25, s0t, n0t, n0lt);
        f[k++] = FeatureHash.Of(26, s0w, d);
        f[k++] = FeatureHash.Of(27, s0t, d);
        f[k++] = FeatureHash.Of(28, n0w, d);
        f[k++] = FeatureHash.Of(29, n0t, d);
        f[k++] = FeatureHash.Of(30, s0w, n0w, d);
        f[k++] = FeatureHash.Of(31, s0t, n0t, d);
        f[k++] = FeatureHash.Of(32, s0w, s0vr);
        f[k++] = FeatureHash.Of(33, s0t, s0vr);
        f[k++] = FeatureHash.Of(34, s0w, s0vl);
        f[k++] = FeatureHash.Of(35, s0t, s0vl);
        f[k++] = FeatureHash.Of(36, n0w, n0vl);
        f[k++] = FeatureHash.Of(37, n0t, n0vl);
        f[k++] = FeatureHash.Of(38, W(x, s0h));
        f[k++] = FeatureHash.Of(39, s0ht);
        f[k++] = FeatureHash.Of(40, W(x, s0l));
        f[k++] = FeatureHash.Of(41, s0lt);
        f[k++] = FeatureHash.Of(42, W(x, s0r));
        f[k++] = FeatureHash.Of(43, s0rt);
        f[k++] = FeatureHash.Of(44, W(x, n0l));
        f[k++] = FeatureHash.Of(45, n0lt);
        f[k++] = FeatureHash.Of(46, T(x, s0h2));
        f[k++] = FeatureHash.Of(47, T(x, s0l2));
        f[k++] = FeatureHash.Of(48, T(x, s0r2));
        f[k++] = FeatureHash.Of(49, T(x, n0l2));
        f[k++] = FeatureHash.Of(50, s0t, s0lt, T(x, s0l2));
        f[k++] = FeatureHash.Of(51, s0t, s0rt, T(x, s0r2));
        f[k++] = FeatureHash.Of(52, n0t, n0lt, T(x, n0l2));
        f[k++] = FeatureHash.Of(53, s0t, s0ht, T(x, s0h2));
        f[k++] = FeatureHash.Of(54, T(x, s1));
        f[k++] = FeatureHash.Of(55, T(x, s1), s0t, n0t);
        f[k++] = FeatureHash.Of(56, W(x, s1), s0w);
        f[k++] = FeatureHash.Of(57, hasHead, s0t, n0t);
        f[k++] = FeatureHash.Of(58, n0 > 1 ? x.Tag[n0 - 1] : NoTag, n0t, s0t);
        f[k++] = FeatureHash.Of(59, s0 >= 0 && s0 + 1 <= n ? x.Tag[s0 + 1] : NoTag, s0t, n0t);
        f[k++] = FeatureHash.Of(60, commas, s0t, n0t);
        f[k++] = FeatureHash.Of(61, hasHead, s0w, n0t);
        f[k++] = FeatureHash.Of(62, s0wt, n0t, n1t);
        f[k++] = FeatureHash.Of(63, n0w, n1w);
        f[k++] = FeatureHash.Of(64, W(x, s0l2), s0t);
        f[k++] = FeatureHash.Of(65, W(x, s0r2), s0t);
        f[k++] = FeatureHash.Of(66, commas, s0w, n0t);
        f[k++] = FeatureHash.Of(67, s0t, n0t, n0vl, s0vr);
        f[k++] = FeatureHash.Of(68, s0t, s0ht, s0lt, s0rt);
        return k;
    }

    private static uint W(ParserInput x, int i) => i >= 0 ? x.Word[i] : NoWord;

    private static uint T(ParserInput x, int i) => i >= 0 ? x.Tag[i] : NoTag;
}
