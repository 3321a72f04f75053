using NewsExtract.Learning;

namespace NewsExtract.Syntax;

/// <summary>
/// The features of the part-of-speech tagger for one word: the word, its affixes and shape, its neighbours (their
/// forms, shapes and ambiguity classes), and the tags already given to the two words before it.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Changes whenever a feature is added, removed or changed: a model of another version will not load.</summary>
    public const int Version = 1;

    public const int Max = 32;

    /// <summary>How many features <see cref="ExtractStatic"/> writes at most.</summary>
    public const int MaxStatic = 25;

    /// <summary>Writes the features of word <paramref name="i"/> and returns how many.</summary>
    /// <param name="w">The sentence.</param>
    /// <param name="i">The word.</param>
    /// <param name="tags">Tags of the words before <paramref name="i"/> (class indices).</param>
    /// <param name="f">At least <see cref="Max"/> slots.</param>
    public static int Extract(SentenceWords w, int i, ReadOnlySpan<int> tags, Span<uint> f)
    {
        int k = ExtractStatic(w, i, f);
        return k + ExtractDynamic(w, i, tags, f[k..]);
    }

    /// <summary>The features that do not depend on the tags already given (the word, its affixes, its neighbours):
    /// the same whatever the tagger decided before, so a sentence's can be scored all at once.</summary>
    public static int ExtractStatic(SentenceWords w, int i, Span<uint> f)
    {
        int n = w.Count;
        uint wm1 = i >= 1 ? w.Norm[i - 1] : 1;
        uint wm2 = i >= 2 ? w.Norm[i - 2] : 1;
        uint wp1 = i + 1 < n ? w.Norm[i + 1] : 2;
        uint wp2 = i + 2 < n ? w.Norm[i + 2] : 2;
        uint ap1 = i + 1 < n ? w.Ambiguity[i + 1] : 2;
        uint ap2 = i + 2 < n ? w.Ambiguity[i + 2] : 2;
        uint w0 = w.Norm[i];
        int k = 0;
        f[k++] = FeatureHash.Of(0, 0);
        f[k++] = FeatureHash.Of(1, w0);
        f[k++] = FeatureHash.Of(2, w.Suffix1[i]);
        f[k++] = FeatureHash.Of(3, w.Suffix2[i]);
        f[k++] = FeatureHash.Of(4, w.Suffix3[i]);
        f[k++] = FeatureHash.Of(5, w.Suffix4[i]);
        f[k++] = FeatureHash.Of(6, w.Prefix2[i]);
        f[k++] = FeatureHash.Of(7, w.Shape[i]);
        f[k++] = FeatureHash.Of(8, w.Flags[i]);
        f[k++] = FeatureHash.Of(9, wm1);
        f[k++] = FeatureHash.Of(10, wm2);
        f[k++] = FeatureHash.Of(11, wp1);
        f[k++] = FeatureHash.Of(12, wp2);
        f[k++] = FeatureHash.Of(13, i >= 1 ? w.Suffix3[i - 1] : 1);
        f[k++] = FeatureHash.Of(14, i + 1 < n ? w.Suffix3[i + 1] : 2);
        f[k++] = FeatureHash.Of(18, wm1, w0);
        f[k++] = FeatureHash.Of(19, w0, wp1);
        f[k++] = FeatureHash.Of(20, w.Ambiguity[i]);
        f[k++] = FeatureHash.Of(21, ap1);
        f[k++] = FeatureHash.Of(22, ap1, ap2);
        f[k++] = FeatureHash.Of(24, i >= 1 ? w.Shape[i - 1] : 1);
        f[k++] = FeatureHash.Of(25, i + 1 < n ? w.Shape[i + 1] : 2);
        f[k++] = FeatureHash.Of(27, wm1, wp1);
        f[k++] = FeatureHash.Of(28, w.Ambiguity[i], ap1);
        f[k++] = FeatureHash.Of(30, w0, ap1);
        return k;
    }

    /// <summary>The features of the tags given to the two words before <paramref name="i"/>.</summary>
    public static int ExtractDynamic(SentenceWords w, int i, ReadOnlySpan<int> tags, Span<uint> f)
    {
        uint t1 = i >= 1 ? (uint)tags[i - 1] + 1 : 0;
        uint t2 = i >= 2 ? (uint)tags[i - 2] + 1 : 0;
        uint ap1 = i + 1 < w.Count ? w.Ambiguity[i + 1] : 2;
        int k = 0;
        f[k++] = FeatureHash.Of(15, t1);
        f[k++] = FeatureHash.Of(16, t1, t2);
        f[k++] = FeatureHash.Of(17, t1, w.Norm[i]);
        f[k++] = FeatureHash.Of(23, ap1, t1);
        f[k++] = FeatureHash.Of(26, t1, w.Suffix3[i]);
        f[k++] = FeatureHash.Of(29, t1, w.Ambiguity[i]);
        return k;
    }
}
