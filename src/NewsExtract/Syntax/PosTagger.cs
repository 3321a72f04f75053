using System.Buffers;
using System.Collections.Frozen;
using NewsExtract.Learning;

namespace NewsExtract.Syntax;

/// <summary>
/// A greedy left-to-right averaged-perceptron tagger that gives each word a pair of tags (UPOS and Penn XPOS) at once.
/// Words that were frequent and always had the same tag in training take it from a dictionary without scoring.
/// </summary>
/// <remarks>Trained by <c>tools/NewsExtract.Training</c> from UD English EWT (CC BY-SA 4.0).</remarks>
internal sealed class PosTagger
{
    public const string Kind = "tagger";

    private readonly LinearModel _model;
    private readonly FrozenDictionary<uint, int> _unambiguous;
    private readonly FrozenDictionary<uint, uint> _ambiguity;

    public PosTagger(string[] classXpos, UposTag[] classUpos, LinearModel model, IDictionary<uint, int> unambiguous, IDictionary<uint, uint> ambiguity)
    {
        ClassXpos = classXpos;
        ClassUpos = classUpos;
        _model = model;
        _unambiguous = unambiguous.ToFrozenDictionary();
        _ambiguity = ambiguity.ToFrozenDictionary();
    }

    public string[] ClassXpos { get; }

    /// <summary>The class of a (UPOS, XPOS) pair, or -1.</summary>
    public int ClassOf(UposTag upos, string xpos)
    {
        for (int c = 0; c < ClassXpos.Length; c++)
        {
            if (ClassUpos[c] == upos && ClassXpos[c] == xpos)
            {
                return c;
            }
        }

        return -1;
    }

    public UposTag[] ClassUpos { get; }

    public int ClassCount => ClassXpos.Length;

    public LinearModel Model => _model;

    /// <summary>The same tagger with other weights (pruned ones, say).</summary>
    public PosTagger WithModel(LinearModel model) =>
        new(ClassXpos, ClassUpos, model, _unambiguous, _ambiguity);

    /// <summary>Sets each word's ambiguity class from the dictionary learned in training.</summary>
    public void SetAmbiguity(SentenceWords words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            words.Ambiguity[i] = _ambiguity.TryGetValue(words.Norm[i], out uint a) ? a : 0;
        }
    }

    /// <summary>Tags the sentence; a word whose <paramref name="forced"/> entry is a class keeps that class.</summary>
    /// <remarks>
    /// The features that do not depend on earlier tags are scored for the whole sentence in one search of the weights
    /// (<see cref="LinearModel.ScoreEach"/>, whose cache misses overlap); the left-to-right pass then adds only the
    /// features of the two tags before each word.
    /// </remarks>
    public void Tag(SentenceWords words, Span<int> tags, ReadOnlySpan<int> forced = default)
    {
        SetAmbiguity(words);
        int n = words.Count;
        int classes = ClassCount;
        int[] order = ArrayPool<int>.Shared.Rent(n * 2);
        uint[] features = ArrayPool<uint>.Shared.Rent(n * TaggerFeatures.MaxStatic);
        float[] scores = ArrayPool<float>.Shared.Rent(n * classes);
        try
        {
            // order[0..m]: the words to score; order[n..n + m]: where each one's static features end.
            int m = 0;
            int used = 0;
            for (int i = 0; i < n; i++)
            {
                if (forced.Length > i && forced[i] >= 0)
                {
                    tags[i] = forced[i];
                }
                else if (_unambiguous.TryGetValue(words.Norm[i], out int known))
                {
                    tags[i] = known;
                }
                else
                {
                    used += TaggerFeatures.ExtractStatic(words, i, features.AsSpan(used));
                    order[m] = i;
                    order[n + m++] = used;
                }
            }

            _model.ScoreEach(features.AsSpan(0, used), order.AsSpan(n, m), scores.AsSpan(0, m * classes));
            Span<uint> dynamic = stackalloc uint[TaggerFeatures.Max];
            Span<float> extra = stackalloc float[classes];
            for (int j = 0; j < m; j++)
            {
                int i = order[j];
                int k = TaggerFeatures.ExtractDynamic(words, i, tags, dynamic);
                _model.Score(dynamic[..k], extra);
                Span<float> total = scores.AsSpan(j * classes, classes);
                for (int c = 0; c < classes; c++)
                {
                    total[c] += extra[c];
                }

                tags[i] = LinearModel.ArgMax(total);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<uint>.Shared.Return(features);
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassXpos.Length);
        for (int c = 0; c < ClassXpos.Length; c++)
        {
            writer.Write(ClassXpos[c]);
            writer.Write((byte)ClassUpos[c]);
        }

        WriteMap(writer, _unambiguous.OrderBy(p => p.Key).Select(p => (p.Key, (uint)p.Value)));
        WriteMap(writer, _ambiguity.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)));
        _model.Write(writer);
    }

    public static PosTagger Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        var xpos = new string[count];
        var upos = new UposTag[count];
        for (int c = 0; c < count; c++)
        {
            xpos[c] = string.Intern(reader.ReadString());
            upos[c] = (UposTag)reader.ReadByte();
        }

        Dictionary<uint, uint> unambiguous = ReadMap(reader);
        Dictionary<uint, uint> ambiguity = ReadMap(reader);
        LinearModel model = LinearModel.Read(reader);
        return new PosTagger(xpos, upos, model, unambiguous.ToDictionary(p => p.Key, p => (int)p.Value), ambiguity);
    }

    internal static void WriteMap(BinaryWriter writer, IEnumerable<(uint Key, uint Value)> pairs)
    {
        var list = pairs.ToList();
        writer.Write(list.Count);
        foreach ((uint key, uint value) in list)
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    internal static Dictionary<uint, uint> ReadMap(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        var map = new Dictionary<uint, uint>(count);
        for (int i = 0; i < count; i++)
        {
            map[reader.ReadUInt32()] = reader.ReadUInt32();
        }

        return map;
    }
}
