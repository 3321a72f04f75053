using NewsExtract.Learning;

namespace NewsExtract.Entities.Names;

/// <summary>
/// The features of the name finder for one token, in three groups: those of the word alone (form, lower case,
/// shape, affixes, proper-noun class: their scores are cached per word), those of its context within the sentence
/// (neighbours, flags, the gazetteer's tags around it), and those of the tag before it (a first-order model: no
/// feature looks further back, so Viterbi decoding over BILOU tags is exact).
/// </summary>
internal static class NameFeatures
{
    /// <summary>Changes whenever a feature is added, removed or changed: a model of another version will not load.</summary>
    public const int Version = 3;

    public const int Max = 40;

    /// <summary>How many features <see cref="Previous"/> writes.</summary>
    public const int PreviousCount = 4;

    private const int FlagMask = NameInput.SentenceStart | NameInput.Headline | NameInput.Common | NameInput.Title;

    /// <summary>Writes the features of token <paramref name="i"/>'s word alone (they do not depend on its place) and returns how many.</summary>
    public static int Word(NameInput w, int i, Span<uint> f)
    {
        w.Ensure(i);
        uint s0 = w.Shape[i];
        int k = 0;
        f[k++] = FeatureHash.Of(0, 0);
        f[k++] = FeatureHash.Of(1, w.Lower[i]);
        f[k++] = FeatureHash.Of(2, w.Word[i]);
        f[k++] = FeatureHash.Of(3, s0);
        f[k++] = FeatureHash.Of(4, w.Prefix3[i]);
        f[k++] = FeatureHash.Of(5, w.Suffix3[i]);
        f[k++] = FeatureHash.Of(6, w.Suffix2[i]);
        f[k++] = FeatureHash.Of(31, w.Proper[i], s0);
        return k;
    }

    /// <summary>Writes the context features of token <paramref name="i"/> of the sentence [<paramref name="first"/>, <paramref name="end"/>) and returns how many.</summary>
    public static int Context(NameInput w, int first, int end, int i, Span<uint> f)
    {
        for (int j = Math.Max(first, i - 2); j < end && j <= i + 2; j++)
        {
            w.Ensure(j);
        }

        uint lm1 = i - 1 >= first ? w.Lower[i - 1] : 1;
        uint lm2 = i - 2 >= first ? w.Lower[i - 2] : 1;
        uint lp1 = i + 1 < end ? w.Lower[i + 1] : 2;
        uint lp2 = i + 2 < end ? w.Lower[i + 2] : 2;
        uint sm1 = i - 1 >= first ? w.Shape[i - 1] : 1;
        uint sp1 = i + 1 < end ? w.Shape[i + 1] : 2;
        uint gm1 = i - 1 >= first ? (uint)w.Gazetteer[i - 1] : 20;
        uint gp1 = i + 1 < end ? (uint)w.Gazetteer[i + 1] : 21;
        uint fm1 = i - 1 >= first ? (uint)(w.Flags[i - 1] & FlagMask) : 64;
        uint fp1 = i + 1 < end ? (uint)(w.Flags[i + 1] & FlagMask) : 64;
        uint flags = (uint)(w.Flags[i] & FlagMask);
        uint g0 = (uint)w.Gazetteer[i];
        uint l0 = w.Lower[i];
        uint s0 = w.Shape[i];
        int k = 0;
        f[k++] = FeatureHash.Of(7, flags);
        f[k++] = FeatureHash.Of(8, lm1);
        f[k++] = FeatureHash.Of(9, lp1);
        f[k++] = FeatureHash.Of(10, lm2);
        f[k++] = FeatureHash.Of(11, lp2);
        f[k++] = FeatureHash.Of(12, sm1);
        f[k++] = FeatureHash.Of(13, sp1);
        f[k++] = FeatureHash.Of(17, lm1, l0);
        f[k++] = FeatureHash.Of(18, l0, lp1);
        f[k++] = FeatureHash.Of(19, g0);
        f[k++] = FeatureHash.Of(20, gm1);
        f[k++] = FeatureHash.Of(21, gp1);
        f[k++] = FeatureHash.Of(22, g0, s0);
        f[k++] = FeatureHash.Of(23, flags, s0);
        f[k++] = FeatureHash.Of(24, fm1, s0);
        f[k++] = FeatureHash.Of(25, sm1, s0, sp1);
        f[k++] = FeatureHash.Of(26, lm1, s0);
        f[k++] = FeatureHash.Of(27, s0, lp1);
        f[k++] = FeatureHash.Of(29, fp1, s0);
        uint q0 = w.Proper[i];
        uint qm1 = i - 1 >= first ? w.Proper[i - 1] : 9u;
        uint qp1 = i + 1 < end ? w.Proper[i + 1] : 9u;
        f[k++] = FeatureHash.Of(32, qm1, q0, qp1);
        f[k++] = FeatureHash.Of(33, q0, flags);
        f[k++] = FeatureHash.Of(35, lm2, lm1);
        f[k++] = FeatureHash.Of(36, lp1, lp2);

        return k;
    }

    /// <summary>Writes the <see cref="PreviousCount"/> features of token <paramref name="i"/> after the tag <paramref name="previous"/>.</summary>
    public static void Previous(NameInput w, int i, int previous, Span<uint> f)
    {
        uint p1 = (uint)(previous + 1);
        f[0] = FeatureHash.Of(14, p1);
        f[1] = FeatureHash.Of(16, p1, w.Shape[i]);
        f[2] = FeatureHash.Of(34, p1, w.Proper[i]);
        f[3] = FeatureHash.Of(30, p1, w.Suffix3[i]);
    }
}
