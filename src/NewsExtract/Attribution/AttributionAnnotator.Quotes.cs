using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>Quotations and their speakers: a cue after or before a quotation, continuations, headline quotes.</summary>
internal sealed partial class AttributionAnnotator
{
    private void QuoteSieves(Doc doc)
    {
        Attribution? previous = null;
        int previousParagraphEnd = -1;
        for (int q = 0; q < doc.Quotes.Length; q++)
        {
            Quote quote = doc.Quotes[q];
            ZoneKind zone = ZoneLookup.At(doc.Zones, quote.Span.Start);
            if (zone is ZoneKind.Boilerplate or ZoneKind.References)
            {
                continue;
            }

            int open = doc.TokenAtOffset(quote.Span.Start);
            int close = doc.TokenAtOffset(quote.Span.End - 1);
            if (close - open < 2 || IsInsideAnother(doc, q))
            {
                continue;
            }

            doc.MoreSpeakers.Clear();
            Attribution? found = CueAfter(doc, quote, close) ?? CueBefore(doc, quote, open);
            if (found is null && previous is not null && previous.Source is not null && quote.Span.Start > previousParagraphEnd - 1
                && StartsOwnSentence(doc, open) && WithinNextParagraph(doc, previous.Content.End, quote.Span.Start))
            {
                found = previous with { Cue = null, CueLemma = null, Content = quote.Content, Rule = "QuoteContinuation", Stance = StanceOf(doc, quote.Content, Stance.Asserted) };
            }

            if (found is not null)
            {
                Add(doc, found);
                foreach (Source more in doc.MoreSpeakers)
                {
                    Add(doc, Make(doc, found.Kind, more, doc.TokenAtOffset(found.Cue!.Value.Start), doc.MoreSpeakersCue, found.Content, found.Rule), coordinated: true);
                }

                doc.QuoteAttributions.Add((q, found));
                previous = found;
                previousParagraphEnd = quote.Span.End;
            }
            else
            {
                if (zone == ZoneKind.Headline && IsHeadlineStatement(doc, open, close))
                {
                    Add(doc, new Attribution(AttributionKind.Direct, null, null, null, quote.Content, StanceOf(doc, quote.Content, Stance.Asserted), "HeadlineQuote"));
                }

                if (StartsOwnSentence(doc, open))
                {
                    previous = null;
                }
            }
        }
    }

