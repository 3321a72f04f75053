namespace NewsExtract.Attributions;

/// <summary>
/// The parse as a judge of the surface sieve's content bounds: the surface sieve proposes where a reported clause ends
/// ("and has ...", ", which ..."), the parse says whether the words after that point still hang from the clause.
/// </summary>
internal sealed partial class AttributionAnnotator
{
    /// <summary>How far up the parse the walk from the words after a boundary goes before it gives up.</summary>
    private const int MaxBoundarySteps = 12;

    /// <summary>
    /// Whether the parse attaches what follows token <paramref name="k"/> (an "and" or a comma) to a word of the content
    /// that starts at <paramref name="start"/>: "takes every threat seriously and has adjusted ..." (a <c>conj</c> of the
    /// reported verb), "a comeback by ISIS, which ..." (a relative clause of a noun in it). From the first word after
    /// <paramref name="k"/>, the walk climbs the heads that stand after <paramref name="k"/>; the first head before it
    /// must lie inside the content, not on the cue or above it. False where the sentence has no parse.
    /// </summary>
    private static bool ParseContinuesContent(Doc doc, int start, int k)
    {
        if (doc.Tree is not DependencyTree tree || k + 1 >= tree.Syntax.Length || !tree.IsParsed(k + 1) || doc.SentenceAt[k + 1] != doc.SentenceAt[k])
        {
            return false;
        }

        int t = k + 1;
        for (int steps = 0; steps < MaxBoundarySteps; steps++)
        {
            int h = tree.Syntax[t].Head;
            if (h < 0 || h >= tree.Syntax.Length || doc.SentenceAt[h] != doc.SentenceAt[k])
            {
                return false;
            }

            if (h <= k)
            {
                return h >= start && h < k;
            }

            t = h;
        }

        return false;
    }
}
