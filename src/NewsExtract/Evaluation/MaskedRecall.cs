using System.Globalization;

namespace NewsExtract.Evaluation;

/// <summary>Recall on gold names the gazetteer does not know, for one set of gold files.</summary>
/// <param name="Mentions">Gold actor and place mentions (nationalities left out).</param>
/// <param name="Masked">Of those, the ones whose entity the built-in gazetteer lists (masked for the run).</param>
/// <param name="ExactTyped">Found with the exact span and the same class (actor or place).</param>
/// <param name="ExactSpan">Found with the exact span, whatever the type.</param>
/// <param name="Overlap">Overlapped by a found actor or place mention.</param>
internal sealed record MaskedRecallResult(int Mentions, int Masked, int ExactTyped, int ExactSpan, int Overlap)
{
    /// <summary>One line of figures for a table.</summary>
    public string Line(string label) => string.Create(
        CultureInfo.InvariantCulture,
        $"{label,-28} {Mentions,6} {Masked,7} {Rate(ExactTyped),12:F3} {Rate(ExactSpan),11:F3} {Rate(Overlap),9:F3}");

    public static string Header => $"{"gazetteer masked",-28} {"gold",6} {"masked",7} {"exact+class",12} {"exact span",11} {"overlap",9}";

    private double Rate(int found) => Mentions == 0 ? 0 : (double)found / Mentions;
}

/// <summary>
/// Issue 14: how well names no list knows are found. Every built-in gazetteer entry that a gold file of the set
/// links to is left out of the gazetteer, the set is annotated again, and recall is measured on every gold actor
/// and place mention: all of them are then names the gazetteer does not know, found only by the rules and the
/// learned name finder.
/// </summary>
internal static class MaskedRecall
{
    /// <summary>Runs the masked extraction over the gold files of <paramref name="folder"/>.</summary>
    public static MaskedRecallResult Run(string folder, bool nameModel)
    {
        var docs = new List<GoldDocument>();
        foreach (string goldPath in Directory.EnumerateFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            string text = ArticleText.ReadFile(goldPath[..^".gold.json".Length] + ".txt");
            docs.Add(GoldDocument.Load(goldPath, text));
        }

        var known = new HashSet<string>(Lexicons.LexiconSet.Default.GazetteerEntries.Select(e => e.Key), StringComparer.Ordinal);
        var masked = new HashSet<string>(docs.SelectMany(d => d.Entities).Select(e => e.Key).Where(known.Contains), StringComparer.Ordinal);
        NewsExtractor extractor = NewsExtractor.Create(new NewsExtractorOptions { NameModel = nameModel, Events = false, MaskedGazetteerKeys = masked });
        int mentions = 0, maskedMentions = 0, exactTyped = 0, exactSpan = 0, overlap = 0;
        foreach (GoldDocument gold in docs)
        {
            NewsDocument output = extractor.Annotate(gold.Text, gold.Published, gold.Id);
            EntityMention[] found = [.. output.Entities.Where(e => e.IsActor || e.IsPlace)];
            foreach (GoldEntity g in gold.Entities.Where(e => e.Type != EntityType.Nationality))
            {
                mentions++;
                maskedMentions += masked.Contains(g.Key) ? 1 : 0;
                bool actor = g.Type <= EntityType.Organization;
                exactTyped += found.Any(e => e.Span == g.Span && e.IsActor == actor) ? 1 : 0;
                exactSpan += found.Any(e => e.Span == g.Span) ? 1 : 0;
                overlap += found.Any(e => e.Span.Overlaps(g.Span)) ? 1 : 0;
            }
        }

        return new MaskedRecallResult(mentions, maskedMentions, exactTyped, exactSpan, overlap);
    }
}
