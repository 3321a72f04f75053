using NewsExtract.Learning;
using NewsExtract.Syntax;

namespace NewsExtract.Training;

/// <summary>One training sentence for the parser: its words, predicted tags and (projectivised) gold heads and labels.</summary>
internal sealed record ParseExample(ConlluSentence Sentence, int[] Tags, int[] Gold, int[] Labels);

/// <summary>
/// Trains the arc-eager transition classifier with the dynamic oracle: from the second epoch on, the trainer follows
/// the model's own choice 90 % of the time, so it learns to recover from its mistakes (Goldberg and Nivre 2012).
/// </summary>
internal static class ParserTrainer
{
    private const double FollowModel = 0.9;

    public static DependencyParser Train(IReadOnlyList<ParseExample> train, int commaTag, int epochs, int seed, float rowThreshold, Action<int, DependencyParser>? onEpoch, TextWriter log)
    {
        var perceptron = new AveragedPerceptron(DependencyParser.TransitionCount);
        var random = new Random(seed);
        var words = new SentenceWords();
        var input = new ParserInput();
        var state = new ArcEagerState();
        Span<uint> features = stackalloc uint[ParserFeatures.Max];
        Span<float> scores = stackalloc float[DependencyParser.TransitionCount];
        Span<int> costs = stackalloc int[DependencyParser.TransitionCount];
        int[] order = [.. Enumerable.Range(0, train.Count)];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long steps = 0, errors = 0;
            foreach (int index in order)
            {
                ParseExample ex = train[index];
                TaggerTrainer.Load(words, ex.Sentence);
                input.Reset(words, ex.Tags, commaTag);
                state.Reset(input.Count);
                while (!state.BufferEmpty)
                {
                    int n = ParserFeatures.Extract(input, state, features);
                    perceptron.Tick();
                    perceptron.Score(features[..n], scores);
                    Transition guess = DependencyParser.BestLegal(state, scores);
                    int bestZero = -1;
                    float bestZeroScore = float.NegativeInfinity;
                    for (int t = 0; t < DependencyParser.TransitionCount; t++)
                    {
                        costs[t] = state.IsLegal((Transition)t) ? ArcEagerOracle.Cost(state, ex.Gold, (Transition)t) : int.MaxValue;
                    }

                    int minCost = int.MaxValue;
                    for (int t = 0; t < costs.Length; t++)
                    {
                        minCost = Math.Min(minCost, costs[t]);
                    }

                    for (int t = 0; t < costs.Length; t++)
                    {
                        if (costs[t] == minCost && scores[t] > bestZeroScore)
                        {
                            bestZeroScore = scores[t];
                            bestZero = t;
                        }
                    }

                    steps++;
                    Transition next;
                    if (costs[(int)guess] != minCost)
                    {
                        errors++;
                        perceptron.Update(features[..n], bestZero, (int)guess);
                        next = epoch > 1 && random.NextDouble() < FollowModel ? guess : (Transition)bestZero;
                    }
                    else
                    {
                        next = guess;
                    }

                    state.Apply(next);
                }
            }

            log.WriteLine($"  parser epoch {epoch}: {errors / (double)Math.Max(steps, 1):P2} of transitions were not optimal");
            onEpoch?.Invoke(epoch, new DependencyParser(perceptron.ToModel(0)));
        }

        // Features are kept or left out whole (see AveragedPerceptron.ToModel).
        return new DependencyParser(perceptron.ToModel(1e-3f, rowThreshold));
    }
}
