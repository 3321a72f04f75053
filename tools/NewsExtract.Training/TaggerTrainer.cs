using NewsExtract.Learning;
using NewsExtract.Syntax;

namespace NewsExtract.Training;

/// <summary>Trains the part-of-speech tagger: classes are (UPOS, XPOS) pairs seen at least three times.</summary>
internal static class TaggerTrainer
{
    private const int MinPairCount = 3;
    private const int MinAmbiguityCount = 3;
    private const int MinUnambiguousCount = 20;
    private const double UnambiguousShare = 0.995;

    public static PosTagger Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence>? dev, int epochs, int seed, TextWriter log)
    {
        (string[] xpos, UposTag[] upos, Dictionary<(string, string), int> classOf) = BuildClasses(train);
        var counts = new Dictionary<uint, Dictionary<int, int>>();
        var sentenceWords = new SentenceWords();
        foreach (ConlluSentence s in train)
        {
            Load(sentenceWords, s);
            for (int i = 0; i < s.Count; i++)
            {
                uint norm = sentenceWords.Norm[i];
                if (!counts.TryGetValue(norm, out Dictionary<int, int>? byClass))
                {
                    counts[norm] = byClass = [];
                }

                int c = ClassOf(classOf, s, i);
                byClass[c] = byClass.GetValueOrDefault(c) + 1;
            }
        }

        var unambiguous = new Dictionary<uint, int>();
        var ambiguity = new Dictionary<uint, uint>();
        foreach ((uint norm, Dictionary<int, int> byClass) in counts)
        {
            int total = byClass.Values.Sum();
            (int best, int bestCount) = byClass.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => (p.Key, p.Value)).First();
            if (total >= MinUnambiguousCount && bestCount >= UnambiguousShare * total)
            {
                unambiguous[norm] = best;
            }

            if (total >= MinAmbiguityCount)
            {
                uint h = 7;
                foreach (int c in byClass.Where(p => p.Value >= 0.05 * total).Select(p => p.Key).Order())
                {
                    h = FeatureHash.Mix(h, (uint)c + 1);
                }

                ambiguity[norm] = h;
            }
        }

        var tagger = new PosTagger(xpos, upos, new LinearModel(xpos.Length, [], [0], [], []), unambiguous, ambiguity);
        var perceptron = new AveragedPerceptron(xpos.Length);
        var words = new SentenceWords();
        Span<uint> features = stackalloc uint[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[xpos.Length];
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        int[] tags = new int[512];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, seen = 0;
            foreach (int index in order)
            {
                ConlluSentence s = train[index];
                Load(words, s);
                tagger.SetAmbiguity(words);
                if (tags.Length < s.Count)
                {
                    tags = new int[s.Count * 2];
                }

                for (int i = 0; i < s.Count; i++)
                {
                    int gold = ClassOf(classOf, s, i);
                    if (unambiguous.TryGetValue(words.Norm[i], out int known))
                    {
                        tags[i] = known;
                        continue;
                    }

                    int n = TaggerFeatures.Extract(words, i, tags, features);
                    perceptron.Tick();
                    perceptron.Score(features[..n], scores);
                    int guess = LinearModel.ArgMax(scores);
                    perceptron.Update(features[..n], gold, guess);
                    tags[i] = guess;
                    correct += guess == gold ? 1 : 0;
                    seen++;
                }
            }

            log.Write($"  tagger epoch {epoch}: train {correct / (double)Math.Max(seen, 1):P2} (scored words)");
            if (dev != null && (epoch == epochs || epoch % 3 == 0))
            {
                var model = new PosTagger(xpos, upos, perceptron.ToModel(0), unambiguous, ambiguity);
                (double u, double x) = Score(model, dev);
                log.Write($", dev UPOS {u:P2} XPOS {x:P2}");
            }

            log.WriteLine();
        }

        return new PosTagger(xpos, upos, perceptron.ToModel(1e-3f), unambiguous, ambiguity);
    }

    public static void Load(SentenceWords words, ConlluSentence s)
    {
        words.Reset(s.Count);
        for (int i = 0; i < s.Count; i++)
        {
            words.Set(i, s.Forms[i]);
        }
    }

    public static (double Upos, double Xpos) Score(PosTagger tagger, IReadOnlyList<ConlluSentence> sentences)
    {
        var words = new SentenceWords();
        int total = 0, u = 0, x = 0;
        foreach (ConlluSentence s in sentences)
        {
            Load(words, s);
            int[] tags = new int[s.Count];
            tagger.Tag(words, tags);
            for (int i = 0; i < s.Count; i++)
            {
                total++;
                u += tagger.ClassUpos[tags[i]].ToUD() == s.Upos[i] ? 1 : 0;
                x += tagger.ClassXpos[tags[i]] == s.Xpos[i] ? 1 : 0;
            }
        }

        return (u / (double)total, x / (double)total);
    }

    private static int ClassOf(Dictionary<(string, string), int> classOf, ConlluSentence s, int i) =>
        classOf.TryGetValue((s.Upos[i], s.Xpos[i]), out int c) ? c : classOf[("", s.Xpos[i])];

    /// <summary>Frequent pairs become classes; a rare pair falls back to its XPOS's most frequent pair.</summary>
    private static (string[] Xpos, UposTag[] Upos, Dictionary<(string, string), int> ClassOf) BuildClasses(IReadOnlyList<ConlluSentence> train)
    {
        var pairCounts = new Dictionary<(string Upos, string Xpos), int>();
        foreach (ConlluSentence s in train)
        {
            for (int i = 0; i < s.Count; i++)
            {
                pairCounts[(s.Upos[i], s.Xpos[i])] = pairCounts.GetValueOrDefault((s.Upos[i], s.Xpos[i])) + 1;
            }
        }

        var kept = pairCounts.Where(p => p.Value >= MinPairCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key.Upos, StringComparer.Ordinal).ThenBy(p => p.Key.Xpos, StringComparer.Ordinal)
            .Select(p => p.Key).ToList();
        var classOf = new Dictionary<(string, string), int>();
        for (int c = 0; c < kept.Count; c++)
        {
            classOf[kept[c]] = c;
            classOf.TryAdd(("", kept[c].Xpos), c);
        }

        foreach (var pair in pairCounts.Keys.OrderBy(k => k.Xpos, StringComparer.Ordinal))
        {
            classOf.TryAdd(("", pair.Xpos), 0);
        }

        return ([.. kept.Select(k => k.Xpos)], [.. kept.Select(k => UposTagNames.Parse(k.Upos))], classOf);
    }
}
