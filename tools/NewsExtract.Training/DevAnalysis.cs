using NewsExtract.Syntax;

namespace NewsExtract.Training;

/// <summary>Where the models go wrong on dev: lemma errors, head errors by gold relation, and label confusions.</summary>
internal static class DevAnalysis
{
    public static void Print(SyntaxModels models, IReadOnlyList<ConlluSentence> dev, TextWriter log)
    {
        var lemmaErrors = new Dictionary<string, int>(StringComparer.Ordinal);
        var headByRelation = new Dictionary<string, (int Total, int Wrong)>(StringComparer.Ordinal);
        var confusions = new Dictionary<string, int>(StringComparer.Ordinal);
        var a = new SentenceAnalysis();
        int repaired = 0, repairedSentences = 0;
        foreach (ConlluSentence s in dev)
        {
            a.Words.Reset(s.Count);
            for (int i = 0; i < s.Count; i++)
            {
                a.Words.Set(i, s.Forms[i]);
            }

            models.Analyze(a);
            repaired += a.State.Repaired;
            repairedSentences += a.State.Repaired > 0 ? 1 : 0;
            for (int i = 0; i < s.Count; i++)
            {
                string xpos = models.Tagger.ClassXpos[a.Tags[i]];
                string? next = i + 1 < s.Count ? models.Tagger.ClassXpos[a.Tags[i + 1]] : null;
                string lemma = models.Lemmatizer.Lemmatize(s.Forms[i], xpos, next);
                if (lemma != s.Lemmas[i])
                {
                    string key = $"{s.Forms[i]}/{xpos} -> {lemma} (gold {s.Lemmas[i]}/{s.Xpos[i]})";
                    lemmaErrors[key] = lemmaErrors.GetValueOrDefault(key) + 1;
                }

                string gold = s.Relations[i];
                (int total, int wrong) = headByRelation.GetValueOrDefault(gold);
                bool headWrong = a.Heads[i + 1] != s.Heads[i];
                headByRelation[gold] = (total + 1, wrong + (headWrong ? 1 : 0));
                string predicted = models.Labeller.Labels[a.Labels[i + 1]];
                if (!headWrong && predicted != gold)
                {
                    string key = $"{gold} -> {predicted}";
                    confusions[key] = confusions.GetValueOrDefault(key) + 1;
                }
            }
        }

        // Speed, one thread, three rounds each: tagging alone, and tagging with parsing and labelling.
        foreach (bool parse in new[] { false, true })
        {
            long tokens = 0;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            for (int round = 0; round < 3; round++)
            {
                foreach (ConlluSentence s in dev)
                {
                    a.Words.Reset(s.Count);
                    for (int i = 0; i < s.Count; i++)
                    {
                        a.Words.Set(i, s.Forms[i]);
                    }

                    models.Analyze(a, parse);
                    tokens += s.Count;
                }
            }

            log.WriteLine($"{(parse ? "tag+parse+label" : "tag")}: {tokens / clock.Elapsed.TotalSeconds:F0} tokens/s");
        }

        // Where the time goes: the three steps timed apart over dev, three rounds.
        long tTag = 0, tParse = 0, tLabel = 0, count = 0;
        for (int round = 0; round < 3; round++)
        {
            foreach (ConlluSentence s in dev)
            {
                a.Words.Reset(s.Count);
                a.EnsureCapacity(s.Count);
                for (int i = 0; i < s.Count; i++)
                {
                    a.Words.Set(i, s.Forms[i]);
                }

                long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
                models.Tagger.Tag(a.Words, a.Tags);
                long t1 = System.Diagnostics.Stopwatch.GetTimestamp();
                a.Input.Reset(a.Words, a.Tags, models.CommaTag);
                models.Parser.Parse(a.Input, a.State, a.Heads);
                long t2 = System.Diagnostics.Stopwatch.GetTimestamp();
                a.Tree.Reset(a.Heads, s.Count);
                models.Labeller.Label(a.Input, a.Tree, a.Labels);
                long t3 = System.Diagnostics.Stopwatch.GetTimestamp();
                tTag += t1 - t0;
                tParse += t2 - t1;
                tLabel += t3 - t2;
                count += s.Count;
            }
        }

        double f = System.Diagnostics.Stopwatch.Frequency;
        log.WriteLine($"tokens/s: tagger {count / (tTag / f):F0}, parser {count / (tParse / f):F0}, labeller {count / (tLabel / f):F0}");
        log.WriteLine($"words the parser left without a head: {repaired} in {repairedSentences} sentences");
        log.WriteLine("lemma errors (top 25):");
        foreach (var p in lemmaErrors.OrderByDescending(p => p.Value).Take(25))
        {
            log.WriteLine($"  {p.Value,4}  {p.Key}");
        }

        log.WriteLine("head errors by gold relation (top 20 by count):");
        foreach (var p in headByRelation.OrderByDescending(p => p.Value.Wrong).Take(20))
        {
            log.WriteLine($"  {p.Key,-14} {p.Value.Wrong,5} of {p.Value.Total,5} ({p.Value.Wrong / (double)p.Value.Total:P1})");
        }

        log.WriteLine("label confusions on right heads (top 20):");
        foreach (var p in confusions.OrderByDescending(p => p.Value).Take(20))
        {
            log.WriteLine($"  {p.Value,4}  {p.Key}");
        }
    }
}

/// <summary>Writes every dev word with its predicted and gold tag and lemma (TSV), to study lemma errors offline.</summary>
internal static class DevTagDump
{
    public static int Run(string modelFolder, string dataFolder, string output)
    {
        SyntaxModels models = SyntaxModels.LoadFrom(modelFolder);
        var a = new SentenceAnalysis();
        using var writer = new StreamWriter(output);
        writer.WriteLine("sentence\tindex\tform\txpos\tnext\tgold_xpos\tgold_lemma\tlemma");
        int number = 0;
        foreach (ConlluSentence s in ConlluReader.Read(Path.Combine(dataFolder, "ud", "en_ewt", "en_ewt-ud-dev.conllu")))
        {
            a.Words.Reset(s.Count);
            for (int i = 0; i < s.Count; i++)
            {
                a.Words.Set(i, s.Forms[i]);
            }

            models.Analyze(a, false);
            for (int i = 0; i < s.Count; i++)
            {
                string xpos = models.Tagger.ClassXpos[a.Tags[i]];
                string? next = i + 1 < s.Count ? models.Tagger.ClassXpos[a.Tags[i + 1]] : null;
                string lemma = models.Lemmatizer.Lemmatize(s.Forms[i], xpos, next);
                writer.WriteLine($"{number}\t{i}\t{s.Forms[i]}\t{xpos}\t{next ?? "-"}\t{s.Xpos[i]}\t{s.Lemmas[i]}\t{lemma}");
            }

            number++;
        }

        return 0;
    }
}
