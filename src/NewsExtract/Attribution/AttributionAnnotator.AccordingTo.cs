using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>Statements without a verb cue: "according to X", a parenthetical source, colon headlines.</summary>
internal sealed partial class AttributionAnnotator
{
    private void AccordingToSieve(Doc doc)
    {
        for (int t = 0; t + 2 < doc.Tokens.Length; t++)
        {
            // "according to X"; "..., per U.S. officials" and "Per X, ..." (only there: "per day" is no attribution);
            // "... (the Pentagon says)".
            int words;
            if (doc.Word(t).Equals("according", StringComparison.OrdinalIgnoreCase) && doc.Word(t + 1).Equals("to", StringComparison.Ordinal))
            {
                words = 2;
            }
            else if ((doc.Word(t) is "per" && t > 0 && doc.Word(t - 1) is ",") || (doc.Word(t) is "Per" && doc.Sentences[doc.SentenceAt[t]].FirstToken == t))
            {
                words = 1;
            }
            else
            {
                if (doc.Word(t) is "(")
                {
                    ParentheticalSource(doc, t);
                }

                continue;
            }

            Sentence sentence = doc.Sentences[doc.SentenceAt[t]];
            if (!TrySourceAt(doc, t + words, out Source source) || (words == 1 && source.Kind == SourceKind.Pronoun))
            {
                continue;
            }

            TextSpan content;
            if (t > sentence.FirstToken && IsSplitAccordingTo(doc, sentence, t, source, out int splitEnd))
            {
                // "The plan, according to officials, would cost billions": the whole clause, the aside included.
                content = new TextSpan(doc.Tokens[SkipLeading(doc, sentence.FirstToken, t)].Start, doc.Tokens[splitEnd].End);
            }
            else if (t > sentence.FirstToken)
            {
                // "... , according to X." The statement runs from the sentence start to the comma (at most MaxContentWords
                // tokens back, which keeps an endless sentence of "according to" linear).
                int end = t - 1;
                while (end > sentence.FirstToken && end > t - MaxPhraseWords && doc.Tokens[end].Kind == TokenKind.Punctuation)
                {
                    end--;
                }

                int start = SkipLeading(doc, Math.Max(sentence.FirstToken, end - MaxContentWords), end);
                if (end < start)
                {
                    continue;
                }

                content = new TextSpan(doc.Tokens[start].Start, doc.Tokens[end].End);
            }
            else
            {
                // "According to X, ..."; "According to a statement from the Iraqi military, ..." (the source's phrase
                // runs to the comma).
                int start = source.Last + 1;
                for (int k = start; k < sentence.EndToken && k <= source.Last + MaxPhraseWords; k++)
                {
                    if (doc.Word(k) is ",")
                    {
                        start = k;
                        break;
                    }
                }

                while (start < sentence.EndToken && doc.Tokens[start].Kind == TokenKind.Punctuation)
                {
                    start++;
                }

                int end = TrimEnd(doc, start, Math.Min(sentence.EndToken - 1, start + MaxContentWords));
                if (end < start)
                {
                    continue;
                }

                content = new TextSpan(doc.Tokens[start].Start, doc.Tokens[end].End);
            }

            var cue = new Cue(words == 2 ? "according to" : "per", CueClass.AccordingTo, Stance.Asserted, words);
            Add(doc, Make(doc, AttributionKind.AccordingTo, source, t, cue, content, "AccordingTo"));
        }
    }

    /// <summary>"Militias have attacked 170 times (the Pentagon says).": a source and a speech verb alone in brackets.</summary>
    private void ParentheticalSource(Doc doc, int open)
    {
        Sentence sentence = doc.Sentences[doc.SentenceAt[open]];
        if (open <= sentence.FirstToken || !TrySourceAt(doc, open + 1, out Source source))
        {
            return;
        }

        int c = source.Last + 1;
        if (c + 1 >= sentence.EndToken || !_lexicons.TryCue(doc.Text, doc.Tokens, c, out Cue cue) || cue.Class is not (CueClass.Speech or CueClass.Report)
            || cue.Passive || doc.Word(c + cue.Words) is not ")")
        {
            return;
        }

        int start = SkipLeading(doc, Math.Max(sentence.FirstToken, open - MaxContentWords), open - 1);
        int end = TrimEnd(doc, start, open - 1);
        if (end < start)
        {
            return;
        }

        var content = new TextSpan(doc.Tokens[start].Start, doc.Tokens[end].End);
        Add(doc, Make(doc, AttributionKind.AccordingTo, source, c, cue, content, "AccordingTo"));
    }

    /// <summary>"Iraq officials: ..." and "...: U.S. general" in a headline or a cited title: AccordingTo with no cue.</summary>
    private void HeadlineColonSieve(Doc doc)
    {
        foreach (Sentence sentence in doc.Sentences)
        {
            if (sentence.Zone is not (ZoneKind.Headline or ZoneKind.References))
            {
                continue;
            }

            for (int c = sentence.FirstToken + 1; c < sentence.EndToken - 1; c++)
            {
                if (doc.Word(c) is not ":")
                {
                    continue;
                }

                int first = sentence.FirstToken;
                while (first < c && doc.Tokens[first].Kind is TokenKind.Footnote or TokenKind.Quote or TokenKind.Bullet)
                {
                    first++;
                }

                // Source after the colon, up to a closing quote or the end: "...: President Barzani".
                int last = c + 1;
                while (last + 1 < sentence.EndToken && doc.Tokens[last + 1].Kind == TokenKind.Word)
                {
                    last++;
                }

                bool endsTitle = last + 1 >= sentence.EndToken || doc.Tokens[last + 1].Kind == TokenKind.Quote;
                if (endsTitle && last - c <= 4 && TrySourceAt(doc, c + 1, out Source after) && after.Last == last && c - 1 > first)
                {
                    Add(doc, MakeUncued(doc, after, new TextSpan(doc.Tokens[first].Start, doc.Tokens[c - 1].End)));
                    continue;
                }

                // Source before the colon: "Iraq officials: ...".
                // Not a label: "IntelBrief: ..." names a series (an organization), "Image Source: ..." credits a picture.
                if (c - first <= 4 && TrySourceEndingAt(doc, c - 1, first, out Source before) && before.First == first
                    && !(doc.EntityAt[c - 1] >= 0 && doc.Entities[doc.EntityAt[c - 1]].Type == EntityType.Organization)
                    && !(before.Kind != SourceKind.Named && doc.Tokens[c - 1].Has(TokenTraits.Capitalized)))
                {
                    int end = TrimEnd(doc, c + 1, sentence.EndToken - 1);
                    while (end > c + 1 && doc.Tokens[end].Kind == TokenKind.Quote)
                    {
                        end--;
                    }

                    if (end > c + 1)
                    {
                        Add(doc, MakeUncued(doc, before, new TextSpan(doc.Tokens[c + 1].Start, doc.Tokens[end].End)));
                    }
                }
            }
        }
    }

    private Attribution MakeUncued(Doc doc, Source source, TextSpan content)
    {
        var span = new TextSpan(doc.Tokens[source.First].Start, doc.Tokens[source.Last].End);
        string? description = source.Kind == SourceKind.Anonymous ? Describe(doc, source) : null;
        return new Attribution(AttributionKind.AccordingTo, new StatementSource(span, source.Kind, source.Key) { Description = description }, null, null, content, StanceOf(doc, content, Stance.Asserted), "HeadlineColon");
    }
}
