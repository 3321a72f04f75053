using System.Globalization;
using NewsExtract.Evaluation;
using NewsExtract.Events;
using NewsExtract.Learning;
using NewsExtract.Syntax;

namespace NewsExtract.Training;

/// <summary>
/// <c>NewsExtract.Training events</c>: trains the trigger classifier (<see cref="TriggerModel"/>) from event gold
/// (<c>NAME.events.json</c> beside <c>NAME.txt</c>) in the given folders, deterministically. It first scores a
/// cross-validation by article (each article scored by a model that never saw it, the rest of the layer as shipped),
/// then trains on everything and writes <c>events.bin</c>.
/// <code>dotnet run --project tools/NewsExtract.Training -c Release -- events [--folds 4] [--epochs 12] [--out DIR] [DIR...]</code>
/// </summary>
internal static class EventTrainer
{
    private const string Licence = "MIT";

    private sealed record Article(string Name, GoldDocument? Gold, IReadOnlyList<GoldEvent> Events, EventInput Input);

    private sealed record Example(uint[] Features, int Label);

    public static int Run(string[] args, string root)
    {
        int folds = 4, epochs = 12, seed = 1;
        bool dump = false;
        string output = Path.Combine(root, "src", "NewsExtract", "Lexicons", "Models");
        var folders = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            string? next = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--folds" when int.TryParse(next, out int f) && f >= 2: folds = f; i++; break;
                case "--epochs" when int.TryParse(next, out int e) && e >= 1: epochs = e; i++; break;
                case "--seed" when int.TryParse(next, out int s): seed = s; i++; break;
                case "--out" when next is not null: output = next; i++; break;
                case "--dump": dump = true; break;
                default: folders.Add(args[i]); break;
            }
        }

        if (folders.Count == 0)
        {
            // tests/invented stays out: it is the blind check of the shipped model (docs/events.md).
            folders.AddRange([Path.Combine(root, "..", "shared", "dev-articles"), Path.Combine(root, "corpus")]);
        }

        List<Article> articles = Load(folders);
        Console.WriteLine($"events: {articles.Count} articles with event gold, {articles.Sum(a => a.Events.Count)} mentions");
        if (articles.Count == 0)
        {
            return 2;
        }

        if (articles.Count >= folds)
        {
            var pairs = new List<(GoldDocument, NewsDocument)>();
            for (int fold = 0; fold < folds; fold++)
            {
                var train = articles.Where((_, i) => i % folds != fold).ToList();
                TriggerModel model = Train(train, epochs, seed);
                var extractor = new EventExtractor(EventLexicon.Default, model);
                for (int i = fold; i < articles.Count; i += folds)
                {
                    pairs.Add(Scored(articles[i], extractor));
                    if (dump)
                    {
                        Dump(articles[i], pairs[^1].Item2);
                    }
                }
            }

            Print("cross-validated by article (blind per article)", Evaluator.Score(pairs));
            var rules = new EventExtractor(EventLexicon.Default, null);
            Print("lexicon rules alone (no model)", Evaluator.Score(articles.Select(a => Scored(a, rules)).ToList()));
        }

        TriggerModel all = Train(articles, epochs, seed);
        Directory.CreateDirectory(output);
        string path = Path.Combine(output, SyntaxModels.FileName(TriggerModel.Kind));
        using (FileStream stream = File.Create(path))
        {
            string data = "event gold: " + string.Join(", ", folders.Select(Path.GetFileName)) + $" ({articles.Count} articles)";
            ModelFile.Write(stream, new ModelHeader(TriggerModel.Kind, TriggerFeatures.Version, data, Licence), all.Write);
        }

        Console.WriteLine($"  {path}: {new FileInfo(path).Length / 1024.0:F1} KB, {all.Model.FeatureCount} features");
        return 0;
    }

    private static (GoldDocument, NewsDocument) Scored(Article a, EventExtractor extractor)
    {
        (EventMention[] mentions, EventRecord[] records) = extractor.Run(a.Input);
        var output = new NewsDocument(a.Input.Text)
        {
            Events = [.. mentions],
            EventRecords = [.. records],
        };
        GoldDocument gold = a.Gold!;
        gold.Events = a.Events;
        return (gold, output);
    }

    /// <summary><c>--dump</c>: each matched mention with its gold and predicted identity and its roles, to study identity errors.</summary>
    private static void Dump(Article a, NewsDocument output)
    {
        string text = a.Input.Text;
        var matches = EventScorer.Match(a.Events, output.Events).OrderBy(m => m.Gold).ToList();
        Console.WriteLine("## " + a.Name);
        foreach ((int gi, int pj) in matches)
        {
            EventMention p = output.Events[pj];
            int sentence = Array.FindIndex(a.Input.Sentences, s => s.Span.Contains(p.Trigger.Start));
            string R(string n, EventRole? r) => r is EventRole x ? $" {n}=\"{x.Span.GetText(text).ReplaceLineEndings(" ")}\"{(x.Key is null ? "" : "/" + x.Key)}" : "";
            Console.WriteLine($"  s{sentence,-3} gold {a.Events[gi].Event,-4} pred {p.Event,-4} {(a.Events[gi].Event == "" ? "" : "")}\"{p.Trigger.GetText(text).ReplaceLineEndings(" ")}\"{R("att", p.Attacker)}{R("tgt", p.Target)}{R("pl", p.Place)}{R("t", p.Time)}{R("n", p.Count)}");
        }
    }

    private static void Print(string title, EvalReport report)
    {
        Console.WriteLine(title + ":");
        foreach (Score s in report.Scores.Where(s => s.Name is "events.trigger" or "events.role" or "events.identity").OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Name,-18} P {s.Precision:F3} R {s.Recall:F3} F1 {s.F1:F3} (gold {s.Gold}, predicted {s.Predicted})"));
        }
    }

    private static List<Article> Load(List<string> folders)
    {
        NewsExtractor extractor = NewsExtractor.Create(new NewsExtractorOptions { Events = false, Syntax = SyntaxLevel.Full });
        var articles = new List<Article>();
        foreach (string folder in folders.Where(Directory.Exists))
        {
            foreach (string eventsPath in Directory.EnumerateFiles(folder, "*.events.json").Order(StringComparer.Ordinal))
            {
                string stem = eventsPath[..^".events.json".Length];
                string text = ArticleText.ReadFile(stem + ".txt");
                GoldDocument? gold = File.Exists(stem + ".gold.json") ? GoldDocument.Load(stem + ".gold.json", text) : null;
                NewsDocument doc = extractor.Annotate(text, gold?.Published, Path.GetFileName(stem));
                EventInput input = EventInput.From(doc);
                articles.Add(new Article(Path.GetFileName(stem), gold, GoldEvent.Load(eventsPath, text), input));
            }
        }

        return articles;
    }

    private static List<Example> Examples(IEnumerable<Article> articles)
    {
        var examples = new List<Example>();
        Span<uint> buffer = stackalloc uint[TriggerFeatures.Max];
        foreach (Article a in articles)
        {
            EventInput d = a.Input;
            var tree = new DependencyIndex(d.Syntax);
            foreach (Sentence s in d.Sentences)
            {
                int force = TriggerFinder.CountForce(d, EventLexicon.Default, s);
                for (int t = s.FirstToken; t < s.EndToken; t++)
                {
                    if (!TriggerFinder.IsCandidate(d, EventLexicon.Default, t, out EventWord w))
                    {
                        continue;
                    }

                    bool other = force - (w.Class is EventWordClass.Force or EventWordClass.Impact ? 1 : 0) > 0;
                    int n = TriggerFeatures.Extract(d, tree, EventLexicon.Default, t, s.FirstToken, s.EndToken, other, buffer);
                    TextSpan span = d.Tokens[t].Span;
                    int label = a.Events.Any(e => e.Trigger.Overlaps(span)) ? 1 : 0;
                    examples.Add(new Example(buffer[..n].ToArray(), label));
                }
            }
        }

        return examples;
    }

    private static TriggerModel Train(List<Article> articles, int epochs, int seed)
    {
        List<Example> examples = Examples(articles);
        var perceptron = new AveragedPerceptron(2);
        var random = new Random(seed);
        int[] order = [.. Enumerable.Range(0, examples.Count)];
        Span<float> scores = stackalloc float[2];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int i in order)
            {
                perceptron.Tick();
                perceptron.Score(examples[i].Features, scores);
                int guess = scores[1] > scores[0] ? 1 : 0;
                perceptron.Update(examples[i].Features, examples[i].Label, guess);
            }
        }

        return new TriggerModel(perceptron.ToModel(0f));
    }
}
