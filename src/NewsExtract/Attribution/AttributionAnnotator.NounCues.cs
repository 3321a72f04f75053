using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>Nouns of speech with a source and a complement: "the assessment of X that ...", "X's promises not to ...".</summary>
internal sealed partial class AttributionAnnotator
{
    /// <summary>
    /// "the analysis of U.S. officials and many experts that P", "the assessment by X that P", "X's assessment that P",
    /// "X's repeated promises not to P": the noun is the cue and needs both a source and a complement.
    /// </summary>
    private void NounCueStatement(Doc doc, Clause clause, int c, NounCue noun)
    {
        List<Source> sources = doc.Sources;
        sources.Clear();
        int after = SkipDate(doc, c + 1, clause.End); // "a warning last week by X that ..."
        int start;
        int phraseStart;
        if (after < clause.End && (doc.Word(after) is "by" || (doc.Word(after) is "of" && noun.OfNamesSource)))
        {
            phraseStart = c > clause.First && IsDeterminerOrQuantifier(LowerFirst(doc.Word(c - 1))) ? c - 1 : c;
            int that = -1;
            for (int k = after + 1; k < clause.End && k <= after + MaxListWords; k++)
            {
                if (doc.Word(k) is "that")
                {
                    that = k;
                    break;
                }

                if (doc.Word(k) is "," or ";" or ":" || doc.Tokens[k].Kind == TokenKind.Quote || IsVerb(doc, k))
                {
                    return;
                }
            }

            // The source opens the phrase after "by"; a named source has dropped its "the" ("by the State Department").
            if (that < after + 2 || !IsComplementThat(doc, that, clause.End) || !SourcesEndingAt(doc, that - 1, after + 1, sources)
                || (sources[0].First != after + 1 && !(sources[0].First == after + 2 && doc.Word(after + 1).Equals("the", StringComparison.OrdinalIgnoreCase)))
                || sources.Exists(s => s.Kind is SourceKind.Document or SourceKind.Pronoun))
            {
                return;
            }

            start = that + 1;
        }
        else
        {
            // A possessor before the noun and at most two modifiers: "Trump's repeated promises".
            int p = c - 1;
            for (int n = 0; n < 2 && p > clause.First && IsPlainModifier(doc, p); n++)
            {
                p--;
            }

            // "his claim that ...", "their warning that ...": a possessive pronoun is the source, as "he" would be.
            if (p >= clause.First && doc.Word(p) is "his" or "His" or "her" or "Her" or "their" or "Their")
            {
                if (p > clause.First && IsPreposition(doc.Word(p - 1)))
                {
                    return; // "has argued in his latest statements that ...": the verb's medium, not a statement of its own
                }

                sources.Add(new Source(p, p, SourceKind.Pronoun, PronounKey(doc, p)));
                phraseStart = p;
            }
            else if (p <= clause.First || doc.Tokens[p].Kind != TokenKind.Clitic || doc.Word(p) is not ("'s" or "\u2019s" or "'" or "\u2019")
                || !TrySourceEndingAt(doc, p - 1, clause.First, out Source owner) || owner.Kind is SourceKind.Document or SourceKind.Pronoun)
            {
                return;
            }
            else
            {
                sources.Add(owner);
                phraseStart = owner.First > clause.First && doc.Word(owner.First - 1).Equals("the", StringComparison.OrdinalIgnoreCase) ? owner.First - 1 : owner.First;
            }

            if (after < clause.End && doc.Word(after) is "that" && IsComplementThat(doc, after, clause.End))
            {
                start = after + 1;
            }
            else
            {
                int to = doc.Word(after) is "not" or "never" ? after + 1 : after;
                if (to + 1 >= clause.End || doc.Word(to) is not "to" || !MayBeVerb(doc, to + 1))
                {
                    return;
                }

                start = after;
            }
        }

        int end = ContentEnd(doc, clause, start);

        // "The ministry's assessment that the attacks had slowed was questioned": a noun phrase that opens the clause is
        // its subject, and the complement ends before the main verb.
        if (phraseStart == clause.First)
        {
            end = EndBeforeMainVerb(doc, start, end);
        }

        if (end - start < 1)
        {
            return;
        }

        AddStatements(doc, sources, c, noun.Cue, start, end, Complement.That);
    }
}
