using NewsExtract.Syntax;

namespace NewsExtract.Training;

/// <summary>Trains only the relation labeller and scores it on dev with a kept tagger and parser (to try labeller features).</summary>
internal static class LabellerExperiment
{
    public static int Run(string folder, IReadOnlyList<ParseExample> examples, string[] labels, IReadOnlyList<ConlluSentence> dev, TrainingOptions options, TextWriter log)
    {
        T Read<T>(string kind, int version, Func<BinaryReader, T> read)
        {
            string file = Path.Combine(folder, SyntaxModels.FileName(kind));
            using FileStream input = File.OpenRead(file);
            using BinaryReader reader = NewsExtract.Learning.ModelFile.Open(input, file, kind, version, out _);
            return read(reader);
        }

        var kept = new SyntaxModels(
            Read(PosTagger.Kind, TaggerFeatures.Version, PosTagger.Read),
            Read(Lemmatizer.Kind, Lemmatizer.Version, Lemmatizer.Read),
            Read(DependencyParser.Kind, ParserFeatures.Version, DependencyParser.Read),
            new RelationLabeller(labels, new NewsExtract.Learning.LinearModel(labels.Length, [], [0], [], [])));
        int commaTag = Array.IndexOf(kept.Tagger.ClassXpos, ",");
        RelationLabeller labeller = LabellerTrainer.Train(examples, labels, commaTag, options.LabellerEpochs, options.Seed, log);
        labeller = new RelationLabeller(labeller.Labels, labeller.Model.Pruned(options.PruneLabeller));
        SyntaxScores s = SyntaxEvaluator.Evaluate(new SyntaxModels(kept.Tagger, kept.Lemmatizer, kept.Parser, labeller), dev);
        log.WriteLine($"dev: UAS {s.Uas:P2} LAS {s.Las:P2}; labeller features {labeller.Model.FeatureCount}");
        Directory.CreateDirectory(options.Out);
        string path = Path.Combine(options.Out, SyntaxModels.FileName(RelationLabeller.Kind));
        using FileStream stream = File.Create(path);
        NewsExtract.Learning.ModelFile.Write(stream, new NewsExtract.Learning.ModelHeader(RelationLabeller.Kind, LabellerFeatures.Version, "experiment", "CC BY-SA 4.0"), labeller.Write);
        log.WriteLine($"  {path}: {stream.Length / 1024.0:F0} KB");
        return 0;
    }
}
