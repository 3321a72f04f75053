using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsExtract.Learning;
using NewsExtract.Syntax;

namespace NewsExtract.Training;

/// <summary>
/// Trains every syntax model from ../shared/data, deterministically (fixed seeds, ordered iteration), printing dev
/// figures as it goes, and writes the model files the library embeds plus a JSON of their figures.
/// <code>dotnet run --project tools/NewsExtract.Training -c Release</code>
/// </summary>
internal static class Program
{
    private const string Licence = "CC BY-SA 4.0";
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true };

    public static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (args is ["events", ..])
        {
            return EventTrainer.Run(args[1..], TrainingOptions.Root);
        }

        if (args is ["--cue-lemmas"])
        {
            return CueLemmaLearner.Run(TrainingOptions.FindRoot(), Console.Out);
        }

        if (args is ["--dump-tags", string dumpModels, string dumpOut])
        {
            return DevTagDump.Run(dumpModels, Path.GetFullPath(Path.Combine(TrainingOptions.Root, "..", "shared", "data")), dumpOut);
        }

        if (args.Length > 0 && args[0] == "ner")
        {
            return NerProgram.Run(args[1..]);
        }

        var options = TrainingOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(TrainingOptions.Usage);
            return 2;
        }

        var clock = Stopwatch.StartNew();
        TextWriter log = Console.Out;
        string ewt = Path.Combine(options.Data, "ud", "en_ewt");
        List<ConlluSentence> train = [.. ConlluReader.Read(Path.Combine(ewt, "en_ewt-ud-train.conllu"))];
        List<ConlluSentence> dev = [.. ConlluReader.Read(Path.Combine(ewt, "en_ewt-ud-dev.conllu"))];
        string trainingData = "UD English EWT train";
        if (options.Gum)
        {
            int before = train.Count;
            train.AddRange(ConlluReader.Read(Path.Combine(options.Data, "ud", "gum", "gum-train.conllu")));
            trainingData += " + GUM train (open-licence documents)";
            log.WriteLine($"GUM: {train.Count - before} sentences added");
        }

        log.WriteLine($"training sentences: {train.Count}, dev sentences: {dev.Count}");
        if (options.AnalyzeOnly is string modelFolder)
        {
            SyntaxModels loaded = SyntaxModels.LoadFrom(modelFolder);
            DevAnalysis.Print(loaded, dev, log);
            foreach (float threshold in new[] { 1f, 1.5f, 2f })
            {
                var pruned = new SyntaxModels(
                    loaded.Tagger,
                    loaded.Lemmatizer,
                    new DependencyParser(loaded.Parser.Model.Pruned(threshold)),
                    loaded.Labeller);
                SyntaxScores p = SyntaxEvaluator.Evaluate(pruned, dev);
                log.WriteLine($"pruned at {threshold}: features tagger {pruned.Tagger.Model.FeatureCount}, parser {pruned.Parser.Model.FeatureCount}, " +
                    $"labeller {pruned.Labeller.Model.FeatureCount}; UPOS {p.Upos:P2} UAS {p.Uas:P2} LAS {p.Las:P2}");
            }

            return 0;
        }

        if (options.LemmatizerOnly)
        {
            Lemmatizer only = LemmatizerTrainer.Train(train);
            log.WriteLine($"lemmatizer: {only.ExceptionCount} exceptions, {only.RuleCount} suffix rules, {only.KnownCount} known lemmas");
            Directory.CreateDirectory(options.Out);
            Write(options.Out, Lemmatizer.Kind, Lemmatizer.Version, trainingData, only.Write);
            return 0;
        }

        if (options.TaggerOnly)
        {
            TaggerTrainer.Train(train, dev, options.TaggerEpochs, options.Seed, log);
            return 0;
        }

        // Jackknifed tags (see Jackknife).
        int[][] predicted = Jackknife.Tags(train, options, log);

        string[] labels = [.. train.SelectMany(s => s.Relations).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var labelIds = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var examples = new List<ParseExample>(train.Count);
        for (int i = 0; i < train.Count; i++)
        {
            ConlluSentence s = train[i];
            int[] gold = ArcEagerOracle.Projectivize(s.Heads);
            int[] labelOf = new int[s.Count + 1];
            for (int k = 0; k < s.Count; k++)
            {
                labelOf[k + 1] = labelIds[s.Relations[k]];
            }

            examples.Add(new ParseExample(s, predicted[i], gold, labelOf));
        }

        if (options.LabellerOnly is string keptModels)
        {
            return LabellerExperiment.Run(keptModels, examples, labels, dev, options, log);
        }

        log.WriteLine("tagger:");
        PosTagger tagger = TaggerTrainer.Train(train, dev, options.TaggerEpochs, options.Seed, log);
        Lemmatizer lemmatizer = LemmatizerTrainer.Train(train);
        log.WriteLine($"lemmatizer: {lemmatizer.ExceptionCount} exceptions, {lemmatizer.RuleCount} suffix rules, {lemmatizer.KnownCount} known lemmas ({clock.Elapsed.TotalSeconds:F0} s)");

        int commaTag = Array.IndexOf(tagger.ClassXpos, ",");
        log.WriteLine("parser:");
        var placeholderLabeller = new RelationLabeller(labels, new LinearModel(labels.Length, [], [0], [], []));
        DependencyParser parser = ParserTrainer.Train(examples, commaTag, options.ParserEpochs, options.Seed, options.PruneParserRows ? options.PruneParser : 0, (epoch, p) =>
        {
            if (epoch % 4 == 0 || epoch == options.ParserEpochs)
            {
                SyntaxScores s = SyntaxEvaluator.Evaluate(new SyntaxModels(tagger, lemmatizer, p, placeholderLabeller), dev);
                log.WriteLine($"    dev UAS {s.Uas:P2} ({clock.Elapsed.TotalSeconds:F0} s)");
            }
        }, log);

        log.WriteLine("labeller:");
        RelationLabeller labeller = LabellerTrainer.Train(examples, labels, commaTag, options.LabellerEpochs, options.Seed, log);
        tagger = tagger.WithModel(tagger.Model.Pruned(options.PruneTagger));
        labeller = new RelationLabeller(labeller.Labels, labeller.Model.Pruned(options.PruneLabeller));
        // The parser comes with whole features pruned (all four weights of a kept feature); for comparison, the same
        // features with their small weights zeroed as well, as the parser was pruned before.
        SyntaxScores zeroed = SyntaxEvaluator.Evaluate(new SyntaxModels(tagger, lemmatizer, new DependencyParser(parser.Model.Pruned(options.PruneParser)), labeller), dev);
        log.WriteLine($"parser: {parser.Model.FeatureCount} features; with weights below {options.PruneParser} zeroed too: dev UAS {zeroed.Uas:P2} LAS {zeroed.Las:P2}");
        if (!options.PruneParserRows)
        {
            parser = new DependencyParser(parser.Model.Pruned(options.PruneParser));
        }
        var models = new SyntaxModels(tagger, lemmatizer, parser, labeller);
        SyntaxScores final = SyntaxEvaluator.Evaluate(models, dev);
        log.WriteLine($"dev: UPOS {final.Upos:P2} XPOS {final.Xpos:P2} lemma {final.Lemma:P2} UAS {final.Uas:P2} LAS {final.Las:P2} ({final.TokensPerSecond:F0} tokens/s)");

        Directory.CreateDirectory(options.Out);
        Write(options.Out, PosTagger.Kind, TaggerFeatures.Version, trainingData, tagger.Write);
        Write(options.Out, Lemmatizer.Kind, Lemmatizer.Version, trainingData, lemmatizer.Write);
        Write(options.Out, DependencyParser.Kind, ParserFeatures.Version, trainingData, parser.Write);
        Write(options.Out, RelationLabeller.Kind, LabellerFeatures.Version, trainingData, labeller.Write);
        if (options.Figures is not null)
        {
            var figures = new Dictionary<string, object>
            {
                ["training_data"] = trainingData,
                ["training_sentences"] = train.Count,
                ["dev"] = new Dictionary<string, double>
                {
                    ["upos"] = Math.Round(final.Upos, 4),
                    ["xpos"] = Math.Round(final.Xpos, 4),
                    ["lemma"] = Math.Round(final.Lemma, 4),
                    ["uas"] = Math.Round(final.Uas, 4),
                    ["las"] = Math.Round(final.Las, 4),
                },
                ["epochs"] = new Dictionary<string, int>
                {
                    ["tagger"] = options.TaggerEpochs,
                    ["parser"] = options.ParserEpochs,
                    ["labeller"] = options.LabellerEpochs,
                    ["folds"] = options.Folds,
                },
                ["seed"] = options.Seed,
                ["prune"] = new Dictionary<string, double>
                {
                    ["tagger"] = options.PruneTagger,
                    ["parser"] = options.PruneParser,
                    ["labeller"] = options.PruneLabeller,
                },
            };
            File.WriteAllText(options.Figures, JsonSerializer.Serialize(figures, s_json) + "\n");
        }

        log.WriteLine($"models written to {options.Out} in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    private static void Write(string folder, string kind, int version, string trainingData, Action<BinaryWriter> payload)
    {
        string path = Path.Combine(folder, SyntaxModels.FileName(kind));
        using FileStream stream = File.Create(path);
        ModelFile.Write(stream, new ModelHeader(kind, version, trainingData, Licence), payload);
        Console.WriteLine($"  {path}: {stream.Length / 1024.0:F0} KB");
    }
}
