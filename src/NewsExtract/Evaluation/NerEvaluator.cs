using NewsExtract.Entities.Names;

namespace NewsExtract.Evaluation;

/// <summary>Figures of the entity layer on a BIO file (see <see cref="NerEvaluator"/>).</summary>
internal sealed record NerReport(
    int Sentences,
    IReadOnlyDictionary<string, Score> Exact,
    Score ExactAll,
    double OverlapRecall,
    Score OverlapIgnoringClass);

/// <summary>
/// Scores the whole entity layer (gazetteer, rules and name finder) on a BIO file such as Universal NER or re3d:
/// each sentence's forms are joined by spaces and annotated as a text of its own. Our types map to PER (Person), ORG
/// (ArmedGroup, StateForce, Government, Organization) and LOC (GeoPolitical, Location, Facility); nationalities and
/// the file's other types (MISC, re3d's Weapon …) are not scored.
/// </summary>
/// <remarks>
/// Exact: a name counts when its span starts at the start of the gold span's first form, ends at the end of its last
/// and has its class. Overlap recall: gold names with at least one capital letter (name-bearing; re3d marks nominal
/// groups too) that any predicted name overlaps, whatever its class; overlap precision: predicted names overlapping a
/// name-bearing gold name.
/// </remarks>
internal static class NerEvaluator
{
    public static string? ClassOf(EntityType type) => NameTags.ClassOf(type) switch
    {
        NameClass.Person => "PER",
        NameClass.Organization => "ORG",
        NameClass.Location => "LOC",
        _ => null,
    };

    public static NerReport Evaluate(NewsExtractor extractor, IEnumerable<BioSentence> sentences)
    {
        string[] classes = ["PER", "ORG", "LOC"];
        var gold = classes.ToDictionary(c => c, _ => 0);
        var predicted = classes.ToDictionary(c => c, _ => 0);
        var correct = classes.ToDictionary(c => c, _ => 0);
        int count = 0, bearing = 0, bearingFound = 0, overlapPredicted = 0, overlapCorrect = 0;
        foreach (BioSentence s in sentences)
        {
            count++;
            string text = BioFile.Join(s, out int[] starts);
            NewsDocument doc = extractor.Annotate(text);
            var goldSpans = new List<(int Start, int End, string Class, bool Bearing)>();
            foreach (BioSpan span in BioFile.Spans(s))
            {
                if (BioFile.Coarse(span.Type) is not string c)
                {
                    continue;
                }

                int start = starts[span.First], end = starts[span.Last] + s.Forms[span.Last].Length;
                bool hasCapital = text.AsSpan(start, end - start).ContainsAnyInRange('A', 'Z');
                goldSpans.Add((start, end, c, hasCapital));
                gold[c]++;
            }

            var found = new HashSet<int>();
            foreach (EntityMention m in doc.Entities)
            {
                if (ClassOf(m.Type) is not string c)
                {
                    continue;
                }

                predicted[c]++;
                correct[c] += goldSpans.Any(g => g.Start == m.Span.Start && g.End == m.Span.End && g.Class == c) ? 1 : 0;
                overlapPredicted++;
                bool overlaps = false;
                for (int g = 0; g < goldSpans.Count; g++)
                {
                    if (goldSpans[g].Bearing && goldSpans[g].Start < m.Span.End && m.Span.Start < goldSpans[g].End)
                    {
                        overlaps = true;
                        found.Add(g);
                    }
                }

                overlapCorrect += overlaps ? 1 : 0;
            }

            bearing += goldSpans.Count(g => g.Bearing);
            bearingFound += found.Count;
        }

        var exact = classes.ToDictionary(c => c, c => new Score(c, gold[c], predicted[c], correct[c]));
        var all = new Score("all", gold.Values.Sum(), predicted.Values.Sum(), correct.Values.Sum());
        double recall = bearing == 0 ? 0 : (double)bearingFound / bearing;
        return new NerReport(count, exact, all, recall, new Score("overlap", bearing, overlapPredicted, overlapCorrect));
    }
}
