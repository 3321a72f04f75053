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
