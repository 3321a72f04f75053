using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>
/// The parse sieve: statements read from the dependency parse, for the cues no surface sieve used. A cue is a verb whose
/// lemma is a learned cue lemma (<see cref="CueLemmas"/>); its source is its subject (the agent of a passive, or the
/// subject of the verb it is coordinated with or hangs from); its content is its clausal complement (<c>ccomp</c>), the
/// clause it is a parataxis of (<c>..., officials said</c>), an infinitive (<c>vowed to retaliate</c>), a predicate
/// (<c>called the strike a violation</c>, <c>described the attack as ...</c>) or, for claims, denials, confirmations,
/// blame and condemnation, its object (<c>condemned the strike</c>, <c>claimed responsibility for the attack</c>).
/// </summary>
internal sealed partial class AttributionAnnotator
{
    private const string ParseRule = "ParseSpeech";

    /// <param name="doc">The document.</param>
    /// <param name="infinitivesOnly">Take only promises, warnings and requests with an infinitive ("vowed to keep up
    /// attacks"): the parse bounds the infinitive better than the surface sieve, which runs after this pass.</param>
    private void ParseSieve(Doc doc, bool infinitivesOnly)
    {
        if (doc.Tree is not DependencyTree tree)
        {
            return;
        }

        TokenSyntax[] syntax = tree.Syntax;
        for (int c = 0; c < syntax.Length; c++)
        {
            TokenSyntax s = syntax[c];
            if (s.Lemma is null || s.Upos != UposTag.Verb || !_lexicons.CueLemmas.Lemmas.TryGetValue(s.Lemma, out var entry)
                || entry.Class is CueClass.AccordingTo || doc.UsedCues.Contains(doc.Tokens[c].Start) || IsInsideQuote(doc, c)
                || s.Relation is "amod" or "acl" or "compound" || IsNegatedInParse(doc, tree, c))
            {
                continue;
            }

            int subject = ParseSubject(tree, c);
            bool fronted = false;
            if (subject < 0)
            {
                subject = FrontedSpeaker(doc, tree, c);
                fronted = subject >= 0;
            }

            if (subject < 0 || IsInsideQuote(doc, subject) || IsNoOne(doc, tree, subject) || IsInDateline(doc, subject))
            {
                continue;
            }

            var cue = new Cue(s.Lemma, entry.Class, entry.Stance, 1);
            int quote = infinitivesOnly ? -1 : QuoteBefore(doc, Math.Min(c, tree.Left[subject]));
            if (quote >= 0 && !HasQuoteStatement(doc, quote))
            {
                // ""We think so," Smith said.": the quotation just before the speaker and the cue.
                if (TryParseSource(doc, tree, subject, entry.Class, out Source speaker))
                {
                    Add(doc, Make(doc, AttributionKind.Direct, speaker, c, cue, doc.Quotes[quote].Content, ParseRule));
                }

                continue;
            }

            if (!TryParseContent(doc, tree, c, entry.Class, out int first, out int last, out int cueWords, out bool infinitive)
                || (infinitivesOnly && !infinitive) || !TryParseSource(doc, tree, subject, entry.Class, out Source source))
            {
                continue;
            }

            if (subject >= first && subject <= last)
            {
                // "The attack ... was planned by X, a senior official who spoke on condition of anonymity said": the
                // parse hung the speaker inside the fronted clause; the content ends before it.
                if (!fronted || tree.Left[subject] - 1 <= first)
                {
                    continue;
                }

                last = tree.Left[subject] - 1;
            }

            if (infinitivesOnly && !EndsClause(doc, last))
            {
                continue; // the parse cut the infinitive short: the surface sieve bounds it
            }

            first = SkipLeading(doc, first, last + 1);
            last = TrimEnd(doc, first, last);
            if (last < first)
            {
                continue;
            }

            var content = new TextSpan(doc.Tokens[first].Start, doc.Tokens[last].End);
            AttributionKind kind = ContainsQuote(doc, content) ? AttributionKind.Mixed : AttributionKind.Indirect;
            int whole = WholeQuotation(doc, first, last);
            if (whole >= 0)
            {
                // "Jeffrey told reporters: "..."": the quotation is the content.
                if (HasQuoteStatement(doc, whole))
                {
                    continue;
                }

                kind = AttributionKind.Direct;
                content = doc.Quotes[whole].Content;
            }

            Add(doc, Make(doc, kind, source, c, cue with { Words = cueWords }, content, ParseRule));
        }
    }

