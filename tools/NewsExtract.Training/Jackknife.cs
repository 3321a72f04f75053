using NewsExtract.Syntax;

namespace NewsExtract.Training;

/// <summary>
/// Jackknifed tags: each fold of the training data is tagged by a tagger trained on the other folds, so the parser
/// and labeller learn from tags as noisy as those they will see. Optionally kept in a cache file, so that experiments
/// on the parser or labeller alone need not retrain the fold taggers (the file holds class numbers, no text).
/// </summary>
internal static class Jackknife
{
    public static int[][] Tags(IReadOnlyList<ConlluSentence> train, TrainingOptions options, TextWriter log)
    {
        if (options.TagCache is string cache && File.Exists(cache))
        {
            using var reader = new BinaryReader(File.OpenRead(cache));
            if (reader.ReadInt32() == train.Count && reader.ReadInt32() == options.Folds && reader.ReadInt32() == options.TaggerEpochs && reader.ReadInt32() == options.Seed)
            {
                var cached = new int[train.Count][];
                for (int i = 0; i < cached.Length; i++)
                {
                    cached[i] = new int[reader.ReadInt32()];
                    for (int k = 0; k < cached[i].Length; k++)
                    {
                        cached[i][k] = reader.ReadInt32();
                    }
                }

                log.WriteLine($"jackknifed tags read from {cache}");
                return cached;
            }
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var predicted = new int[train.Count][];
        for (int fold = 0; fold < options.Folds; fold++)
        {
            var rest = train.Where((_, i) => i % options.Folds != fold).ToList();
            PosTagger foldTagger = TaggerTrainer.Train(rest, null, options.TaggerEpochs, options.Seed + fold, TextWriter.Null);
            var words = new SentenceWords();
            for (int i = fold; i < train.Count; i += options.Folds)
            {
                TaggerTrainer.Load(words, train[i]);
                predicted[i] = new int[train[i].Count];
                foldTagger.Tag(words, predicted[i]);
            }

            log.WriteLine($"jackknife fold {fold + 1}/{options.Folds} tagged ({clock.Elapsed.TotalSeconds:F0} s)");
        }

        if (options.TagCache is string path)
        {
            using var writer = new BinaryWriter(File.Create(path));
            writer.Write(train.Count);
            writer.Write(options.Folds);
            writer.Write(options.TaggerEpochs);
            writer.Write(options.Seed);
            foreach (int[] tags in predicted)
            {
                writer.Write(tags.Length);
                foreach (int t in tags)
                {
                    writer.Write(t);
                }
            }
        }

        return predicted;
    }
}
