using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>Source finding: the speakers before a cue, coordinated and apposed.</summary>
internal sealed partial class AttributionAnnotator
{
    /// <summary>
    /// The sources before a verb cue: skips auxiliaries and adverbs ("has also", "recently"), a date ("on Friday"), a
    /// parenthesis, an apposition ("James Jeffrey, the ... envoy ..., said"), a relative pronoun ("a source, who said");
    /// reads coordinated sources ("X and other U.S. commanders"), a head with a prepositional phrase ("The Department of
    /// Defense report for the third quarter stated"), and a second verb's shared subject ("... and asked").
    /// </summary>
    private bool FindSources(Doc doc, int cue, int floor, Cue cueInfo, List<Source> sources)
    {
        sources.Clear();
        int t = SkipAdverbsBack(doc, cue - 1, floor);

        // "X was quoted as saying": a cue phrase with its own form of "be".
        if (cueInfo.Lemma.StartsWith("be ", StringComparison.Ordinal) && t >= floor && doc.Word(t) is "was" or "were" or "is" or "are" or "been" or "being")
        {
            t = SkipAdverbsBack(doc, t - 1, floor);
        }

        if (t < floor)
        {
            return false;
        }

        // A date or time phrase between source and cue: "Pompeo on Friday warned".
        if (doc.EntityAt[t] < 0 && t - 2 >= floor && doc.Word(t - 1) is "on" or "in" && doc.Tokens[t].Has(TokenTraits.Capitalized))
        {
            t = SkipAdverbsBack(doc, t - 2, floor);
        }

        // "Groups tied to the IRI (IRI) claimed": step over a parenthesis.
        if (doc.Word(t) is ")")
        {
            int k = t - 1;
            while (k > floor && k > t - MaxParenthesisWords && doc.Word(k) is not "(")
            {
                k--;
            }

            t = k - 1;
            if (t < floor || doc.Word(k) is not "(")
            {
                return false;
            }
        }

        // "an Iraqi security source, who said": the relative pronoun's antecedent.
        if (doc.Word(t) is "who")
        {
            int antecedent = doc.Word(t - 1) is "," ? t - 2 : t - 1;
            if (antecedent >= floor && !SourcesEndingAt(doc, antecedent, floor, sources) && IsUnknownOpeningWord(doc, antecedent))
            {
                // "Sanders, who is running for president, said": a surname no list knows.
                sources.Add(new Source(antecedent, antecedent, SourceKind.Named, SurnameKey(doc, antecedent)));
            }

            return sources.Count > 0;
        }

        if (doc.Word(t) is ",")
        {
            return ApposedSources(doc, t, floor, sources);
        }

        // "Kataeb Hezbollah – which announced ... – said": the source stands before an aside in dashes.
        if (doc.Word(t) is "\u2013" or "\u2014" or "--")
        {
            for (int k = t - 2; k > floor && k >= t - MaxAsideWords; k--)
            {
                if (doc.Word(k) is "\u2013" or "\u2014" or "--")
                {
                    return SourcesEndingAt(doc, k - 1, floor, sources);
                }

                if (doc.Word(k) is "." or ";" || doc.Tokens[k].Kind == TokenKind.Quote)
                {
                    break;
                }
            }

            return false;
        }

        // "Sadr has called upon ... and has called for ...", "X's office released a statement ... and asked ...": the second
        // verb shares the clause's subject.
        if (doc.Word(t) is "and")
        {
            return SharedSources(doc, new Clause(floor, doc.Sentences[doc.SentenceAt[cue]].EndToken), cue, preferPrevious: false, sources);
        }

        // "a non-binding resolution to call upon the government to end ...": a text's purpose.
        if (doc.Word(t) is "to" && t - 1 >= floor && cueInfo.Class is CueClass.Urge or CueClass.Warn or CueClass.Speech
            && TrySourceEndingAt(doc, t - 1, floor, out Source purpose) && purpose.Kind == SourceKind.Document)
        {
            sources.Add(purpose);
            return true;
        }

        return SourcesEndingAt(doc, t, floor, sources);
    }

