using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsExtract.Evaluation;

/// <summary>Precision, recall and F1 of one measure, from counts summed over documents.</summary>
/// <param name="Name">The measure ("entities.actor.exact").</param>
/// <param name="Gold">Gold items.</param>
/// <param name="Predicted">Predicted items.</param>
/// <param name="Correct">Predicted items that match a gold item (one-to-one).</param>
public sealed record Score(string Name, int Gold, int Predicted, int Correct)
{
    /// <summary>Gets the precision (0 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Gets the recall (0 when there is no gold item).</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Gets the harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>An accuracy over matched items.</summary>
/// <param name="Name">The measure ("entities.type").</param>
/// <param name="Total">Matched items.</param>
/// <param name="Correct">Matched items that also agree on the measured field.</param>
public sealed record Accuracy(string Name, int Total, int Correct)
{
    /// <summary>Gets the accuracy (1 when nothing was matched).</summary>
    public double Value => Total == 0 ? 1 : (double)Correct / Total;
}

/// <summary>What one document got wrong.</summary>
/// <param name="Id">The document.</param>
/// <param name="Lines">One line per miss ("- ") or spurious item ("+ ").</param>
public sealed record DocumentDiff(string Id, IReadOnlyList<string> Lines);

/// <summary>The result of scoring a pipeline against a folder of gold files.</summary>
/// <param name="Documents">How many documents were scored.</param>
/// <param name="Scores">P/R/F measures.</param>
/// <param name="Accuracies">Accuracy measures.</param>
/// <param name="Diffs">Per-document misses and spurious items, then (when there are any) attribution errors grouped by pattern.</param>
/// <param name="Failures">Documents that could not be scored, with the reason.</param>
public sealed record EvalReport(int Documents, IReadOnlyList<Score> Scores, IReadOnlyList<Accuracy> Accuracies, IReadOnlyList<DocumentDiff> Diffs, IReadOnlyList<string> Failures)
{
    /// <summary>Finds a score by name.</summary>
    /// <param name="name">The measure's name.</param>
    /// <returns>The score.</returns>
    /// <exception cref="KeyNotFoundException">No measure has that name.</exception>
    public Score GetScore(string name) => Scores.FirstOrDefault(s => s.Name == name) ?? throw new KeyNotFoundException(name);
}

/// <summary>
/// Scores the pipeline against gold files: entities (exact and overlapping spans, within the coarse classes Actor and
/// Place), entity linking (pairwise), counts, and attributions (content, source, content with correct source, kind).
/// </summary>
public static class Evaluator
{
    /// <summary>Runs <paramref name="extractor"/> over every <c>NAME.txt</c> in <paramref name="folder"/> that has a
    /// <c>NAME.gold.json</c>, and scores it.</summary>
    /// <param name="extractor">The extractor to measure.</param>
    /// <param name="folder">The gold folder.</param>
    /// <returns>The report.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static EvalReport Run(NewsExtractor extractor, string folder)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var pairs = new List<(GoldDocument Gold, NewsDocument Output)>();
        var failures = new List<string>();
        foreach (string goldPath in Directory.EnumerateFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            string textPath = goldPath[..^".gold.json".Length] + ".txt";
            try
            {
                string text = ArticleText.ReadFile(textPath);
                GoldDocument gold = GoldDocument.Load(goldPath, text);
                string eventsPath = goldPath[..^".gold.json".Length] + ".events.json";
                gold.Events = File.Exists(eventsPath) ? GoldEvent.Load(eventsPath, text) : null;
                pairs.Add((gold, extractor.Annotate(text, gold.Published, gold.Id)));
            }
            catch (Exception ex) when (ex is IOException or InvalidArticleException or FormatException or JsonException)
            {
                failures.Add($"{Path.GetFileName(goldPath)}: {ex.Message}");
            }
        }

        EvalReport report = Score(pairs);
        return report with { Failures = failures };
    }

