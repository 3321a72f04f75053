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
/// Trains the name finder: a greedy averaged perceptron over BILOU tags, on its own predicted history (as at run
/// time). Each example's gazetteer tags are dropped with a fixed-seed coin per epoch, so the model cannot lean on the
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
        Span<uint> features = stackalloc uint[NameFeatures.Max];
        Span<float> scores = stackalloc float[NameTags.ClassCount];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int scored = 0, correct = 0;
            foreach (int index in order)
            {
                NerExample e = train[index];
                data.Fill(input, e, gazetteer: random.NextDouble() >= gazetteerDropout);
                foreach (Sentence s in e.Sentences)
                {
                    int t1 = -1, t2 = -1;
                    for (int i = s.FirstToken; i < s.EndToken; i++)
                    {
                        int previous = t1 < 0 ? NameTags.Outside : t1;
                        int guess = NameTags.Outside;
                        if (NameTagger.NeedsScore(input, i, previous))
                        {
                            int n = NameFeatures.Extract(input, s.FirstToken, s.EndToken, i, t1, t2, features);
                            perceptron.Tick();
                            perceptron.Score(features[..n], scores);
                            (guess, _, bool close) = NameTagger.Decide(scores, previous, i + 1 == s.EndToken);
                            t1 = close ? NameTagger.Closed(previous) : t1;
                            perceptron.Update(features[..n], e.Gold[i], guess);
                            scored++;
                            correct += guess == e.Gold[i] ? 1 : 0;
                        }

                        t2 = t1;
                        t1 = guess;
                    }
                }
            }

            var line = new Dictionary<string, object> { ["epoch"] = epoch, ["train_scored_accuracy"] = Math.Round(correct / (double)Math.Max(1, scored), 4) };
            log.Write($"  ner epoch {epoch}: train {correct / (double)Math.Max(1, scored):P2} (scored tokens)");
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

    /// <summary>Exact span and class agreement of the model's names with the gold names (gazetteer tags on, as at run time).</summary>
    /// <summary>Where <see cref="Score"/> lists each miss and spurious name, when set (error analysis).</summary>
    public static TextWriter? Dump { get; set; }

    public static NerScores Score(NerData data, NameTagger tagger, IReadOnlyList<NerExample> set)
    {
        var input = new NameInput();
        var found = new List<FoundName>();
        int gold = 0, predicted = 0, correct = 0;
        foreach (NerExample e in set)
        {
            data.Fill(input, e, gazetteer: true);
            found.Clear();
            foreach (Sentence s in e.Sentences)
            {
                tagger.Find(input, s.FirstToken, s.EndToken, found);
            }

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
