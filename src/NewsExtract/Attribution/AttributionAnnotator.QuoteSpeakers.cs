using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>
/// Quotations that no other sieve attributed, followed by a clause that is only their speaker and a verb:
/// <c>"...," Austin continued.</c>, <c>"...," the secretary of defense said.</c>, <c>"...," said Mr. Burton.</c> The
/// parse gives the verb and its subject; any verb will do, because a quotation with nothing after it but a subject and a
/// verb is reported speech whatever the verb ("continued", "recalled", "quipped").
/// </summary>
internal sealed partial class AttributionAnnotator
{
    private const string QuoteSpeakerRule = "QuoteSpeaker";

    /// <summary>How many tokens after a quotation may hold its speaker and verb.</summary>
    private const int MaxSpeakerClauseWords = 8;

    private void QuoteSpeakerSieve(Doc doc)
    {
        if (doc.Tree is not DependencyTree tree)
        {
            return;
        }

        for (int q = 0; q < doc.Quotes.Length; q++)
        {
            Quote quote = doc.Quotes[q];
            if (!quote.Closed || ZoneLookup.At(doc.Zones, quote.Span.Start) is ZoneKind.Boilerplate or ZoneKind.References || HasQuoteStatement(doc, q))
            {
                continue;
            }

            int close = doc.TokenAtOffset(quote.Span.End - 1);
            int t = close + 1;
            if (t < doc.Tokens.Length && doc.Word(t) is ",")
            {
                t++;
            }

            if (t >= doc.Tokens.Length || !tree.IsParsed(t) || doc.SentenceAt[t] != doc.SentenceAt[close] && !doc.Tokens[t].Has(TokenTraits.Capitalized))
            {
                continue;
            }

            if (TrySpeakerClause(doc, tree, t, out int verb, out int subject) && TryParseSource(doc, tree, subject, CueClass.Speech, out Source source, lenient: true))
            {
                var cue = new Cue(tree.Syntax[verb].Lemma, CueClass.Speech, Stance.Asserted, 1);
                Add(doc, Make(doc, AttributionKind.Direct, source, verb, cue, quote.Content, QuoteSpeakerRule));

                // ""A," the secretary said. "B."": the quotation that opens the next sentence goes on (no cue of its own).
                int next = doc.TokenAtOffset(doc.Tokens[verb].End);
                while (next < doc.Tokens.Length && doc.Tokens[next].Kind == TokenKind.Punctuation && doc.SentenceAt[next] == doc.SentenceAt[verb])
                {
                    next++;
                }

                if (q + 1 < doc.Quotes.Length && next < doc.Tokens.Length && doc.Quotes[q + 1].Span.Start == doc.Tokens[next].Start && !HasQuoteStatement(doc, q + 1))
                {
                    Add(doc, MakeUncuedSource(doc, AttributionKind.Direct, source, doc.Quotes[q + 1].Content, QuoteSpeakerRule));
                }
            }
        }
    }

    /// <summary>Whether the tokens from <paramref name="t"/> to the end of the sentence are a short noun phrase and a
    /// verb, in either order, and nothing else but the final punctuation.</summary>
    private static bool TrySpeakerClause(Doc doc, DependencyTree tree, int t, out int verb, out int subject)
    {
        verb = subject = -1;
        int sentence = doc.SentenceAt[t];
        int end = t;
        while (end < doc.Tokens.Length && doc.SentenceAt[end] == sentence && end - t <= MaxSpeakerClauseWords)
        {
            end++;
        }

        if (end - t > MaxSpeakerClauseWords)
        {
            return false;
        }

        int last = end - 1;
        while (last > t && doc.Tokens[last].Kind == TokenKind.Punctuation && doc.Word(last) is "." or "!")
        {
            last--;
        }

        for (int k = t; k <= last; k++)
        {
            if (tree.Syntax[k].Upos == UposTag.Verb && (k == t || k == last))
            {
                verb = k;
                break;
            }
        }

        if (verb < 0 || tree.Syntax[verb].Lemma is null || IsNegatedInParse(doc, tree, verb))
        {
            return false;
        }

        // The rest of the clause is the speaker's phrase, whatever the parse made of it (it often hangs the speaker on
        // the quotation's verb): its head is the last noun or pronoun before any preposition ("the secretary of defense").
        int from = verb == t ? t + 1 : t;
        int to = verb == t ? last : last - 1;
        for (int k = from; k <= to; k++)
        {
            UposTag upos = tree.Syntax[k].Upos;
            if (upos is UposTag.Adp or UposTag.Verb or UposTag.Aux or UposTag.SConj || doc.Tokens[k].Kind == TokenKind.Quote)
            {
                break;
            }

            if (upos is UposTag.Noun or UposTag.Propn or UposTag.Pron)
            {
                subject = k;
            }
        }

        return subject >= 0;
    }
}