    /// <summary>
    /// "James Jeffrey, the ... envoy for ..., said", "KH, in particular, has warned": the source stands before the aside.
    /// "..., Gen. Kenneth McKenzie and other U.S. commanders, assessed": an apposition names the sources itself.
    /// </summary>
    private bool ApposedSources(Doc doc, int comma, int floor, List<Source> sources)
    {
        // A name before the aside wins ("Brett McGurk, the envoy for ..., said"); a description before it yields to names
        // in the aside ("the commander of CENTCOM, Gen. Kenneth McKenzie and other U.S. commanders, assessed").
        Source aside = default;
        bool hasAside = false;
        for (int k = comma - 1; k > floor && k >= comma - MaxAsideWords; k--)
        {
            if (doc.Word(k) is ",")
            {
                if (SourcesEndingAt(doc, k - 1, floor, sources))
                {
                    if (sources.Count > 1 || sources[0].Kind == SourceKind.Named)
                    {
                        return true;
                    }

                    aside = sources[0];
                    hasAside = true;
                }
                else if (doc.Word(k + 1) is "who" && k - 1 >= floor && IsUnknownOpeningWord(doc, k - 1))
                {
                    // "Sanders, who is running for president, said": a surname no list knows.
                    sources.Add(new Source(k - 1, k - 1, SourceKind.Named, SurnameKey(doc, k - 1)));
                    return true;
                }

                break;
            }
        }

        if (comma - 1 < floor || !SourcesEndingAt(doc, comma - 1, floor, sources))
        {
            return Fallback(sources);
        }

        // The list must open the clause or follow a comma (a title may stand before a name: ", Gen. Kenneth McKenzie").
        int before = sources[0].First - 1;
        for (int n = 0; n < 3 && before >= floor && doc.Tokens[before].Has(TokenTraits.Capitalized); n++)
        {
            before--;
        }

        if (before < floor || doc.Word(before) is "," || doc.Tokens[before].Kind is TokenKind.Bullet or TokenKind.Quote)
        {
            return true;
        }

        return Fallback(sources);

        bool Fallback(List<Source> list)
        {
            list.Clear();
            if (hasAside)
            {
                list.Add(aside);
            }

            return hasAside;
        }
    }

    /// <summary>
    /// Sources ending at token <paramref name="t"/>: one, or coordinated ("Gen. X and other U.S. commanders", "U.S.
    /// government and military officials and many experts"); a list that is the object of a preposition belongs to the
    /// head before it ("leaders of Iraq and Iran"). A negated source ("no group") is none.
    /// </summary>
    private bool SourcesEndingAt(Doc doc, int t, int floor, List<Source> sources)
    {
        sources.Clear();
        if (!SourceEndingAtExtended(doc, t, floor, out Source last))
        {
            return false;
        }

        sources.Add(last);
        int k = last.First - 1;
        bool sawAnd = false;
        while (sources.Count < MaxCoordinated && k > floor)
        {
            int j;
            if (doc.Word(k) is "and")
            {
                sawAnd = true;
                j = doc.Word(k - 1) is "," ? k - 2 : k - 1;
            }
            else if (doc.Word(k) is "," && sawAnd)
            {
                j = k - 1;
            }
            else
            {
                break;
            }

            if (j < floor || !TrySourceEndingAt(doc, j, floor, out Source previous) || previous.Kind == SourceKind.Pronoun)
            {
                break;
            }

            // "... during the talks in Vienna, and a senior commander told ...": ", and" after the object of a
            // preposition joins two clauses, not two speakers.
            if (j == k - 2 && previous.First - 1 >= floor && doc.Word(previous.First - 1) is "in" or "at" or "on" or "from" or "during" or "to" or "with" or "near")
            {
                break;
            }

            // "U.S. government and military officials": coordinated modifiers of one head, one source.
            if (IsCoordinatedModifier(doc, previous, sources[0]))
            {
                sources[0] = sources[0] with { First = previous.First, Key = null };
            }
            else if (doc.Word(k) is "," && (previous.Kind == SourceKind.Named) != (sources[0].Kind == SourceKind.Named)
                && (previous.Kind == SourceKind.Nominal || sources[0].Kind == SourceKind.Nominal))
            {
                // "Mark Esper, the defense secretary, and ...": a name and its description are one speaker; keep the name.
                if (previous.Kind == SourceKind.Named)
                {
                    sources[0] = previous;
                }
                else
                {
                    k = previous.First - 1;
                    continue;
                }
            }
            else
            {
                sources.Insert(0, previous);
            }

            k = sources[0].First - 1;
        }

        // The head of a list takes no one member's key.
        if (sources.Count > 1 && TryOuterHead(doc, sources[0] with { Kind = SourceKind.Anonymous }, floor, out Source outer))
        {
            sources.Clear();
            sources.Add(outer);
        }

        if (IsNegated(doc, sources[0].First))
        {
            sources.Clear();
            return false;
        }

        return true;
    }

    /// <summary>"no group has claimed": a source after "no" (or itself "no ...") says nothing.</summary>
    private static bool IsNegated(Doc doc, int first) =>
        doc.Word(first) is "no" or "No" or "None" or "none" || (first > 0 && doc.Word(first - 1) is "no" or "No" or "Neither" or "neither" or "nor");

