using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>Cue detection: whether a cue word reads as a verb here, and cues that end their sentence.</summary>
internal sealed partial class AttributionAnnotator
{
    /// <summary>
    /// The end of a complement clause inside a subject: after its own verb group ("would hold", "had slowed", "to bring"),
    /// a second finite verb not joined by a conjunction is the main verb ("proved", "was").
    /// </summary>
    private int EndBeforeMainVerb(Doc doc, int start, int end)
    {
        bool lexical = false;
        for (int k = start; k <= end; k++)
        {
            ReadOnlySpan<char> w = doc.Word(k);
            bool infinitive = k > start && doc.Word(k - 1) is "to" or "would" or "could" or "will" or "can" or "may" or "might" or "must" or "should" && MayBeVerb(doc, k);
            bool verb = infinitive || IsVerb(doc, k) || (doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].Has(TokenTraits.Capitalized) && w.Length > 4 && w.EndsWith("ed"));
            if (!verb)
            {
                continue;
            }

            if (lexical && !IsAuxiliary(doc.Word(k - 1)) && doc.Word(k - 1) is not ("and" or "or" or "," or "to" or "that" or "which" or "who" or "not" or "but"))
            {
                return TrimEnd(doc, start, k - 1);
            }

            lexical |= !IsAuxiliary(w);
        }

