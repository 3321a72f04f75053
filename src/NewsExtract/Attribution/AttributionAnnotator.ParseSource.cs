using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>The parse sieve's source: the subject of a cue (or its agent, shared subject, or a fronted speaker), and the source it names.</summary>
internal sealed partial class AttributionAnnotator
{
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

        // "Sanders, who ..., said": a surname the gazetteer does not know, opening its sentence, that the tagger took for
        // a common noun (capitalized, no determiner, not a known word).
        if (s.Upos == UposTag.Noun && e < 0 && cls is not CueClass.Cognition && IsUnknownOpeningName(doc, tree, head))
        {
            source = new Source(head, head, SourceKind.Named, SurnameKey(doc, head));
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

    /// <summary>Whether token <paramref name="t"/> is one capitalized word that opens its sentence, has no dependent
    /// before it, ends in no plural "s" of a known word and is no common word: an unknown surname.</summary>
    private bool IsUnknownOpeningName(Doc doc, DependencyTree tree, int t)
    {
        int next = t + 1;
        return tree.Left[t] == t && IsUnknownOpeningWord(doc, t) && next < doc.Tokens.Length && doc.SentenceAt[next] == doc.SentenceAt[t]
            && (doc.Word(next) is "," || tree.Syntax[next].Upos is UposTag.Verb or UposTag.Aux);
    }

    /// <summary>Whether token <paramref name="t"/> is a capitalized word that opens its sentence and that no word list
    /// knows (no common word, no source noun, no plural of a known word): "Sanders, who ..., said".</summary>
    private bool IsUnknownOpeningWord(Doc doc, int t)
    {
        Token token = doc.Tokens[t];
        Sentence sentence = doc.Sentences[doc.SentenceAt[t]];
        if (token.Kind != TokenKind.Word || !token.Has(TokenTraits.Capitalized) || token.Has(TokenTraits.AllCaps) || doc.EntityAt[t] >= 0
            || t != SkipLeading(doc, sentence.FirstToken, sentence.EndToken - 1) || TryPartOfSpeech(doc, t, out _) || TryHead(doc, t, out _))
        {
            return false;
        }

        ReadOnlySpan<char> w = doc.Word(t);
        return w.Length >= 3 && !(w.EndsWith("s", StringComparison.Ordinal) && w.Length > 3 && IsKnownSingular(doc, t));
    }

    /// <summary>Whether the word without its final "s" is a known word ("Officials" → "official"): a plural, not a name.</summary>
    private bool IsKnownSingular(Doc doc, int t)
    {
        ReadOnlySpan<char> w = doc.Word(t);
        Span<char> lower = stackalloc char[w.Length - 1];
        w[..^1].ToLowerInvariant(lower);
        return _pos.TryGetValue(lower, out _);
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
}