    /// <summary>Scores pairs of gold and output documents.</summary>
    /// <param name="pairs">Each gold document with the pipeline's output for the same text.</param>
    /// <returns>The report.</returns>
    public static EvalReport Score(IEnumerable<(GoldDocument Gold, NewsDocument Output)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var diffs = new List<DocumentDiff>();
        var patterns = new Dictionary<string, int>(StringComparer.Ordinal);
        int documents = 0;
        foreach ((GoldDocument gold, NewsDocument output) in pairs)
        {
            documents++;
            var lines = new List<string>();
            ScoreEntities(gold, output, counts, lines);
            ScoreQuantities(gold, output, counts, lines);
            ScoreAttributions(gold, output, counts, lines, patterns);
            if (gold.Events is not null)
            {
                EventScorer.Score(gold.Events, output, counts, lines);
            }
            diffs.Add(new DocumentDiff(gold.Id, lines));
        }

        if (patterns.Count > 0)
        {
            diffs.Add(new DocumentDiff(AttributionPatternsId, AttributionPatterns.Lines(patterns)));
        }

        var scores = new List<Score>();
        var accuracies = new List<Accuracy>();
        foreach ((string name, int[] c) in counts)
        {
            if (c.Length == 3)
            {
                scores.Add(new Score(name, c[0], c[1], c[2]));
            }
            else
            {
                accuracies.Add(new Accuracy(name, c[0], c[1]));
            }
        }

        return new EvalReport(documents, scores, accuracies, diffs, []);
    }

    private static bool IsActor(EntityType type) => type <= EntityType.Organization;

    private static bool IsNamedEntity(EntityType type) => type != EntityType.Nationality;

    private static void ScoreEntities(GoldDocument gold, NewsDocument output, Dictionary<string, int[]> counts, List<string> lines)
    {
        string text = gold.Text;
        List<EntityMention> predicted = output.Entities.Where(e => IsNamedEntity(e.Type)).ToList();
        foreach ((string cls, Func<EntityType, bool> inClass) in new (string, Func<EntityType, bool>)[] { ("actor", IsActor), ("place", t => !IsActor(t)) })
        {
            var g = gold.Entities.Where(e => inClass(e.Type)).Select(e => e.Span).ToList();
            var p = predicted.Where(e => inClass(e.Type)).Select(e => e.Span).ToList();
            EvalCounts.Add(counts, $"entities.{cls}.exact", g.Count, p.Count, MatchExact(g, p).Count);
        }

        // Overall: exact span within the same coarse class.
        var exact = new List<(int Gold, int Predicted)>();
        var byPredSpan = new Dictionary<TextSpan, int>();
        for (int i = 0; i < predicted.Count; i++)
        {
            byPredSpan.TryAdd(predicted[i].Span, i);
        }

        var matchedPred = new HashSet<int>();
        for (int i = 0; i < gold.Entities.Count; i++)
        {
            if (byPredSpan.TryGetValue(gold.Entities[i].Span, out int j) && IsActor(predicted[j].Type) == IsActor(gold.Entities[i].Type) && matchedPred.Add(j))
            {
                exact.Add((i, j));
            }
        }

        EvalCounts.Add(counts, "entities.all.exact", gold.Entities.Count, predicted.Count, exact.Count);
        EvalCounts.AddAccuracy(counts, "entities.type", exact.Count, exact.Count(m => gold.Entities[m.Gold].Type == predicted[m.Predicted].Type));

        int overlap = MatchOverlap(
            gold.Entities.Select(e => (e.Span, IsActor(e.Type))).ToList(),
            predicted.Select(e => (e.Span, IsActor(e.Type))).ToList());
        EvalCounts.Add(counts, "entities.all.overlap", gold.Entities.Count, predicted.Count, overlap);

        // Linking: pairwise over exactly matched mentions.
        int both = 0, goldSame = 0, predSame = 0;
        for (int a = 0; a < exact.Count; a++)
        {
            for (int b = a + 1; b < exact.Count; b++)
            {
                bool gs = gold.Entities[exact[a].Gold].Key == gold.Entities[exact[b].Gold].Key;
                bool ps = predicted[exact[a].Predicted].Key == predicted[exact[b].Predicted].Key;
                goldSame += gs ? 1 : 0;
                predSame += ps ? 1 : 0;
                both += gs && ps ? 1 : 0;
            }
        }

        EvalCounts.Add(counts, "linking.pairwise", goldSame, predSame, both);

        var matchedGold = exact.Select(m => m.Gold).ToHashSet();
        for (int i = 0; i < gold.Entities.Count; i++)
        {
            if (!matchedGold.Contains(i))
            {
                GoldEntity e = gold.Entities[i];
                lines.Add(F($"- entity {Quote(text, e.Span)} {e.Type} {e.Span}"));
            }
        }

        for (int j = 0; j < predicted.Count; j++)
        {
            if (!matchedPred.Contains(j))
            {
                EntityMention e = predicted[j];
                lines.Add(F($"+ entity {Quote(text, e.Span)} {e.Type} {e.Span}"));
            }
        }

        foreach ((int gi, int pj) in exact)
        {
            if (gold.Entities[gi].Type != predicted[pj].Type)
            {
                lines.Add(F($"~ entity {Quote(text, gold.Entities[gi].Span)} type {predicted[pj].Type}, gold {gold.Entities[gi].Type}"));
            }
        }
    }

