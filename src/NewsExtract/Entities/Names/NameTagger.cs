using System.Collections.Frozen;
using NewsExtract.Learning;

namespace NewsExtract.Entities.Names;

/// <summary>A name the model found: tokens <see cref="FirstToken"/>..<see cref="LastToken"/>, its class and a score in (0, 1).</summary>
internal readonly record struct FoundName(int FirstToken, int LastToken, NameClass Type, float Score);

/// <summary>
/// The learned name finder: an averaged structured perceptron over BILOU tags with the tag before as feature,
/// decoded by first-order Viterbi under the tag set's constraints (<see cref="NameLattice"/>). A token that has no
/// capital letter and no gazetteer tag cannot start a name and, outside a name, is tagged O without scoring (most
/// tokens). The scores of a word's own features are cached per word (<see cref="NameWordCache"/>).
/// </summary>
/// <remarks>Trained by <c>tools/NewsExtract.Training ner</c> (see README); the model file is <c>Lexicons/Models/ner.bin</c>.</remarks>
internal sealed class NameTagger
{
    public const string Kind = "ner";
    private const string Resource = "NewsExtract.Models.ner.bin";

    private static readonly Lazy<NameTagger> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    public NameTagger(LinearModel model, IDictionary<uint, byte> properNouns, float marginScale = 4f)
    {
        Model = model;
        MarginScale = marginScale;
        ProperNouns = properNouns.ToFrozenDictionary();
    }

    /// <summary>Words by how often the treebanks tag them PROPN (<see cref="NameInput.ProperNounClass"/>), keyed by <see cref="NameInput.LowerHash"/>.</summary>
    public FrozenDictionary<uint, byte> ProperNouns { get; }

    public static NameTagger Default => s_default.Value;

    /// <summary>
    /// The scale of <see cref="ScoreOf"/>'s logistic curve, stored in the model file (4: the curve the entity layer's
    /// thresholds were set with; the trainer reports the scale that would fit held-out UNER sentences).
    /// </summary>
    public float MarginScale { get; }

    public LinearModel Model { get; }

    /// <summary>Tags the sentence [<paramref name="first"/>, <paramref name="end"/>) (Viterbi); <paramref name="margins"/> gets each tag's max-marginal lead over the runner-up.</summary>
    public void Tag(NameInput input, int first, int end, Span<int> tags, Span<float> margins)
    {
        var scorer = new Scorer(this);
        input.Lattice.Decode(ref scorer, input, first, end, tags, margins);
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
                names.Add(new FoundName(first + start, first + k, NameTags.TypeOf(tag), ScoreOf(least, MarginScale)));
                start = -1;
            }
        }
    }

    /// <summary>The model's scores, with the word-alone part read from the input's word cache.</summary>
    private readonly struct Scorer(NameTagger tagger) : INameScorer
    {
        public void Emission(NameInput input, int first, int end, int i, Span<float> scores)
        {
            Span<uint> features = stackalloc uint[NameFeatures.Max];
            Span<float> context = stackalloc float[NameTags.ClassCount];
            int n = NameFeatures.Context(input, first, end, i, features);
            tagger.Model.Score(features[..n], context);
            NameWordCache words = input.Words;
            if (input.WordGeneration[i] == words.Generation)
            {
                Span<float> cached = words.ScoresOf(input.WordEntry[i], tagger, out bool known);
                if (!known)
                {
                    n = NameFeatures.Word(input, i, features);
                    tagger.Model.Score(features[..n], cached);
                }

                cached.CopyTo(scores);
            }
            else
            {
                n = NameFeatures.Word(input, i, features);
                tagger.Model.Score(features[..n], scores);
            }

            for (int c = 0; c < scores.Length; c++)
            {
                scores[c] += context[c];
            }
        }

        public void AddPrevious(NameInput input, int i, int previous, Span<float> scores)
        {
            Span<uint> features = stackalloc uint[NameFeatures.PreviousCount];
            Span<float> add = stackalloc float[NameTags.ClassCount];
            NameFeatures.Previous(input, i, previous, features);
            tagger.Model.Score(features, add);
            for (int c = 0; c < scores.Length; c++)
            {
                scores[c] += add[c];
            }
        }

        public void AddPreviousEach(NameInput input, int i, ReadOnlySpan<int> previous, Span<float> rows)
        {
            const int count = NameFeatures.PreviousCount;
            const int classes = NameTags.ClassCount;
            Span<uint> features = stackalloc uint[(classes + 1) * count];
            Span<int> ends = stackalloc int[classes + 1];
            Span<float> add = stackalloc float[(classes + 1) * classes];
            for (int j = 0; j < previous.Length; j++)
            {
                NameFeatures.Previous(input, i, previous[j], features.Slice(j * count, count));
                ends[j] = (j + 1) * count;
            }

            tagger.Model.ScoreEach(features[..(previous.Length * count)], ends[..previous.Length], add[..(previous.Length * classes)]);
            for (int e = 0; e < previous.Length * classes; e++)
            {
                rows[e] += add[e];
            }
        }
    }

    /// <summary>A margin mapped into (0, 1): the least lead of any of the name's tags, through a logistic curve.</summary>
    public static float ScoreOf(float margin, float scale) => margin >= 1e6f ? 1f : 1f / (1f + MathF.Exp(-margin / scale));

    public void Write(BinaryWriter writer)
    {
        writer.Write(MarginScale);
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
        float scale = reader.ReadSingle();
        int count = reader.ReadInt32();
        var properNouns = new Dictionary<uint, byte>(count);
        for (int i = 0; i < count; i++)
        {
            properNouns[reader.ReadUInt32()] = reader.ReadByte();
        }

        return new NameTagger(LinearModel.Read(reader), properNouns, scale);
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
