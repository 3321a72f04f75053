using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>Making statements and adding them once: spans, kinds, descriptions, and the duplicate check.</summary>
internal sealed partial class AttributionAnnotator
{
    private Attribution Make(Doc doc, AttributionKind kind, Source source, int cueToken, Cue cue, TextSpan content, string rule)
    {
        var sourceSpan = new TextSpan(doc.Tokens[source.First].Start, doc.Tokens[source.Last].End);
        if (source.Kind == SourceKind.Named && doc.Word(source.First).Equals("the", StringComparison.OrdinalIgnoreCase) && source.First < source.Last)
        {
            sourceSpan = sourceSpan with { Start = doc.Tokens[source.First + 1].Start };
        }

        string? description = source.Kind == SourceKind.Anonymous ? Describe(doc, source) : null;
        var cueSpan = new TextSpan(doc.Tokens[cueToken].Start, doc.Tokens[cueToken + cue.Words - 1].End);
        return new Attribution(kind, new StatementSource(sourceSpan, source.Kind, source.Key) { Description = description }, cueSpan, cue.Lemma, content, StanceOf(doc, content, cue.Stance), rule);
    }

    /// <summary>A statement with a source and no cue: "denied a report that P" gives P to "a report".</summary>
    private Attribution MakeUncuedSource(Doc doc, AttributionKind kind, Source source, TextSpan content, string rule)
    {
        var span = new TextSpan(doc.Tokens[source.First].Start, doc.Tokens[source.Last].End);
        string? description = source.Kind == SourceKind.Anonymous ? Describe(doc, source) : null;
        return new Attribution(kind, new StatementSource(span, source.Kind, source.Key) { Description = description }, null, null, content, StanceOf(doc, content, Stance.Asserted), rule);
    }

    private static string Describe(Doc doc, Source source)
    {
        int first = source.First;
        while (first < source.Last && doc.Word(first) is "a" or "an" or "the" or "A" or "An" or "The")
        {
            first++;
        }

        return doc.Text[doc.Tokens[first].Start..doc.Tokens[source.Last].End];
    }

    /// <summary>
    /// Adds a statement unless one with the same source, or the same cue, already covers at least half of the same
    /// content. Nested reporting keeps both levels ("Esper told reporters he expressed "..."", ""...," Abdul Mahdi told
    /// Esper, according to the statement"): their sources and cues differ. <paramref name="coordinated"/> statements share
    /// a cue and differ in source ("X and other commanders assessed ...").
    /// </summary>
    private static void Add(Doc doc, Attribution attribution, bool coordinated = false)
    {
        // Only statements that start near this one can cover half of it: look in the neighbouring sentences.
        int sentence = doc.SentenceAt[doc.TokenAtOffset(attribution.Content.Start)];
        for (int s = sentence - 3; s <= sentence + 3; s++)
        {
            if (!doc.BySentence.TryGetValue(s, out List<Attribution>? near))
            {
                continue;
            }

            for (int i = near.Count - 1; i >= 0 && i >= near.Count - MaxNearStatements; i--)
            {
                Attribution a = near[i];
                int overlap = Math.Min(a.Content.End, attribution.Content.End) - Math.Max(a.Content.Start, attribution.Content.Start);
                if (overlap > 0 && overlap * 2 >= attribution.Content.Length && overlap * 2 >= a.Content.Length
                    && (a.Source?.Span == attribution.Source?.Span || (a.Cue == attribution.Cue && !coordinated)))
                {
                    return;
                }
            }
        }

        doc.Found.Add(attribution);
        if (!doc.BySentence.TryGetValue(sentence, out List<Attribution>? list))
        {
            doc.BySentence[sentence] = list = [];
        }

        list.Add(attribution);
        if (attribution.Cue is TextSpan cue)
        {
            doc.UsedCues.Add(cue.Start);
        }
    }
}