    /// <summary>For a cue with no subject that ends its sentence after a fronted clause, the speaker the parse hung inside
    /// that clause: the nominal whose phrase, opened by a comma, ends just before the cue; or -1.</summary>
    private static int FrontedSpeaker(Doc doc, DependencyTree tree, int c)
    {
        int ccomp = tree.Child(c, "ccomp");
        if (ccomp < 0 || ccomp > c || (c + 1 < doc.Tokens.Length && doc.SentenceAt[c + 1] == doc.SentenceAt[c] && doc.Word(c + 1) is not ("." or "!")))
        {
            return -1;
        }

        int sentence = doc.SentenceAt[c];
        for (int k = c - 1; k >= 0 && k >= c - MaxFrontedWords && doc.SentenceAt[k] == sentence; k--)
        {
            if (tree.Syntax[k].Upos is UposTag.Noun or UposTag.Propn or UposTag.Pron && tree.Right[k] == c - 1 && tree.Left[k] > 0
                && (doc.Word(tree.Left[k]) is "," || doc.Word(tree.Left[k] - 1) is ","))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The quotation whose closing mark stands just before token <paramref name="t"/> (a comma between), or -1.</summary>
    private static int QuoteBefore(Doc doc, int t)
    {
        int p = t - 1;
        if (p >= 0 && doc.Word(p) is ",")
        {
            p--;
        }

        if (p < 0 || doc.Tokens[p].Kind != TokenKind.Quote || !doc.Tokens[p].Has(TokenTraits.CloseQuote))
        {
            return -1;
        }

        int q = p > 0 ? QuoteContaining(doc, doc.Tokens[p - 1].Start) : -1;
        return q >= 0 && doc.Quotes[q].Span.End == doc.Tokens[p].End ? q : -1;
    }

    /// <summary>Whether a quote sieve already attributed quotation <paramref name="q"/>.</summary>
    private static bool HasQuoteStatement(Doc doc, int q)
    {
        TextSpan content = doc.Quotes[q].Content;
        int sentence = doc.SentenceAt[doc.TokenAtOffset(content.Start)];
        for (int s = sentence - 1; s <= sentence; s++)
        {
            if (!doc.BySentence.TryGetValue(s, out List<Attribution>? near))
            {
                continue;
            }

            for (int i = near.Count - 1; i >= 0 && i >= near.Count - MaxNearStatements; i--)
            {
                if (near[i].Content.Start <= content.Start && near[i].Content.End >= content.End)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="t"/> ends its sentence or stands before a comma, semicolon or colon.</summary>
    private static bool EndsClause(Doc doc, int t) =>
        t + 1 >= doc.Tokens.Length || doc.SentenceAt[t + 1] != doc.SentenceAt[t] || doc.Word(t + 1) is "," or ";" or ":" or "." or "!" or "?";

    /// <summary>Whether a token stands in the dateline that opens its sentence ("ERBIL, Kurdistan Region - "): the parse
    /// reads the place as the subject, and the surface sieve, which skips datelines, is left the statement.</summary>
    private static bool IsInDateline(Doc doc, int t)
    {
        Sentence sentence = doc.Sentences[doc.SentenceAt[t]];
        int end = sentence.FirstToken + sentence.TokenCount;
        return t < SkipLeading(doc, sentence.FirstToken, end);
    }

    /// <summary>"No group claimed the attack", "nobody said": no statement.</summary>
    private static bool IsNoOne(Doc doc, DependencyTree tree, int subject)
    {
        if (doc.Word(subject) is "nobody" or "Nobody" or "none" or "None")
        {
            return true;
        }

        foreach (int k in tree.Children(subject))
        {
            if (k < subject && doc.Word(k) is "no" or "No")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"did not say", "never confirmed": withheld speech is no statement (guidelines).</summary>
    private static bool IsNegatedInParse(Doc doc, DependencyTree tree, int c)
    {
        foreach (int k in tree.Children(c))
        {
            if (tree.Syntax[k].Relation == "advmod" && doc.Word(k) is "not" or "n't" or "never" or "Not" or "Never")
            {
                return true;
            }
        }

        return false;
    }

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
            first = tree.Left[head];
            last = tree.Left[c] - 1;
            return last >= first && last - first >= 2;
        }

        int parataxis = tree.Child(c, "parataxis");
        if (parataxis > c)
        {
            first = tree.Left[parataxis];
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

        return last;
    }

    /// <summary>The first token after cue <paramref name="c"/> that is neither in the subtree of one of its other
    /// dependents nor a comma or colon: where its complement <paramref name="complement"/> starts.</summary>
    private static int AfterCueDependents(Doc doc, DependencyTree tree, int c, int complement)
    {
        int first = c + 1;
        int limit = tree.Right[complement];
        for (int steps = 0; first < limit && steps < StatementParses.MaxParsedWords; steps++)
        {
            int h = tree.Syntax[first].Head;
            if (doc.Word(first) is "," or ":")
            {
                first++;
            }
            else if (h == c && first != complement && tree.Syntax[first].Relation is not ("mark" or "nsubj"))
            {
                first = Math.Max(first + 1, tree.Right[first] + 1);
            }
            else if (h >= 0 && h != c && h < complement && tree.Syntax[h].Head == c && h != complement && h > c)
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

    /// <summary>The subject of cue <paramref name="c"/>: its nsubj, a passive's agent, or the subject it shares with
    /// the verb it is coordinated with or hangs from ("X condemned the attack and vowed to respond", "..., saying that").</summary>
    private static int ParseSubject(DependencyTree tree, int c)
    {
        for (int k = c, steps = 0; k >= 0 && steps < 3; steps++)
        {
            int subject = tree.Child(k, "nsubj");
            if (subject >= 0)
            {
                // "Republicans who are urging ...": a relative pronoun stands for the noun the clause modifies.
                return tree.Syntax[k].Relation == "acl:relcl" && tree.Syntax[subject].Lemma is "who" or "which" or "that" ? tree.Syntax[k].Head : subject;
            }

            if (tree.Child(k, "nsubj:pass") >= 0)
            {
                int agent = tree.Child(k, "obl:agent");
                return agent >= 0 && steps == 0 ? agent : -1;
            }

            TokenSyntax s = tree.Syntax[k];
            if (s.Relation is not ("conj" or "advcl" or "xcomp"))
            {
                return -1;
            }

            if (s.Relation == "advcl" && s.Xpos != "VBG")
            {
                return -1;
            }

            k = s.Head;
        }

        return -1;
    }

    /// <summary>The source a subject names: the surface source finder at the subject's head; else a capitalized name the
    /// gazetteer does not know ("Smith", Named, keyed to an earlier person with that surname); else a description
    /// (its determiner, modifiers and head) that names an entity or refers back to one ("Iraq's military", "the group").</summary>
    /// <remarks>With <c>lenient</c>, any definite description is a Nominal source (a quotation's speaker: "the secretary
    /// of defense"), not only one that names or refers back to an entity.</remarks>
    private bool TryParseSource(Doc doc, DependencyTree tree, int head, CueClass cls, out Source source, bool lenient = false)
    {
        int e = doc.EntityAt[head];
        int last = head;
        if (e >= 0)
        {
            // UD heads a flat name on its first word: the source ends where the name does.
            while (last + 1 < doc.Tokens.Length && doc.EntityAt[last + 1] == e)
            {
                last++;
            }
        }

        int floor = tree.Left[head];
        if (TrySourceEndingAt(doc, last, floor, out source))
        {
            return true;
        }

        TokenSyntax s = tree.Syntax[head];
        if (s.Upos == UposTag.Propn && e < 0 && doc.Tokens[head].Has(TokenTraits.Capitalized) && !doc.Tokens[head].Has(TokenTraits.AllCaps)
            && cls is not CueClass.Cognition)
        {
            int first = head;
            while (first - 1 >= floor && tree.Syntax[first - 1].Upos == UposTag.Propn && doc.Tokens[first - 1].Has(TokenTraits.Capitalized))
            {
                first--;
            }

            source = new Source(first, head, SourceKind.Named, SurnameKey(doc, head));
            return true;
        }

        if (s.Upos != UposTag.Noun || !IsLowerWord(doc, head))
        {
            return false;
        }

        int start = head;
        bool namesEntity = false;
        foreach (int k in tree.Children(head))
        {
            if (k < head && tree.Syntax[k].Relation is "det" or "amod" or "compound" or "nmod:poss" or "nummod")
            {
                start = Math.Min(start, tree.Left[k]);
            }
        }

        for (int k = start; k < head; k++)
        {
            namesEntity |= doc.EntityAt[k] >= 0 && IsSpeakerEntity(doc.Entities[doc.EntityAt[k]]);
        }

        // "the group" (an actor named before), "the secretary" (the person named with that title).
        string? key = TypedAntecedentKey(doc, start, head, doc.Tokens[start].Start) ?? (IsDefinite(doc, start, head) ? NominalKey(doc, start, head) : null);
        if (!namesEntity && key is null && !(lenient && IsDefinite(doc, start, head)))
        {
            return false;
        }

        source = new Source(start, head, SourceKind.Nominal, key);
        return true;
    }

    /// <summary>The key of the latest person named before token <paramref name="t"/> whose name ends with its word.</summary>
    private static string? SurnameKey(Doc doc, int t)
    {
        ReadOnlySpan<char> word = doc.Word(t);
        int before = FirstEntityFrom(doc, doc.Tokens[t].Start) - 1;
        for (int e = before; e >= 0 && e > before - MaxAntecedentDistance; e--)
        {
            EntityMention m = doc.Entities[e];
            if (m.Type == EntityType.Person && doc.Text.AsSpan(m.Span.Start, m.Span.Length).EndsWith(word, StringComparison.Ordinal)
                && (m.Span.Length == word.Length || doc.Text[m.Span.End - word.Length - 1] == ' '))
            {
                return m.Key;
            }
        }

        return null;
    }

    /// <summary>The quotation that tokens <paramref name="first"/>..<paramref name="last"/> are, or -1.</summary>
    private static int WholeQuotation(Doc doc, int first, int last)
    {
        int inside = doc.Tokens[first].Kind == TokenKind.Quote && first < last ? first + 1 : first;
        int q = QuoteContaining(doc, doc.Tokens[inside].Start);
        return q >= 0 && doc.Quotes[q].Span.Start <= doc.Tokens[first].Start && doc.Quotes[q].Span.End >= doc.Tokens[last].End ? q : -1;
    }
}
