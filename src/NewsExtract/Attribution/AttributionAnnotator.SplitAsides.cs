using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>
/// Split asides: a reporting clause set off by commas inside the clause it reports ("The bill, he said, would hurt
/// families"; "The plan, according to officials, would cost billions"). The guidelines give a content one span, so the
/// statement runs from the clause's first word to its end, the aside included (the reported words are discontinuous).
/// </summary>
internal sealed partial class AttributionAnnotator
{
    /// <summary>How many words may open a clause before a split aside: a subject or a fronted adverbial.</summary>
    private const int MaxSplitOpeningWords = 12;

    /// <summary>
    /// "The bill, he said, would hurt families": a source and a speech cue between commas, after an opening with no verb
    /// and before the rest of the clause, which starts with a verb or an auxiliary within a few words.
    /// </summary>
    private bool TrySplitAside(Doc doc, Clause clause, int c, Cue cue)
    {
        int cueEnd = c + cue.Words - 1;
        if (cue.Class is not (CueClass.Speech or CueClass.Report or CueClass.Cognition or CueClass.Confirm) || cue.Passive
            || cueEnd + 2 >= clause.End || doc.Word(cueEnd + 1) is not "," || doc.Word(c).EndsWith("ing", StringComparison.Ordinal) || c - 3 < clause.First)
        {
            return false;
        }

        int before = SkipAdverbsBack(doc, c - 1, clause.First);
        int first = SkipLeading(doc, clause.First, c);
        if (before <= first || !TrySourceEndingAt(doc, before, first, out Source source) || source.First - 1 <= first || doc.Word(source.First - 1) is not ",")
        {
            return false;
        }

        int openingComma = source.First - 1;
        if (!IsSplitOpening(doc, first, openingComma - 1) || !ContinuesClause(doc, cueEnd + 2, clause.End))
        {
            return false;
        }

        int end = ContentEnd(doc, clause, cueEnd + 2);
        if (end <= cueEnd + 2)
        {
            return false;
        }

        var content = new TextSpan(doc.Tokens[first].Start, doc.Tokens[end].End);
        AttributionKind kind = ContainsQuote(doc, content) ? AttributionKind.Mixed : AttributionKind.Indirect;
        Add(doc, Make(doc, kind, source, c, cue, content, "ReportedSpeech"));
        return true;
    }

    /// <summary>"The plan, according to officials, would cost billions": the statement is the whole clause.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="according">The first token of "according to".</param>
    /// <param name="source">The source after "according to".</param>
    /// <param name="end">The last token of the content, when the aside is split.</param>
    private bool IsSplitAccordingTo(Doc doc, Sentence sentence, int according, Source source, out int end)
    {
        end = -1;
        int first = SkipLeading(doc, sentence.FirstToken, according);
        int after = source.Last + 1;
        if (according - 1 <= first || doc.Word(according - 1) is not "," || after + 1 >= sentence.EndToken || doc.Word(after) is not ","
            || !IsSplitOpening(doc, first, according - 2) || !ContinuesClause(doc, after + 1, sentence.EndToken))
        {
            return false;
        }

        end = ContentEnd(doc, new Clause(sentence.FirstToken, sentence.EndToken), after + 1);
        return end > after + 1;
    }

    /// <summary>An opening of a few words with no verb, no comma and no quotation mark: "The bill", "The new rules", "In
    /// the long run".</summary>
    private bool IsSplitOpening(Doc doc, int first, int last)
    {
        if (last < first || last - first >= MaxSplitOpeningWords)
        {
            return false;
        }

        for (int k = first; k <= last; k++)
        {
            if (IsVerb(doc, k) || doc.Tokens[k].Kind is TokenKind.Quote || doc.Word(k) is "," or ";" or ":")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the words from <paramref name="t"/> go on with the predicate of the opened clause ("would hurt
    /// families", "is expected to pass", "probably will not"): a lowercase verb or auxiliary within three words.</summary>
    private bool ContinuesClause(Doc doc, int t, int end)
    {
        int limit = Math.Min(end, t + 3);
        for (int k = t; k < limit; k++)
        {
            if (!IsLowerWord(doc, k) || _lexicons.TryCue(doc.Text, doc.Tokens, k, out _))
            {
                return false;
            }

            if (IsVerb(doc, k))
            {
                return true;
            }
        }

        return false;
    }
}
