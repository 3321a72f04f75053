using NewsExtract.Learning;

namespace NewsExtract.Syntax;

/// <summary>
/// A greedy arc-eager dependency parser: at each step an averaged perceptron scores the four transitions and the best
/// legal one is taken, so a sentence of n words is parsed in at most 2n steps. Gives unlabelled heads; the
/// <see cref="RelationLabeller"/> names the relations of the finished tree.
/// </summary>
/// <remarks>Trained by <c>tools/NewsExtract.Training</c> with a dynamic oracle (Goldberg and Nivre 2012).</remarks>
internal sealed class DependencyParser
{
    public const string Kind = "parser";
    public const int TransitionCount = 4;

    private readonly LinearModel _model;

    public DependencyParser(LinearModel model)
    {
        _model = model;
    }

    /// <summary>Parses the sentence; <paramref name="heads"/>[i] (1-based) gets the head of word i, 0 for the root.</summary>
    public void Parse(ParserInput input, ArcEagerState state, Span<int> heads)
    {
        state.Reset(input.Count);
        Span<uint> features = stackalloc uint[ParserFeatures.Max];
        Span<float> scores = stackalloc float[TransitionCount];
        while (!state.BufferEmpty)
        {
            int n = ParserFeatures.Extract(input, state, features);
            _model.Score(features[..n], scores);
            state.Apply(BestLegal(state, scores));
        }

        state.Finish();
        for (int i = 1; i <= input.Count; i++)
        {
            heads[i] = state.Heads[i];
        }
    }

    public static Transition BestLegal(ArcEagerState state, ReadOnlySpan<float> scores)
    {
        var best = Transition.Shift;
        float bestScore = float.NegativeInfinity;
        for (int t = 0; t < TransitionCount; t++)
        {
            if (scores[t] > bestScore && state.IsLegal((Transition)t))
            {
                bestScore = scores[t];
                best = (Transition)t;
            }
        }

        return best;
    }

    public LinearModel Model => _model;

    public void Write(BinaryWriter writer) => _model.Write(writer);

    public static DependencyParser Read(BinaryReader reader) => new(LinearModel.Read(reader));
}

/// <summary>Names the relation of every arc of a finished tree (UD relations with subtypes); the root's arc is <c>root</c>.</summary>
internal sealed class RelationLabeller
{
    public const string Kind = "labeller";

    private readonly LinearModel _model;

    public RelationLabeller(string[] labels, LinearModel model)
    {
        Labels = labels;
        _model = model;
        RootLabel = Array.IndexOf(labels, "root");
    }

    public string[] Labels { get; }

    public LinearModel Model => _model;

    public int RootLabel { get; }

    /// <summary>Sets <paramref name="labels"/>[i] (1-based) to the relation of word i to its head.</summary>
    public void Label(ParserInput input, TreeView tree, Span<int> labels)
    {
        Span<uint> features = stackalloc uint[LabellerFeatures.Max];
        Span<float> scores = stackalloc float[Labels.Length];
        for (int d = 1; d <= input.Count; d++)
        {
            if (tree.Heads[d] == 0 && RootLabel >= 0)
            {
                labels[d] = RootLabel;
                continue;
            }

            int n = LabellerFeatures.Extract(input, tree, d, features);
            _model.Score(features[..n], scores);
            if (RootLabel >= 0)
            {
                scores[RootLabel] = float.NegativeInfinity;
            }

            labels[d] = LinearModel.ArgMax(scores);
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Labels.Length);
        foreach (string label in Labels)
        {
            writer.Write(label);
        }

        _model.Write(writer);
    }

    public static RelationLabeller Read(BinaryReader reader)
    {
        var labels = new string[reader.ReadInt32()];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = string.Intern(reader.ReadString());
        }

        return new RelationLabeller(labels, LinearModel.Read(reader));
    }
}
