using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>Sources a cue shares with its clause: fronted participles, the main clause's subject, the object of a denial.</summary>
internal sealed partial class AttributionAnnotator
{
    /// <summary>
    /// "Recognizing that P, Gen. McKenzie said ...": an opening participle with a "that" clause reports P, and its source
    /// is the subject after the comma.
    /// </summary>
    private bool FrontedParticiple(Doc doc, Clause clause, int c, Cue cue)
    {
        int that = c + cue.Words;
        if (cue.Class is not (CueClass.Cognition or CueClass.Speech or CueClass.Confirm or CueClass.Warn) || that >= clause.End
            || doc.Word(that) is not "that" || !IsComplementThat(doc, that, clause.End))
        {
            return false;
        }

        int comma = -1;
        for (int k = that + 1; k < clause.End && k <= that + MaxFrontedWords; k++)
        {
            if (doc.Word(k) is "," && !IsInsideQuote(doc, k))
            {
                comma = k;
                break;
            }
        }

        if (comma < that + 3 || !TrySourceAt(doc, comma + 1, out Source subject))
        {
            return false;
        }

        int end = TrimEnd(doc, that + 1, comma - 1);
        var content = new TextSpan(doc.Tokens[that + 1].Start, doc.Tokens[end].End);
        AttributionKind kind = ContainsQuote(doc, content) ? AttributionKind.Mixed : AttributionKind.Indirect;
        Add(doc, Make(doc, kind, subject, c, cue, content, "ReportedSpeech"));
        return true;
    }

    /// <summary>
    /// The sources of a participial cue: "..., stating on June 19 that ..." and "... by asserting that ..." share the main
    /// clause's source; "a statement confirming ..." and "officials saying ..." have the noun before them.
    /// </summary>
    private bool ParticipleSources(Doc doc, Clause clause, int c, List<Source> sources)
    {
        sources.Clear();
        int p = SkipAdverbsBack(doc, c - 1, clause.First);
        if (p < clause.First)
        {
            return false;
        }

        ReadOnlySpan<char> w = doc.Word(p);
        if (w is ",")
        {
            // "X claimed responsibility in a message, saying ...": the subject of the nearest verb cue before the comma.
            for (int k = p - 1; k >= clause.First && k >= p - MaxAsideWords; k--)
            {
                if (doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].Has(TokenTraits.Capitalized) && !doc.Word(k).EndsWith("ing", StringComparison.Ordinal)
                    && _lexicons.TryCue(doc.Text, doc.Tokens, k, out Cue finite) && finite.Class is not CueClass.AccordingTo && !finite.Passive && ReadsAsVerb(doc, k, finite)
                    && !IsInsideQuote(doc, k) && FindSources(doc, k, clause.First, finite, sources))
                {
                    return true;
                }
            }

            return SharedSources(doc, clause, c, preferPrevious: true, sources);
        }

        if (w is "by" or "while" or "when" or "after" or "before")
        {
            return SharedSources(doc, clause, c, preferPrevious: true, sources);
        }