    private static List<(int Gold, int Predicted)> MatchExact(List<TextSpan> gold, List<TextSpan> predicted)
    {
        var used = new HashSet<int>();
        var matches = new List<(int, int)>();
        var index = new Dictionary<TextSpan, List<int>>();
        for (int j = 0; j < predicted.Count; j++)
        {
            if (!index.TryGetValue(predicted[j], out List<int>? list))
            {
                index[predicted[j]] = list = [];
            }

            list.Add(j);
        }

        for (int i = 0; i < gold.Count; i++)
        {
            if (index.TryGetValue(gold[i], out List<int>? list))
            {
                foreach (int j in list)
                {
                    if (used.Add(j))
                    {
                        matches.Add((i, j));
                        break;
                    }
                }
            }
        }

        return matches;
    }

    private static int MatchOverlap(List<(TextSpan Span, bool Actor)> gold, List<(TextSpan Span, bool Actor)> predicted)
    {
        var used = new bool[predicted.Count];
        int matches = 0;
        foreach ((TextSpan span, bool actor) in gold)
        {
            for (int j = 0; j < predicted.Count; j++)
            {
                if (!used[j] && predicted[j].Actor == actor && predicted[j].Span.Overlaps(span))
                {
                    used[j] = true;
                    matches++;
                    break;
                }
            }
        }

        return matches;
    }

    private static void ScoreQuantities(GoldDocument gold, NewsDocument output, Dictionary<string, int[]> counts, List<string> lines)
    {
        string text = gold.Text;
        var used = new bool[output.Quantities.Length];
        int matched = 0, nounCorrect = 0;
        foreach (GoldQuantity g in gold.Quantities)
        {
            int found = -1;
            for (int j = 0; j < output.Quantities.Length; j++)
            {
                Quantity q = output.Quantities[j];
                if (!used[j] && q.Span.Overlaps(g.Span) && q.Value == g.Value && (g.Max is null || q.Max == g.Max))
                {
                    found = j;
                    break;
                }
            }

            if (found < 0)
            {
                lines.Add(F($"- count {Quote(text, g.Span)} value {g.Value} max {g.Max} noun {g.Noun}"));
                continue;
            }

            used[found] = true;
            matched++;
            if (string.Equals(output.Quantities[found].Noun, g.Noun, StringComparison.Ordinal))
            {
                nounCorrect++;
            }
            else
            {
                lines.Add(F($"~ count {Quote(text, g.Span)} noun {output.Quantities[found].Noun}, gold {g.Noun}"));
            }
        }

        for (int j = 0; j < used.Length; j++)
        {
            if (!used[j])
            {
                Quantity q = output.Quantities[j];
                lines.Add(F($"+ count {Quote(text, q.Span)} value {q.Value} max {q.Max} noun {q.Noun}"));
            }
        }

        EvalCounts.Add(counts, "quantities", gold.Quantities.Count, output.Quantities.Length, matched);
        EvalCounts.AddAccuracy(counts, "quantities.noun", matched, nounCorrect);
    }

    /// <summary>The id of the last diff of a report: attribution misses and spurious statements grouped by pattern.</summary>
    internal const string AttributionPatternsId = "(attributions by pattern)";