    /// <summary>
    /// An unattributed quotation in a headline that reads as words someone said ("Iraq must 'take actions' after ..."): it
    /// opens with a lower-case word and holds a verb. Not a name or a term ("the so-called 'Green Zone'").
    /// </summary>
    private bool IsHeadlineStatement(Doc doc, int open, int close)
    {
        if (open > 0 && doc.Word(open - 1) is "called" or "dubbed" or "named" or "titled" or "labelled" or "labeled" or "termed" or "known")
        {
            return false;
        }

        Token first = doc.Tokens[open + 1];
        if (first.Kind != TokenKind.Word || first.Has(TokenTraits.Capitalized))
        {
            return false;
        }

        for (int k = open + 1; k < close; k++)
        {
            if (IsVerb(doc, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInsideAnother(Doc doc, int q)
    {
        for (int p = q - 1; p >= 0 && p >= q - 3; p--)
        {
            if (doc.Quotes[p].Span.Contains(doc.Quotes[q].Span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsOwnSentence(Doc doc, int open)
    {
        Sentence s = doc.Sentences[doc.SentenceAt[open]];
        int first = s.FirstToken;
        while (first < open && doc.Tokens[first].Kind is TokenKind.Bullet or TokenKind.Quote)
        {
            first++;
        }

        return first >= open;
    }

    private static bool WithinNextParagraph(Doc doc, int previousEnd, int start)
    {
        int breaks = 0;
        for (int i = previousEnd; i < start; i++)
        {
            if (doc.Text[i] == '\n')
            {
                breaks++;
            }
        }

        return breaks <= 3;
    }

    /// <summary>"...," Jeffrey said / "...," said Jeffrey / "..." he said.</summary>
    private Attribution? CueAfter(Doc doc, Quote quote, int close)
    {
        int t = close + 1;
        if (t < doc.Tokens.Length && doc.Word(t) is ",")
        {
            t++;
        }

        if (t >= doc.Tokens.Length || doc.Tokens[t].Has(TokenTraits.ParagraphBefore))
        {
            return null;
        }

        // Speaker then cue.
        if (TrySourceAt(doc, t, out Source source))
        {
            int c = SkipAdverbs(doc, source.Last + 1);
            if (_lexicons.TryCue(doc.Text, doc.Tokens, c, out Cue cue) && cue.Class is not CueClass.AccordingTo && !HasOwnClause(doc, quote, c + cue.Words))
            {
                return Make(doc, AttributionKind.Direct, source, c, cue, quote.Content, "QuoteCueAfter");
            }
        }

        // Cue then speaker: "said Jeffrey", "said a US official"; the speaker ends the sentence or an aside follows.
        if (_lexicons.TryCue(doc.Text, doc.Tokens, t, out Cue inverted) && inverted.Class is CueClass.Speech or CueClass.Report or CueClass.Warn or CueClass.Confirm)
        {
            int s = SkipAdverbs(doc, t + inverted.Words);
            if (TrySourceAt(doc, s, out Source after) && EndsSpeakerPhrase(doc, after.Last + 1))
            {
                return Make(doc, AttributionKind.Direct, after, t, inverted, quote.Content, "QuoteCueAfter");
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a cue after a quotation reports a clause of its own: "'...interests.' U.S. officials clarified that ..."
    /// starts a new statement; ""...," Jeffrey said on Thursday." does not.
    /// </summary>
    private bool HasOwnClause(Doc doc, Quote quote, int afterCue)
    {
        if (afterCue >= doc.Tokens.Length || doc.SentenceAt[afterCue] != doc.SentenceAt[afterCue - 1])
        {
            return false;
        }

        if (doc.Word(afterCue) is "that")
        {
            return true;
        }

        char last = quote.Content.Length > 0 ? doc.Text[quote.Content.End - 1] : ' ';
        if (last is not ('.' or '?' or '!'))
        {
            return false;
        }

        Sentence sentence = doc.Sentences[doc.SentenceAt[afterCue]];
        int start = SkipDate(doc, afterCue, sentence.EndToken);
        int end = TrimEnd(doc, start, Math.Min(sentence.EndToken - 1, start + MaxContentWords));
        return end > start && HasClause(doc, start, end);
    }

    /// <summary>Whether an inverted speaker ("said a US official") ends there: the sentence ends, or an aside or a
    /// prepositional phrase follows; not "indicates Tehran's continued intent".</summary>
    private static bool EndsSpeakerPhrase(Doc doc, int t) =>
        t >= doc.Tokens.Length || doc.SentenceAt[t] != doc.SentenceAt[t - 1] || doc.Tokens[t].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Footnote
            ? doc.Tokens[Math.Min(t, doc.Tokens.Length - 1)].Kind != TokenKind.Clitic
            : IsPreposition(doc.Word(t)) || doc.Word(t) is "who";

    /// <summary>Jeffrey told reporters, "..." / McKenzie said on June 19: '...' / Pompeo warned Iran's leaders "...".</summary>
    private Attribution? CueBefore(Doc doc, Quote quote, int open)
    {
        Sentence sentence = doc.Sentences[doc.SentenceAt[open]];
        for (int c = open - 1; c >= sentence.FirstToken && c >= open - MaxGapBeforeQuote - 3; c--)
        {
            if (!_lexicons.TryCue(doc.Text, doc.Tokens, c, out Cue cue) || cue.Class is CueClass.AccordingTo || c + cue.Words > open)
            {
                continue;
            }

            // 'said the "resistance" would not stop': a quotation followed by its verb is part of a reported clause.
            int close = doc.TokenAtOffset(quote.Span.End - 1);
            if (close + 1 < sentence.EndToken && IsVerb(doc, close + 1))
            {
                return null;
            }

            // 'said the group "will not stop" until ...': after a verb that takes no addressee, words before the quotation
            // make it part of a reported clause (Mixed, found later); an addressee is fine after "told", "warned", "asked".
            // An adverbial ("said on June 19:", "said at a news conference,") is fine.
            int gap = SkipDate(doc, c + cue.Words, open);
            if (cue.Class is not (CueClass.Urge or CueClass.Warn or CueClass.Order or CueClass.Express or CueClass.Blame) && !cue.Lemma.StartsWith("tell", StringComparison.Ordinal)
                && gap < open && !IsPreposition(doc.Word(gap)))
            {
                for (int k = gap; k < open; k++)
                {
                    if (doc.Tokens[k].Kind is TokenKind.Word or TokenKind.Number)
                    {
                        return null;
                    }
                }
            }

            // Between the cue and the quote: punctuation, an object, a date; no verb (else the quote is partial).
            for (int k = c + cue.Words; k < open; k++)
            {
                if (IsVerb(doc, k) || doc.Word(k) is "that" or "to")
                {
                    return null;
                }
            }

            List<Source> sources = doc.Sources;
            if (!FindSources(doc, c, sentence.FirstToken, cue, sources))
            {
                return null;
            }

            // "Esper and Milley told reporters, "..."": one statement per speaker.
            for (int i = 1; i < sources.Count; i++)
            {
                doc.MoreSpeakers.Add(sources[i]);
            }

            doc.MoreSpeakersCue = cue;
            return Make(doc, AttributionKind.Direct, sources[0], c, cue, quote.Content, "QuoteCueBefore");
        }

        return null;
    }
}
