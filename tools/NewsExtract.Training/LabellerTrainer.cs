using NewsExtract.Learning;
using NewsExtract.Syntax;

namespace NewsExtract.Training;

/// <summary>Trains the relation labeller on gold trees with predicted tags.</summary>
internal static class LabellerTrainer
{
    public static RelationLabeller Train(IReadOnlyList<ParseExample> train, string[] labels, int commaTag, int epochs, int seed, TextWriter log)
    {
        var perceptron = new AveragedPerceptron(labels.Length);
        var random = new Random(seed);
        var words = new SentenceWords();
        var input = new ParserInput();
        var tree = new TreeView();
        Span<uint> features = stackalloc uint[LabellerFeatures.Max];
        Span<float> scores = stackalloc float[labels.Length];
        int root = Array.IndexOf(labels, "root");
        int[] order = [.. Enumerable.Range(0, train.Count)];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long seen = 0, correct = 0;
            foreach (int index in order)
            {
                ParseExample ex = train[index];
                TaggerTrainer.Load(words, ex.Sentence);
                input.Reset(words, ex.Tags, commaTag);
                tree.Reset(ex.Gold, input.Count);
                for (int d = 1; d <= input.Count; d++)
                {
                    if (ex.Gold[d] == 0)
                    {
                        continue;
                    }

                    int n = LabellerFeatures.Extract(input, tree, d, features);
                    perceptron.Tick();
                    perceptron.Score(features[..n], scores);
                    scores[root] = float.NegativeInfinity;
                    int guess = LinearModel.ArgMax(scores);
                    perceptron.Update(features[..n], ex.Labels[d], guess);
                    seen++;
                    correct += guess == ex.Labels[d] ? 1 : 0;
                }
            }

            log.WriteLine($"  labeller epoch {epoch}: train {correct / (double)Math.Max(seen, 1):P2}");
        }

        return new RelationLabeller(labels, perceptron.ToModel(1e-3f));
    }
}