        return end;
    }

    private static bool IsAuxiliary(ReadOnlySpan<char> w) =>
        w is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "has" or "have" or "had" or "will" or "would" or "could"
            or "can" or "may" or "might" or "must" or "should" or "do" or "does" or "did";

    /// <summary>Whether a word after "to" can be an infinitive: a lower-case word that is not a determiner, pronoun,
    /// number, preposition or adjective ("to draw", "to attack"; not "to the people", "to Iraq").</summary>
    private bool MayBeVerb(Doc doc, int t) =>
        IsLowerWord(doc, t) && (!TryPartOfSpeech(doc, t, out PartOfSpeech pos) || pos is PartOfSpeech.VERB or PartOfSpeech.AUX or PartOfSpeech.NOUN);

    /// <summary>A lower-case adjective or participle between a possessor and its noun: "repeated", "latest".</summary>
    private bool IsPlainModifier(Doc doc, int t) =>
        IsLowerWord(doc, t)
        && ((TryPartOfSpeech(doc, t, out PartOfSpeech pos) && pos is PartOfSpeech.ADJ)
            || doc.Word(t).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || doc.Word(t).EndsWith("est", StringComparison.OrdinalIgnoreCase));

    private static bool IsLowerWord(Doc doc, int t)
    {
        Token token = doc.Tokens[t];
        return token.Kind == TokenKind.Word && !token.Has(TokenTraits.Capitalized) && token.Length <= 24;
    }

    /// <summary>The common-word part of speech of a short word, looked up in lower case.</summary>
    private bool TryPartOfSpeech(Doc doc, int t, out PartOfSpeech pos)
    {
        Span<char> lower = stackalloc char[doc.Tokens[t].Length];
        doc.Word(t).ToLowerInvariant(lower);
        return _pos.TryGetValue(lower, out pos);
    }


    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> are a few words with no verb, comma or
    /// quotation mark: the object of a source's preposition ("from the group").</summary>
    private bool IsPlainPhrase(Doc doc, int first, int last)
    {
        if (last < first || last - first >= MaxSourceWords)
        {
            return false;
        }

        for (int k = first; k <= last; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word || IsVerb(doc, k))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsParticipleCue(Doc doc, int t) =>
        doc.Word(t).EndsWith("ing", StringComparison.Ordinal) && _lexicons.TryCue(doc.Text, doc.Tokens, t, out Cue cue) && !cue.Passive;

    private bool TryCueAtEnd(Doc doc, Clause clause, int c, Cue cue, out Attribution? attribution, out Attribution? coordinated)
    {
        attribution = null;
        coordinated = null;
        if (cue.Class is not (CueClass.Speech or CueClass.Report or CueClass.Confirm or CueClass.Cognition))
        {
            return false;
        }

        // The source sits between a comma and the cue ("..., officials said"), or right after the cue ("..., said a US
        // official"); after them only an object or adverbial to the sentence end.
        int comma = -1;
        for (int k = c - 1; k >= clause.First && k >= c - MaxSourceWords - 1; k--)
        {
            if (doc.Word(k) is ",")
            {
                comma = k;
                break;
            }
        }

        if (comma <= clause.First)
        {
            return false;
        }

        Source source;
        Source second = default;
        bool two = false;
        int after;
        if (comma == c - 1)
        {
            int s = c + cue.Words;
            if (doc.Word(c).EndsWith("ing", StringComparison.Ordinal) || !TrySourceAt(doc, s, out source))
            {
                return false;
            }

            after = source.Last + 1;
            if (after < clause.End && !(doc.Word(after) is "," || IsPreposition(doc.Word(after)) || TrimEnd(doc, after, clause.End - 1) < after))
            {
                return false;
            }
        }
        else
        {
            if (!TrySourceAt(doc, comma + 1, out source))
            {
                return false;
            }

            // "..., the group and Iraqi security officials said": two sources, one statement each.
            int before = SkipAdverbsBack(doc, c - 1, comma + 1);
            if (source.Last < before && source.Kind is SourceKind.Anonymous or SourceKind.Nominal && doc.Word(source.Last + 1) is "from" or "for" or "of" or "with" or "at"
                && IsPlainPhrase(doc, source.Last + 2, before))
            {
                // "..., an official from the group told AFP": the head's phrase is part of the source.
                source = source with { Last = before };
            }

            if (source.Last != before)
            {
                two = doc.Word(source.Last + 1) is "and" && TrySourceAt(doc, source.Last + 2, out second) && second.Last == before;
                if (!two)
                {
                    return false;
                }
            }

            // "..., Iraqi security officials said Saturday, just days after ...": a date after the cue.
            after = SkipDate(doc, c + cue.Words, clause.End);
        }

        for (int k = after; k < clause.End; k++)
        {
            // "..., Kurdish authorities said, in the latest of a string of attacks" / "..., the Pentagon said, days after ...":
            // a trailing aside (not "..., the ministry said, hit ...", where the sentence goes on). A participial cue
            // starts a second statement of the same source: "..., a spokesman said, adding that ...".
            if (doc.Word(k) is "," && k == after && k + 1 < clause.End && (!IsVerb(doc, k + 1) || IsParticipleCue(doc, k + 1)))
            {
                break;
            }

            if (IsVerb(doc, k) || doc.Word(k) is "that" || (doc.Word(k) is "," && k > after) || k - after > MaxContentWords)
            {
                return false;
            }
        }

        int start = SkipLeading(doc, clause.First, comma - 1);
        int end = comma - 1;
        if (end <= start || IsQuoteToken(doc, start) && IsQuoteToken(doc, end))
        {
            return false;
        }

        var content = new TextSpan(doc.Tokens[start].Start, doc.Tokens[end].End);
        AttributionKind kind = ContainsQuote(doc, content) ? AttributionKind.Mixed : AttributionKind.Indirect;
        attribution = Make(doc, kind, source, c, cue, content, "ReportedSpeech");
        if (two)
        {
            coordinated = Make(doc, kind, second, c, cue, content, "ReportedSpeech");
        }

        return true;
    }

    /// <summary>
    /// A one-word cue in its base form ("report", "claim", "statement") is a noun after a determiner or a singular
    /// name ("The Department of Defense report for ..."); it reads as a verb after a pronoun, a modal, "to" or a plural.
    /// </summary>
    private bool ReadsAsVerb(Doc doc, int c, Cue cue)
    {
        if (cue.Words > 1 || !doc.Word(c).Equals(cue.Lemma, StringComparison.Ordinal))
        {
            return c == 0 || doc.Word(c - 1) is not ("the" or "a" or "an" or "The" or "A" or "An" or "this" or "that" or "its" or "his" or "her" or "their");
        }

        ReadOnlySpan<char> before = doc.Word(c - 1);
        return before is "I" or "we" or "We" or "they" or "They" or "you" or "will" or "would" or "could" or "can" or "may" or "might" or "should" or "to" or "did" or "do" or "does" or "not" or "must"
            || IsIndefinitePronoun(before) // "Many believe ..."
            || (before.Length > 3 && before[^1] == 's' && (char.IsLower(before[0]) || (c > 0 && doc.EntityAt[c - 1] >= 0 && doc.Entities[doc.EntityAt[c - 1]].Type == EntityType.Nationality)
                || (c > 0 && TryHead(doc, c - 1, out _)))); // "Analysts say", "Many Iraqis believe"
    }

    /// <summary>Whether tokens hold a verb or a quotation, and do not open with a preposition.</summary>
    private bool HasClause(Doc doc, int start, int end)
    {
        if (doc.Word(start) is "to" or "on" or "in" or "at" or "for" or "with" or "about" or "during" or "after" or "before")
        {
            return false;
        }

        for (int k = start; k <= end; k++)
        {
            ReadOnlySpan<char> w = doc.Word(k);
            if (IsVerb(doc, k) || doc.Tokens[k].Kind == TokenKind.Quote || doc.Tokens[k].Kind == TokenKind.Clitic
                || (k > start && IsPronoun(doc.Word(k - 1)) && IsLowerWord(doc, k)) // "they heard explosions"
                || (doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].Has(TokenTraits.Capitalized) && w.Length > 4 && (w.EndsWith("ed") || w.EndsWith("es")))
                || (k > start && IsPlural(doc.Word(k - 1)) && !doc.Tokens[k - 1].Has(TokenTraits.Capitalized) && IsUnknownWord(doc, k))
                || (k > start && w is "to" && k < end && MayBeVerb(doc, k + 1)))
            {
                return true; // "two rockets hit the base": an unknown word after a plural noun is its verb
            }
        }

        return false;
    }

    /// <summary>A lower-case word that the common-word list does not know (so not a known noun, adjective or function word).</summary>
    private bool IsUnknownWord(Doc doc, int t) => IsLowerWord(doc, t) && !TryPartOfSpeech(doc, t, out _);

    private static bool IsQuoteToken(Doc doc, int t) => doc.Tokens[t].Kind == TokenKind.Quote;

    private bool IsVerb(Doc doc, int t) =>
        IsLowerWord(doc, t) && TryPartOfSpeech(doc, t, out PartOfSpeech pos) && pos is PartOfSpeech.VERB or PartOfSpeech.AUX;
}