    /// <summary>Whether the second of two conjuncts starts with a bare modifier and the first is a common noun without a
    /// determiner: "U.S. government and military officials" is one source, "Gen. X and other commanders" two.</summary>
    private static bool IsCoordinatedModifier(Doc doc, Source first, Source second)
    {
        if (second.First >= second.Last || first.Kind is SourceKind.Named or SourceKind.Pronoun || doc.EntityAt[second.First] >= 0)
        {
            return false;
        }

        Token lead = doc.Tokens[second.First];
        return lead.Kind == TokenKind.Word && !lead.Has(TokenTraits.Capitalized) && !IsDeterminerOrQuantifier(doc.Word(second.First))
            && !IsDeterminerOrQuantifier(doc.Word(first.First)) && !doc.Word(first.First).Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDeterminerOrQuantifier(ReadOnlySpan<char> w) =>
        w is "the" or "a" or "an" or "many" or "other" or "some" or "several" or "most" or "few" or "both" or "all" or "two" or "three" or "four"
            or "senior" or "top" or "these" or "those" or "this" or "that" or "its" or "their" or "his" or "her";

    /// <summary>A source ending at token <paramref name="t"/>, or the head before a prepositional phrase ending there, with
    /// its outer heads: "Groups tied to the Islamic Resistance in Iraq", "commanders of the Iran-backed militias".</summary>
    private bool SourceEndingAtExtended(Doc doc, int t, int floor, out Source source)
    {
        if (!TrySourceEndingAt(doc, t, floor, out source) && !TryHeadBeforePhrase(doc, t, floor, out source))
        {
            return false;
        }

        for (int hop = 0; hop < 3 && TryOuterHead(doc, source, floor, out Source outer); hop++)
        {
            source = outer;
        }

        return true;
    }

    /// <summary>"The Department of Defense report for the third quarter of 2019 stated", "A Pentagon statement on Sunday said":
    /// a source head followed by a prepositional phrase that ends at token <paramref name="t"/>.</summary>
    private bool TryHeadBeforePhrase(Doc doc, int t, int floor, out Source source)
    {
        source = default;
        for (int k = t; k > floor && k > t - MaxPhraseWords; k--)
        {
            if (doc.EntityAt[k] >= 0)
            {
                continue; // a name's own "of": "Department of Defense"
            }

            ReadOnlySpan<char> w = doc.Word(k);
            if (doc.Tokens[k].Kind is TokenKind.Quote or TokenKind.Bullet || w is "," or ";" or ":" or "that" or "who" or "which" or "and" or "or"
                || (IsVerb(doc, k) && !IsPostModifier(w)))
            {
                return false;
            }

            if (k < t && IsPreposition(w) && TryHeadBefore(doc, k, floor, out source))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the leaders of the Kurdistan Region", "Thousands in Iraq", "Groups tied to the IRI": the head before the
    /// preposition that governs <paramref name="inner"/>. A description "of"/"for" a named entity takes its key.</summary>
    private bool TryOuterHead(Doc doc, Source inner, int floor, out Source outer)
    {
        outer = default;
        int p = inner.First - 1;

        // "A spokesman for Prime Minister X": step over the person's title.
        int e = doc.EntityAt[inner.First];
        if (e >= 0 && doc.RoleOf[e] is not null)
        {
            for (int n = 0; n < 3 && p > floor && doc.Tokens[p].Kind == TokenKind.Word && doc.Tokens[p].Has(TokenTraits.Capitalized); n++)
            {
                p--;
            }
        }

        if (p > floor && doc.Word(p) is "the")
        {
            p--;
        }

        if (p <= floor || !IsPreposition(doc.Word(p)) || !TryHeadBefore(doc, p, floor, out outer))
        {
            return false;
        }

        if (doc.Word(p) is "of" or "for" && inner.Kind == SourceKind.Named && inner.Key is not null && outer.Key is null && outer.Kind is SourceKind.Nominal or SourceKind.Anonymous)
        {
            outer = outer with { Kind = SourceKind.Nominal, Key = inner.Key };
        }

        return true;
    }

    /// <summary>A source head ending just before a preposition, or before a participle that takes it ("tied to").</summary>
    private bool TryHeadBefore(Doc doc, int preposition, int floor, out Source source)
    {
        source = default;
        int h = preposition - 1;
        if (h >= floor && IsPostModifier(doc.Word(h)))
        {
            h--;
        }

        return h >= floor && TrySourceEndingAt(doc, h, floor, out source) && source.Kind != SourceKind.Pronoun;
    }

    private static bool IsPreposition(ReadOnlySpan<char> w) =>
        w is "of" or "for" or "in" or "at" or "on" or "from" or "with" or "to" or "near" or "inside" or "within" or "across" or "around" or "by"
            or "about" or "into" or "over" or "under" or "outside" or "among";

    /// <summary>A participle or adjective that ties a source head to a phrase after it: "groups tied to", "officials familiar with".</summary>
    private static bool IsPostModifier(ReadOnlySpan<char> w) =>
        w is "tied" or "linked" or "close" or "loyal" or "allied" or "aligned" or "affiliated" or "connected" or "attached" or "based"
            or "familiar" or "opposed" or "backed" or "supported" or "funded" or "stationed" or "deployed";

    private static int SkipAdverbsBack(Doc doc, int t, int floor)
    {
        while (t >= floor)
        {
            ReadOnlySpan<char> w = doc.Word(t);
            if (w is "has" or "have" or "had" or "also" or "recently" or "again" or "later" or "earlier" or "previously" or "then" or "once" or "reportedly" or "repeatedly" or "publicly" or "already" or "initially" or "will" or "would")
            {
                t--;
                continue;
            }

            break;
        }

        return t;
    }

    private static int SkipAdverbs(Doc doc, int t)
    {
        while (t < doc.Tokens.Length && doc.Word(t) is "also" or "has" or "have" or "had" or "then" or "later" or "again")
        {
            t++;
        }

        return t;
    }
}
