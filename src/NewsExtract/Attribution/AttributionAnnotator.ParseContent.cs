using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>The parse sieve's content: the complement, clause, infinitive, predicate or object a cue governs, as a token range.</summary>
internal sealed partial class AttributionAnnotator
{
    /// <summary>The content of cue <paramref name="c"/>, as a token range, and how many words the cue spans.</summary>
    private static bool TryParseContent(Doc doc, DependencyTree tree, int c, CueClass cls, out int first, out int last, out int cueWords, out bool infinitive)
    {
        first = last = -1;
        cueWords = 1;
        infinitive = false;
        int ccomp = tree.Child(c, "ccomp");
        if (ccomp >= 0)
        {
            first = tree.Left[ccomp];
            last = tree.Right[ccomp];
            if (ccomp > c)
            {
                // The clause runs from the first word after the cue and its own objects and adverbials ("told
                // reporters on Monday that"), whatever the parse attached elsewhere inside it.
                first = AfterCueDependents(doc, tree, c, ccomp);
            }

            if (ccomp > c && doc.Word(first) is "that" or "That")
            {
                first++;
            }
            else if (doc.Word(first) is "whether" or "Whether" or "if")
            {
                return false; // "asked whether ...": a question states nothing
            }

            return first <= last;
        }

        // "The rockets came from the north, officials said": the cue is a parataxis of the clause before it.
        int head = tree.Syntax[c].Head;
        if (tree.Syntax[c].Relation == "parataxis" && head >= 0 && head < c)
        {
            if (!IsReportingAside(doc, tree, c))
            {
                return false;
            }

            first = tree.Left[head];
            last = tree.Left[c] - 1;
            return last >= first && last - first >= 2;
        }

        int parataxis = tree.Child(c, "parataxis");
        if (parataxis > c)
        {
            // "hopes the court will rule quickly": an object the parse hung from the cue is the clause's subject.
            int objectBefore = tree.Child(c, "obj");
            first = objectBefore > c && objectBefore < parataxis && IsSubjectOfComplement(tree, c, parataxis) ? tree.Left[objectBefore] : tree.Left[parataxis];
            last = tree.Right[parataxis];
            return true;
        }

        int xcomp = tree.Child(c, "xcomp");
        int obj = tree.Child(c, "obj");
        if (xcomp > c && doc.Word(tree.Left[xcomp]) is "to")
        {
            // "vowed to retaliate", "urged Iraq to protect the embassy": a promise, warning, request or order.
            if (cls is CueClass.Warn or CueClass.Urge or CueClass.Order or CueClass.Claim or CueClass.Speech)
            {
                first = tree.Left[xcomp];
                last = BeforeTrailingAdjunct(doc, tree, xcomp);
                infinitive = cls is not CueClass.Speech;
                return true;
            }

            return false;
        }

        if (obj > c && xcomp > obj)
        {
            // "called the strike a violation": the object and what it is called.
            first = tree.Left[obj];
            last = tree.Right[xcomp];
            return true;
        }

        if (obj > c)
        {
            int asPhrase = AsPhrase(doc, tree, c, obj);
            if (asPhrase > obj)
            {
                // "described the attack as an assassination attempt".
                first = tree.Left[obj];
                last = tree.Right[asPhrase];
                return true;
            }

            if (tree.Syntax[obj].Lemma is "responsibility" && obj == c + 1)
            {
                // "claimed responsibility for the attack": the cue is the phrase, the content what it is claimed for.
                cueWords = 2;
                int forPhrase = ForPhrase(doc, tree, c, obj);
                if (forPhrase < 0)
                {
                    return false;
                }

                first = tree.Left[forPhrase] + 1;
                last = tree.Right[forPhrase];
                return first <= last;
            }

            // Not denials or rejections: "rejected talks" refuses a proposal and states nothing (a denial of a report is
            // the surface sieve's).
            if (cls is CueClass.Claim or CueClass.Confirm or CueClass.Blame or CueClass.Express)
            {
                first = tree.Left[obj];
                last = tree.Right[obj];
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether cue <paramref name="c"/>, a parataxis of the clause before it, reads as a reporting aside (", officials
    /// said", ", he told reporters"): it governs no clause or infinitive of its own and its subject is not inverted
    /// after an auxiliary ("... should Iran consider supporting ..." is a condition, not an aside).
    /// </summary>
    private static bool IsReportingAside(Doc doc, DependencyTree tree, int c)
    {
        int subject = -1;
        foreach (int k in tree.Children(c))
        {
            string relation = tree.Syntax[k].Relation;
            if (relation is "ccomp" or "xcomp" or "csubj")
            {
                return false;
            }

            if (relation.StartsWith("nsubj", StringComparison.Ordinal) && subject < 0)
            {
                subject = k;
            }
        }

        foreach (int k in tree.Children(c))
        {
            if (subject >= 0 && k < tree.Left[subject] && tree.Syntax[k].Relation == "aux")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last token of <paramref name="head"/>'s phrase before a trailing adjunct set off by a comma ("to keep
    /// up attacks in the region, despite Washington's warning"): the promise ends where the comma starts.</summary>
    private static int BeforeTrailingAdjunct(Doc doc, DependencyTree tree, int head)
    {
        int last = tree.Right[head];
        foreach (int k in tree.Children(head))
        {
            if (k > head && tree.Syntax[k].Relation is "obl" or "advcl" && tree.Left[k] - 1 > head && doc.Word(tree.Left[k] - 1) is ",")
            {
                last = Math.Min(last, tree.Left[k] - 2);
            }
        }

        return BeforeConcession(doc, tree.Left[head], last);
    }

    /// <summary>
    /// The end of a promise, warning or request before a concession ("vowed to continue attacks despite US warnings") or
    /// a participle after a comma ("vowed to exact revenge, signalling another cycle of violence"): what the speaker
    /// defies, and what the writer adds, are the setting of the promise, not its content.
    /// </summary>
    private static int BeforeConcession(Doc doc, int start, int end)
    {
        for (int k = start + 2; k <= end; k++)
        {
            if (doc.Word(k) is "," && k + 1 <= end && doc.Tokens[k + 1].Kind == TokenKind.Word && !doc.Tokens[k + 1].Has(TokenTraits.Capitalized)
                && doc.Word(k + 1).Length > 5 && doc.Word(k + 1).EndsWith("ing", StringComparison.Ordinal) && !IsInsideQuote(doc, k))
            {
                return TrimEnd(doc, start, k - 1);
            }

            if (doc.Word(k) is "despite" or "notwithstanding" || (doc.Word(k) is "in" && doc.Word(k + 1) is "spite" && doc.Word(k + 2) is "of"))
            {
                if (IsInsideQuote(doc, k))
                {
                    return end;
                }

                return TrimEnd(doc, start, k - 1);
            }
        }

        return end;
    }

    /// <summary>The first token after cue <paramref name="c"/> that is neither in the subtree of one of its other
    /// dependents nor a comma or colon: where its complement <paramref name="complement"/> starts.</summary>
    private static int AfterCueDependents(Doc doc, DependencyTree tree, int c, int complement)
    {
        int first = c + 1;
        int limit = tree.Right[complement];
        bool objectIsSubject = IsSubjectOfComplement(tree, c, complement);
        for (int steps = 0; first < limit && steps < StatementParses.MaxParsedWords; steps++)
        {
            int h = tree.Syntax[first].Head;
            if (doc.Word(first) is "," or ":")
            {
                first++;
            }
            else if (h == c && first != complement && tree.Syntax[first].Relation is not ("mark" or "nsubj")
                && !(objectIsSubject && tree.Syntax[first].Relation == "obj"))
            {
                first = Math.Max(first + 1, tree.Right[first] + 1);
            }
            else if (h >= 0 && h != c && h < complement && tree.Syntax[h].Head == c && h != complement && h > c
                && !(objectIsSubject && tree.Syntax[h].Relation == "obj"))
            {
                first = Math.Max(first + 1, tree.Right[h] + 1);
            }
            else
            {
                break;
            }
        }

        return Math.Min(first, limit);
    }

    /// <summary>
    /// Whether the object the parse gave cue <paramref name="c"/> is the subject of its complement: "insist the tax cuts
    /// will pay", "suggested the city could raise fees" (the complement has no subject of its own and the cue is no verb
    /// of telling, whose object is the addressee: "told reporters the plan was dead").
    /// </summary>
    private static bool IsSubjectOfComplement(DependencyTree tree, int c, int complement)
    {
        if (tree.Syntax[c].Lemma is "tell" or "inform" or "assure" or "remind" or "brief" or "warn" or "urge" or "ask" or "promise" or "convince" or "persuade")
        {
            return false;
        }

        foreach (int k in tree.Children(complement))
        {
            if (tree.Syntax[k].Relation.StartsWith("nsubj", StringComparison.Ordinal) || tree.Syntax[k].Relation.StartsWith("csubj", StringComparison.Ordinal)
                || tree.Syntax[k].Relation == "expl")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An <c>obl</c> of <paramref name="c"/> (or of its object) introduced by "as", or -1.</summary>
    private static int AsPhrase(Doc doc, DependencyTree tree, int c, int obj)
    {
        foreach (int head in (ReadOnlySpan<int>)[c, obj])
        {
            foreach (int k in tree.Children(head))
            {
                if (k > obj && tree.Syntax[k].Relation is "obl" or "nmod" or "advcl" or "xcomp" && doc.Word(tree.Left[k]) is "as")
                {
                    return k;
                }
            }
        }

        return -1;
    }

    /// <summary>The "for ..." phrase after "claimed responsibility", hanging from the verb or the noun, or -1.</summary>
    private static int ForPhrase(Doc doc, DependencyTree tree, int c, int obj)
    {
        foreach (int head in (ReadOnlySpan<int>)[obj, c])
        {
            foreach (int k in tree.Children(head))
            {
                if (k > obj && tree.Syntax[k].Relation is "obl" or "nmod" && doc.Word(tree.Left[k]) is "for")
                {
                    return k;
                }
            }
        }

        return -1;
    }
}