    private static void ScoreAttributions(GoldDocument gold, NewsDocument output, Dictionary<string, int[]> counts, List<string> lines, Dictionary<string, int> patterns)
    {
        string text = gold.Text;

        // Which gold keys each output key stands for, through exactly matched entity mentions.
        var keyMap = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var goldBySpan = gold.Entities.GroupBy(e => e.Span).ToDictionary(g => g.Key, g => g.First());
        foreach (EntityMention e in output.Entities)
        {
            if (goldBySpan.TryGetValue(e.Span, out GoldEntity? ge))
            {
                if (!keyMap.TryGetValue(e.Key, out HashSet<string>? set))
                {
                    keyMap[e.Key] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(ge.Key);
            }
        }

        // One-to-one: the pairs with the largest overlap (relative to their union) are matched first.
        var pairs = new List<(double Score, int Gold, int Output)>();
        for (int i = 0; i < gold.Attributions.Count; i++)
        {
            for (int j = 0; j < output.Attributions.Length; j++)
            {
                TextSpan a = output.Attributions[j].Content, b = gold.Attributions[i].Content;
                if (HalfOverlap(a, b))
                {
                    double overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
                    pairs.Add((overlap / (Math.Max(a.End, b.End) - Math.Min(a.Start, b.Start)), i, j));
                }
            }
        }

        var goldMatch = new int[gold.Attributions.Count];
        Array.Fill(goldMatch, -1);
        var taken = new bool[output.Attributions.Length];
        foreach ((double _, int gi, int oj) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Gold).ThenBy(p => p.Output))
        {
            if (goldMatch[gi] < 0 && !taken[oj])
            {
                goldMatch[gi] = oj;
                taken[oj] = true;
            }
        }

        var used = new bool[output.Attributions.Length];
        int matched = 0, sourceCorrect = 0, kindCorrect = 0;
        for (int gi = 0; gi < gold.Attributions.Count; gi++)
        {
            GoldAttribution g = gold.Attributions[gi];
            int found = goldMatch[gi];

            if (found < 0)
            {
                lines.Add(F($"- statement {g.Kind} {Quote(text, g.Content, 60)} source {(g.Source is TextSpan s ? Quote(text, s) : "null")}"));
                AttributionPatterns.Miss(patterns, text, g, output.Attributions.Any(a => a.Content.Overlaps(g.Content)));
                continue;
            }

            used[found] = true;
            matched++;
            Attribution a = output.Attributions[found];
            if (a.Kind == g.Kind)
            {
                kindCorrect++;
            }

            bool sourceOk = (g.Source, a.Source) switch
            {
                (null, null) => true,
                (TextSpan gs, StatementSource ps) => ps.Span.Overlaps(gs)
                    || (g.SourceKey is not null && ps.Key is not null && keyMap.TryGetValue(ps.Key, out HashSet<string>? keys) && keys.Contains(g.SourceKey)),
                _ => false,
            };
            if (sourceOk)
            {
                sourceCorrect++;
            }
            else
            {
                lines.Add(F($"~ statement {Quote(text, g.Content, 40)} source {(a.Source is { } ps2 ? Quote(text, ps2.Span) : "null")}, gold {(g.Source is TextSpan gs2 ? Quote(text, gs2) : "null")}"));
                AttributionPatterns.WrongSource(patterns, text, g);
            }
        }

        for (int j = 0; j < used.Length; j++)
        {
            if (!used[j])
            {
                Attribution a = output.Attributions[j];
                lines.Add(F($"+ statement {a.Kind} {Quote(text, a.Content, 60)} source {(a.Source is { } s ? Quote(text, s.Span) : "null")} rule {a.Rule}"));
                AttributionPatterns.Spurious(patterns, a);
            }
        }

        EvalCounts.Add(counts, "attributions.content", gold.Attributions.Count, output.Attributions.Length, matched);
        EvalCounts.Add(counts, "attributions.content+source", gold.Attributions.Count, output.Attributions.Length, sourceCorrect);
        EvalCounts.AddAccuracy(counts, "attributions.source", matched, sourceCorrect);
        EvalCounts.AddAccuracy(counts, "attributions.kind", matched, kindCorrect);
    }

    /// <summary>Whether the overlap of two spans covers at least half of each.</summary>
    private static bool HalfOverlap(TextSpan a, TextSpan b)
    {
        int overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        return overlap > 0 && overlap * 2 >= a.Length && overlap * 2 >= b.Length;
    }

    private static string Quote(string text, TextSpan span, int max = 80)
    {
        string s = text[span.Start..span.End].Replace('\n', ' ');
        return s.Length > max ? "\"" + s[..max] + "…\"" : "\"" + s + "\"";
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
