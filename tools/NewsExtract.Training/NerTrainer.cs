using NewsExtract.Entities.Names;
using NewsExtract.Learning;

namespace NewsExtract.Training;

/// <summary>Exact-match figures of the name finder on its own (no gazetteer linking, no rules).</summary>
internal readonly record struct NerScores(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Trains the name finder: an averaged structured perceptron (Collins 2002) over BILOU tags, decoded by the same
/// Viterbi lattice as at run time. Each example's gazetteer tags are dropped with a fixed-seed coin per epoch, so the model cannot lean on the
/// list alone and learns the context of names.
/// </summary>
internal static class NerTrainer
{
    public static NameTagger Train(NerData data, IReadOnlyList<NerExample> train, IReadOnlyList<(string Name, IReadOnlyList<NerExample> Set)> tests,
        int epochs, double gazetteerDropout, int seed, TextWriter log, List<Dictionary<string, object>> history)
    {
        var perceptron = new AveragedPerceptron(NameTags.ClassCount);
        var input = new NameInput();
        var random = new Random(seed);
        int[] order = [.. Enumerable.Range(0, train.Count)];
        var scorer = new TrainingScorer(perceptron);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int sentences = 0, correct = 0;
            foreach (int index in order)
            {
                NerExample e = train[index];
                bool gazetteer = random.NextDouble() >= gazetteerDropout;
                data.Fill(input, e, gazetteer: gazetteer && !e.Silver);
                foreach (Sentence s in e.Sentences)
                {
                    int n = s.EndToken - s.FirstToken;
                    int[] predicted = new int[n];
                    float[] margins = new float[n];
                    input.Lattice.Decode(ref scorer, input, s.FirstToken, s.EndToken, predicted, margins);
                    perceptron.Tick();
                    sentences++;
                    bool same = predicted.AsSpan().SequenceEqual(e.Gold.AsSpan(s.FirstToken, n));
                    correct += same ? 1 : 0;
                    if (!same)
                    {
                        Update(perceptron, input, s, e.Gold.AsSpan(s.FirstToken, n), predicted);
                    }
                }
            }

            var line = new Dictionary<string, object> { ["epoch"] = epoch, ["train_sentence_accuracy"] = Math.Round(correct / (double)Math.Max(1, sentences), 4) };
            log.Write($"  ner epoch {epoch}: train {correct / (double)Math.Max(1, sentences):P2} (whole sentences)");
            var model = new NameTagger(perceptron.ToModel(0), data.ProperNouns.ToDictionary());
            foreach ((string name, IReadOnlyList<NerExample> set) in tests)
            {
                NerScores r = Score(data, model, set);
                log.Write($", {name} P {r.Precision:P1} R {r.Recall:P1} F1 {r.F1:P2}");
                line[name + "_f1"] = Math.Round(r.F1, 4);
            }

            log.WriteLine();
            history.Add(line);
        }

        return new NameTagger(perceptron.ToModel(1e-3f), data.ProperNouns.ToDictionary());
    }

    /// <summary>
    /// The structured perceptron's step: the features of the gold path up, those of the predicted path down, at each
    /// token where the two differ in the tag or the tag before (a token counts on a path where that path scores it).
    /// </summary>
    private static void Update(AveragedPerceptron perceptron, NameInput input, Sentence s, ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        Span<uint> emission = stackalloc uint[NameFeatures.Max * 2];
        Span<uint> previous = stackalloc uint[NameFeatures.PreviousCount];
        for (int k = 0; k < gold.Length; k++)
        {
            int i = s.FirstToken + k;
            int gp = k == 0 ? -1 : gold[k - 1], pp = k == 0 ? -1 : predicted[k - 1];
            if (gold[k] == predicted[k] && gp == pp)
            {
                continue;
            }

            bool candidate = (input.Flags[i] & NameInput.Candidate) != 0 || input.Gazetteer[i] != 0;
            bool goldScored = candidate || (gp >= 0 && NameTags.IsOpen(gp));
            bool predictedScored = candidate || (pp >= 0 && NameTags.IsOpen(pp));
            int n = TrainingScorer.Emission(input, s.FirstToken, s.EndToken, i, emission);
            if (goldScored)
            {
                perceptron.Add(emission[..n], gold[k], 1f);
                NameFeatures.Previous(input, i, gp, previous);
                perceptron.Add(previous, gold[k], 1f);
            }

            if (predictedScored)
            {
                perceptron.Add(emission[..n], predicted[k], -1f);
                NameFeatures.Previous(input, i, pp, previous);
                perceptron.Add(previous, predicted[k], -1f);
            }
        }
    }

    /// <summary>The perceptron's current (not averaged) weights as the decoder's scores.</summary>
    private readonly struct TrainingScorer(AveragedPerceptron perceptron) : INameScorer
    {
        public static int Emission(NameInput input, int first, int end, int i, Span<uint> features)
        {
            int n = NameFeatures.Word(input, i, features);
            return n + NameFeatures.Context(input, first, end, i, features[n..]);
        }

        public void Emission(NameInput input, int first, int end, int i, Span<float> scores)
        {
            Span<uint> features = stackalloc uint[NameFeatures.Max * 2];
            int n = Emission(input, first, end, i, features);
            perceptron.Score(features[..n], scores);
        }

        public void AddPrevious(NameInput input, int i, int previous, Span<float> scores)
        {
            Span<uint> features = stackalloc uint[NameFeatures.PreviousCount];
            Span<float> add = stackalloc float[NameTags.ClassCount];
            NameFeatures.Previous(input, i, previous, features);
            perceptron.Score(features, add);
            for (int c = 0; c < scores.Length; c++)
            {
                scores[c] += add[c];
            }
        }

        public void AddPreviousEach(NameInput input, int i, ReadOnlySpan<int> previous, Span<float> rows)
        {
            for (int j = 0; j < previous.Length; j++)
            {
                AddPrevious(input, i, previous[j], rows.Slice(j * NameTags.ClassCount, NameTags.ClassCount));
            }
        }
    }

    /// <summary>Where <see cref="Score"/> lists each miss and spurious name, when set (error analysis).</summary>
    public static TextWriter? Dump { get; set; }

    /// <summary>Exact span and class agreement of the model's names with the gold names (gazetteer tags on, as at run time).</summary>
    public static NerScores Score(NerData data, NameTagger tagger, IReadOnlyList<NerExample> set)
    {
        var input = new NameInput();
        var found = new List<FoundName>();
        int gold = 0, predicted = 0, correct = 0;
        foreach (NerExample e in set)
        {
            FindNames(data, tagger, input, e, found);

            var goldSpans = Spans(e.Gold);
            if (Dump is TextWriter dump)
            {
                string G(int a, int b) => e.Text[e.Tokens[a].Start..e.Tokens[b].End];
                foreach (var g in goldSpans.Where(g => !found.Any(f => (f.FirstToken, f.LastToken, f.Type) == g)))
                {
                    dump.WriteLine($"MISS {g.Item3} [{G(g.Item1, g.Item2)}] in: {e.Text}");
                }

                foreach (var f in found.Where(f => !goldSpans.Contains((f.FirstToken, f.LastToken, f.Type))))
                {
                    dump.WriteLine($"SPUR {f.Type} [{G(f.FirstToken, f.LastToken)}] {f.Score:F2} in: {e.Text}");
                }
            }

            gold += goldSpans.Count;
            predicted += found.Count;
            correct += found.Count(f => goldSpans.Contains((f.FirstToken, f.LastToken, f.Type)));
        }

        return new NerScores(gold, predicted, correct);
    }

    /// <summary>Sets <paramref name="found"/> to the names the tagger finds in an example, gazetteer tags on as at run time.</summary>
    private static void FindNames(NerData data, NameTagger tagger, NameInput input, NerExample e, List<FoundName> found)
    {
        data.Fill(input, e, gazetteer: true);
        found.Clear();
        foreach (Sentence s in e.Sentences)
        {
            tagger.Find(input, s.FirstToken, s.EndToken, found);
        }
    }

    /// <summary>
    /// The scale of the logistic curve from a name's least margin to its score that best fits (maximum likelihood,
    /// on a fixed grid) whether the names found in <paramref name="set"/> are right, so a score reads as a probability.
    /// </summary>
    public static float FitScale(NerData data, NameTagger tagger, IReadOnlyList<NerExample> set)
    {
        var input = new NameInput();
        var found = new List<FoundName>();
        var margins = new List<(double Margin, bool Right)>();
        var probe = new NameTagger(tagger.Model, data.ProperNouns.ToDictionary(), 1f);
        foreach (NerExample e in set)
        {
            FindNames(data, probe, input, e, found);

            var gold = Spans(e.Gold);
            foreach (FoundName f in found)
            {
                // With scale 1 the score is the logistic of the margin itself: read the margin back from it.
                double p = Math.Clamp(f.Score, 1e-9, 1 - 1e-9);
                margins.Add((Math.Log(p / (1 - p)), gold.Contains((f.FirstToken, f.LastToken, f.Type))));
            }
        }

        float best = 4f;
        double bestLikelihood = double.NegativeInfinity;
        for (float scale = 0.25f; scale <= 32f; scale *= 1.1f)
        {
            double likelihood = 0;
            foreach ((double m, bool right) in margins)
            {
                double p = Math.Clamp(1 / (1 + Math.Exp(-m / scale)), 1e-9, 1 - 1e-9);
                likelihood += Math.Log(right ? p : 1 - p);
            }

            if (likelihood > bestLikelihood)
            {
                bestLikelihood = likelihood;
                best = scale;
            }
        }

        return MathF.Round(best, 3);
    }

    private static HashSet<(int, int, NameClass)> Spans(int[] tags)
    {
        var spans = new HashSet<(int, int, NameClass)>();
        int start = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] == NameTags.Outside)
            {
                continue;
            }

            int position = NameTags.PositionOf(tags[i]);
            start = position is NameTags.Begin or NameTags.Unit ? i : start;
            if (position is NameTags.Last or NameTags.Unit)
            {
                spans.Add((start, i, NameTags.TypeOf(tags[i])));
            }
        }

        return spans;
    }
}
