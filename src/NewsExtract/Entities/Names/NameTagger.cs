using System.Collections.Frozen;
using NewsExtract.Learning;

namespace NewsExtract.Entities.Names;

/// <summary>A name the model found: tokens <see cref="FirstToken"/>..<see cref="LastToken"/>, its class and a score in (0, 1).</summary>
internal readonly record struct FoundName(int FirstToken, int LastToken, NameClass Type, float Score);

/// <summary>
/// The learned name finder: a greedy left-to-right averaged perceptron over BILOU tags, with the two tags before as
/// features and the tag set's constraints applied at each step, so decoding is linear in the tokens. A token that
/// has no capital letter and no gazetteer tag cannot start a name and is tagged O without scoring (most tokens).
/// </summary>
/// <remarks>Trained by <c>tools/NewsExtract.Training ner</c> (see README); the model file is <c>Lexicons/Models/ner.bin</c>.</remarks>
internal sealed class NameTagger
{
    public const string Kind = "ner";
    private const string Resource = "NewsExtract.Models.ner.bin";

    private static readonly Lazy<NameTagger> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    public NameTagger(LinearModel model, IDictionary<uint, byte> properNouns)
    {
        Model = model;
        ProperNouns = properNouns.ToFrozenDictionary();
    }

    /// <summary>Words by how often the treebanks tag them PROPN (<see cref="NameInput.ProperNounClass"/>), keyed by <see cref="NameInput.LowerHash"/>.</summary>
    public FrozenDictionary<uint, byte> ProperNouns { get; }

    public static NameTagger Default => s_default.Value;

    public LinearModel Model { get; }

    /// <summary>Whether the tagger scores token <paramref name="i"/> at all after <paramref name="previous"/>.</summary>
    public static bool NeedsScore(NameInput input, int i, int previous) =>
        NameTags.IsOpen(previous) || (input.Flags[i] & NameInput.Candidate) != 0 || input.Gazetteer[i] != 0;

    /// <summary>Tags the sentence [<paramref name="first"/>, <paramref name="end"/>); <paramref name="margins"/> gets each scored tag's lead over the runner-up.</summary>
    public void Tag(NameInput input, int first, int end, Span<int> tags, Span<float> margins)
    {
        Span<uint> features = stackalloc uint[NameFeatures.Max];
        Span<float> scores = stackalloc float[NameTags.ClassCount];
        int t1 = -1, t2 = -1;
        for (int i = first; i < end; i++)
        {
            int previous = t1 < 0 ? NameTags.Outside : t1;
            int tag = NameTags.Outside;
            float margin = float.MaxValue;
            if (NeedsScore(input, i, previous))
            {
                int n = NameFeatures.Extract(input, first, end, i, t1, t2, features);
                Model.Score(features[..n], scores);
                (tag, margin, bool close) = Decide(scores, previous, i + 1 == end);
                if (close)
                {
                    tags[i - first - 1] = Closed(previous);
                    t1 = tags[i - first - 1];
                }
            }

            tags[i - first] = tag;
            margins[i - first] = margin;
            t2 = t1;
            t1 = tag;
        }
    }

    /// <summary>
    /// The tag of a token after <paramref name="previous"/>. Greedy decoding cannot take back an open name, so when the
    /// best tag that starts afresh (O, B, U) outscores the best continuation (I, L), the name before is closed there
    /// (its B becomes U, its I becomes L: <paramref name="scores"/> say the name ended) and the fresh tag is taken.
    /// </summary>
    public static (int Tag, float Margin, bool ClosePrevious) Decide(ReadOnlySpan<float> scores, int previous, bool atEnd)
    {
        (int tag, float margin) = Best(scores, previous, atEnd);
        if (!NameTags.IsOpen(previous))
        {
            return (tag, margin, false);
        }

        (int fresh, float freshMargin) = Best(scores, NameTags.Outside, atEnd);
        float lead = scores[fresh] - scores[tag];
        return lead > 0 ? (fresh, Math.Min(freshMargin, lead), true) : (tag, Math.Min(margin, -lead), false);
    }

    /// <summary>The tag that ends a name at an open tag: B becomes U, I becomes L.</summary>
    public static int Closed(int open) =>
        NameTags.Of(NameTags.TypeOf(open), NameTags.PositionOf(open) == NameTags.Begin ? NameTags.Unit : NameTags.Last);

    /// <summary>The best allowed tag after <paramref name="previous"/> and its lead over the next best allowed one.</summary>
    public static (int Tag, float Margin) Best(ReadOnlySpan<float> scores, int previous, bool atEnd)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity, second = float.NegativeInfinity;
        for (int c = 0; c < scores.Length; c++)
        {
            if (!NameTags.Allowed(previous, c, atEnd))
            {
                continue;
            }

            if (scores[c] > bestScore)
            {
                second = bestScore;
                bestScore = scores[c];
                best = c;
            }
            else if (scores[c] > second)
            {
                second = scores[c];
            }
        }

        return (best, float.IsNegativeInfinity(second) ? float.MaxValue : bestScore - second);
    }

    /// <summary>Finds the names of the sentence [<paramref name="first"/>, <paramref name="end"/>) and adds them to <paramref name="names"/>.</summary>
    public void Find(NameInput input, int first, int end, List<FoundName> names)
    {
        int n = end - first;
        Span<int> tags = n <= 512 ? stackalloc int[n] : new int[n];
        Span<float> margins = n <= 512 ? stackalloc float[n] : new float[n];
        Tag(input, first, end, tags, margins);
        int start = -1;
        float least = float.MaxValue;
        for (int k = 0; k < n; k++)
        {
            int tag = tags[k];
            if (tag == NameTags.Outside)
            {
                continue;
            }

            int position = NameTags.PositionOf(tag);
            if (position is NameTags.Begin or NameTags.Unit)
            {
                start = k;
                least = float.MaxValue;
            }

            least = Math.Min(least, margins[k]);
            if (position is NameTags.Last or NameTags.Unit && start >= 0)
            {
                names.Add(new FoundName(first + start, first + k, NameTags.TypeOf(tag), ScoreOf(least)));
                start = -1;
            }
        }
    }

    /// <summary>A margin mapped into (0, 1): the least lead of any of the name's tags, through a logistic curve.</summary>
    public static float ScoreOf(float margin) => margin >= 50 ? 1f : 1f / (1f + MathF.Exp(-margin / 4f));

    public void Write(BinaryWriter writer)
    {
        writer.Write(ProperNouns.Count);
        foreach ((uint key, byte value) in ProperNouns.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }

        Model.Write(writer);
    }

    public static NameTagger Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        var properNouns = new Dictionary<uint, byte>(count);
        for (int i = 0; i < count; i++)
        {
            properNouns[reader.ReadUInt32()] = reader.ReadByte();
        }

        return new NameTagger(LinearModel.Read(reader), properNouns);
    }

    /// <summary>Loads a model file written by the trainer (for evaluation before embedding).</summary>
    /// <exception cref="InvalidDataException">The file is not a name model of this feature set.</exception>
    public static NameTagger Load(Stream stream, string name)
    {
        using BinaryReader reader = ModelFile.Open(stream, name, Kind, NameFeatures.Version, out _);
        return Read(reader);
    }

    private static NameTagger LoadEmbedded()
    {
        using Stream stream = typeof(NameTagger).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException(Errors.ResourceMissing("ner.bin"));
        return Load(stream, "ner.bin");
    }
}