        // Not after a name: "a U.S.-Iraq concluding joint statement" uses the participle as an adjective.
        if (TrySourceEndingAt(doc, p, clause.First, out Source noun) && noun.Kind is not (SourceKind.Pronoun or SourceKind.Named))
        {
            sources.Add(noun);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The source a second verb or a participle shares with its clause: the main clause's subject, or the sources of the
    /// latest statement cued earlier in the sentence ("X said A, adding that B").
    /// </summary>
    private bool SharedSources(Doc doc, Clause clause, int c, bool preferPrevious, List<Source> sources)
    {
        sources.Clear();
        if (PreviousSources(doc, c, sources, out bool participle) && (preferPrevious || !participle))
        {
            return true; // "X rejected A and said B"; not "X released a statement confirming A and asked B"
        }

        if (TryMainSubject(doc, clause, c, out Source subject))
        {
            sources.Add(subject);
            return true;
        }

        return PreviousSources(doc, c, sources, out _);
    }

    /// <summary>The sources of the latest statement whose cue is in the same sentence before token <paramref name="c"/>.</summary>
    private static bool PreviousSources(Doc doc, int c, List<Source> sources, out bool participle)
    {
        sources.Clear();
        participle = false;
        int sentence = doc.SentenceAt[c];
        TextSpan? latest = null;
        for (int s = sentence - 1; s <= sentence; s++)
        {
            if (!doc.BySentence.TryGetValue(s, out List<Attribution>? near))
            {
                continue;
            }

            for (int i = near.Count - 1; i >= 0 && i >= near.Count - MaxNearStatements; i--)
            {
                Attribution a = near[i];
                if (a.Source is not null && a.Cue is TextSpan cue && cue.End <= doc.Tokens[c].Start && doc.SentenceAt[doc.TokenAtOffset(cue.Start)] == sentence
                    && (latest is not TextSpan l || cue.Start > l.Start))
                {
                    latest = cue;
                }
            }
        }

        if (latest is null)
        {
            return false;
        }

        // Every source of that cue: "X and Y said A, adding that B" shares both.
        for (int s = sentence - 1; s <= sentence; s++)
        {
            if (!doc.BySentence.TryGetValue(s, out List<Attribution>? near))
            {
                continue;
            }

            for (int i = near.Count - 1; i >= 0 && i >= near.Count - MaxNearStatements; i--)
            {
                if (near[i].Cue == latest && near[i].Source is { } shared && sources.Count < MaxCoordinated && !HasSourceAt(doc, sources, shared.Span.Start))
                {
                    sources.Add(new Source(doc.TokenAtOffset(shared.Span.Start), doc.TokenAtOffset(shared.Span.End - 1), shared.Kind, shared.Key));
                }
            }
        }

        sources.Reverse();
        participle = doc.Text.AsSpan(latest.Value.Start, latest.Value.Length).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        return sources.Count > 0;
    }

    private static bool HasSourceAt(Doc doc, List<Source> sources, int offset)
    {
        foreach (Source s in sources)
        {
            if (doc.Tokens[s.First].Start == offset)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of a clause's main verb before token <paramref name="before"/>: at the clause start or after an opening
    /// phrase ("However, Gen. McKenzie appeared ...", "In a statement on Sunday, the ministry ...").
    /// </summary>
    private bool TryMainSubject(Doc doc, Clause clause, int before, out Source source)
    {
        int t = clause.First;
        while (t < before && doc.Tokens[t].Kind is TokenKind.Quote or TokenKind.Bullet or TokenKind.Footnote)
        {
            t++;
        }

        for (int attempt = 0; attempt < 2 && t < before; attempt++)
        {
            if (TrySourceAt(doc, t, out source) && source.Last < before && !IsNegated(doc, source.First))
            {
                return true;
            }

            int comma = -1;
            for (int k = t; k < before && k < t + MaxOpeningWords; k++)
            {
                if (doc.Word(k) is ",")
                {
                    comma = k;
                    break;
                }
            }

            if (comma < 0)
            {
                break;
            }

            t = comma + 1;
        }

        source = default;
        return false;
    }

    /// <summary>"denied a report that P": an object naming a text, then a complement clause.</summary>
    private bool TryReportObject(Doc doc, int t, int end, out Source report, out int that)
    {
        that = -1;
        if (!TrySourceAt(doc, t, out report) || report.Kind != SourceKind.Document || report.Last + 2 >= end)
        {
            return false;
        }

        that = report.Last + 1;
        return doc.Word(that) is "that" && IsComplementThat(doc, that, end);
    }

    /// <summary>"that" opens a complement clause ("a report that troops were coming"), not a relative one ("the report that was released").</summary>
    private bool IsComplementThat(Doc doc, int that, int end)
    {
        int next = that + 1;
        if (next >= end || doc.Tokens[next].Kind is TokenKind.Punctuation)
        {
            return false;
        }

        return !IsVerb(doc, next) && doc.Word(next) is not ("has" or "have" or "had" or "was" or "were" or "is" or "are" or "will" or "would" or "could"
            or "can" or "may" or "might" or "should" or "must" or "also" or "not" or "reportedly" or "allegedly");
    }
}
