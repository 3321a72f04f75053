using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>Content spans: where a reported clause starts and ends.</summary>
internal sealed partial class AttributionAnnotator
{
    /// <summary>
    /// Where the reported clause starts: after "that"; at "to" after an object ("told Iraq officials to ..."); after "for"
    /// ("claimed responsibility for ...", also after a date: "claimed responsibility on Sunday for ...").
    /// </summary>
    private int ContentStart(Doc doc, Cue cue, int t, int end, out Complement complement)
    {
        complement = Complement.Plain;
        t = SkipDate(doc, t, end);

        // "told Al-Monitor the attacks ...", "told The Associated Press that ...": the addressee is no part of the content.
        if (cue.Lemma is "tell" or "inform" or "assure" or "remind" or "brief" && t < end)
        {
            int name = doc.Word(t).Equals("the", StringComparison.OrdinalIgnoreCase) && t + 1 < end ? t + 1 : t;
            if (doc.EntityAt[name] >= 0 && doc.Entities[doc.EntityAt[name]].Span.Start == doc.Tokens[name].Start)
            {
                int e = doc.EntityAt[name];
                while (name + 1 < end && doc.EntityAt[name + 1] == e)
                {
                    name++;
                }

                if (name + 1 < end && doc.Tokens[name + 1].Kind != TokenKind.Clitic)
                {
                    t = SkipDate(doc, name + 1, end);
                }
            }
        }
        // "told him the attack was a mistake": a pronoun addressee is no part of the content either.
        if (cue.Lemma is "tell" or "inform" or "assure" or "remind" && t + 1 < end && doc.Word(t) is "him" or "her" or "them" or "me" or "us" or "you")
        {
            t++;
        }

        // "said in late January, when tensions had cooled, that ...": an aside between the cue and "that".
        if (t < end && doc.Word(t) is "," && AsideBeforeThat(doc, t, end) is int that and > 0)
        {
            complement = Complement.That;
            return that + 1;
        }

        int limit = Math.Min(end, t + MaxGapBeforeThat);
        for (int k = t; k < limit; k++)
        {
            ReadOnlySpan<char> w = doc.Word(k);
            if (w is "that" && k + 1 < end)
            {
                complement = Complement.That;
                return k + 1;
            }

            // "told Iraq officials to ...", "warned Iraqi forces to ..."; not "indicated a readiness to talk".
            if (w is "to" && (cue.Class is CueClass.Urge or CueClass.Warn or CueClass.Order || cue.Lemma is "tell") && k > t)
            {
                complement = Complement.Infinitive;
                return k;
            }

            if (w is "for" && k + 1 < end && ((cue.Class is CueClass.Claim or CueClass.Blame or CueClass.Urge && k == t)
                || (cue.Class is CueClass.Claim && k > t && IsPreposition(doc.Word(t)))))
            {
                return k + 1;
            }

            if ((IsVerb(doc, k) && !(cue.Class is CueClass.Claim && k > t)) || doc.Tokens[k].Kind == TokenKind.Quote || w is ",")
            {
                break;
            }
        }

        while (t < end && doc.Word(t) is "," or ":")
        {
            t++;
        }

        return t;
    }

    /// <summary>The "that" after an aside set off by commas right after a cue (", when tensions had cooled, that"), or -1.</summary>
    private static int AsideBeforeThat(Doc doc, int comma, int end)
    {
        int limit = Math.Min(end - 1, comma + MaxAsideWords);
        for (int k = comma + 2; k < limit; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Quote || doc.Word(k) is "." or ";" or ":" or "that")
            {
                return -1;
            }

            if (doc.Word(k) is ",")
            {
                return doc.Word(k + 1) is "that" ? k + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>"told reporters on Monday he ...", "said late on Sunday the ...": a date between a cue and its clause.</summary>
    private static int SkipDate(Doc doc, int t, int end)
    {
        int k = t;
        if (k < end && doc.DateEndAt[k] < 0 && doc.Word(k) is "late" or "early" or "earlier" or "later" && doc.Word(k + 1) is "on" or "in")
        {
            k++;
        }

        if (k < end && doc.DateEndAt[k] < 0 && doc.Word(k) is "on" or "in" or "at" or "during" or "last" or "this")
        {
            k++;
        }

        if (k >= end || doc.DateEndAt[k] < 0)
        {
            return t;
        }

        int after = doc.DateEndAt[k] + 1;
        return after < end && doc.Tokens[after].Kind != TokenKind.Clitic ? after : t; // not "Monday's attack"
    }

    /// <summary>Where a reported clause ends: the clause's end, before a trailing attribution or a second statement.</summary>
    private int ContentEnd(Doc doc, Clause clause, int start)
    {
        if (start >= clause.End)
        {
            return start - 1;
        }

        int end = TrimEnd(doc, start, Math.Min(clause.End - 1, start + MaxContentWords));
        end = StopAtTrailingAttribution(doc, start, end);

        // "Whereas commanders ... indicated a willingness to work with Kadhimi, the new attacks ...": a clause opened by a
        // subordinator ends at its comma.
        if (IsSubordinator(doc.Word(clause.First)) && start - clause.First <= MaxAsideWords)
        {
            bool commaBefore = false;
            for (int k = clause.First; k < start && !commaBefore; k++)
            {
                commaBefore = doc.Word(k) is ",";
            }

            for (int k = start + 1; k <= end && !commaBefore; k++)
            {
                if (doc.Word(k) is "," && !IsInsideQuote(doc, k))
                {
                    end = k - 1;
                    break;
                }
            }
        }

        return TrimEnd(doc, start, end);
    }

    /// <summary>Whether a source and a finite cue start at token <paramref name="t"/>: "the militia said ...".</summary>
    private bool StartsReport(Doc doc, int t, int end)
    {
        if (t >= end || !TrySourceAt(doc, t, out Source source) || source.Last + 1 >= end)
        {
            return false;
        }

        int c = SkipAdverbs(doc, source.Last + 1);
        return c < end && _lexicons.TryCue(doc.Text, doc.Tokens, c, out Cue cue) && cue.Class is not CueClass.AccordingTo && !cue.Passive
            && !doc.Word(c).EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>
    /// The closing comma of a relative clause or an apposition opened at <paramref name="relative"/> when the clause goes
    /// on after it: a predicate (", which targeted a convoy, killed two") or, after an apposition, a preposition (", an
    /// umbrella of factions, for the attack"); -1 for an aside that runs to the end ("hit the base, which houses troops").
    /// </summary>
    private int EmbeddedAsideEnd(Doc doc, int relative, int end, bool apposition)
    {
        int limit = Math.Min(end, relative + MaxAsideWords);
        for (int k = relative + 2; k < limit; k++)
        {
            if (IsInsideQuote(doc, k))
            {
                return -1;
            }

            if (doc.Word(k) is ",")
            {
                int next = SkipAdverbs(doc, k + 1);
                ReadOnlySpan<char> w = doc.Word(next);
                bool predicate = next <= end && (IsVerb(doc, next) || (IsLowerWord(doc, next) && w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
                    || (apposition && IsPreposition(w) && w is not "according"));
                return predicate && !_lexicons.TryCue(doc.Text, doc.Tokens, next, out _) ? k : -1;
            }

            if (doc.Word(k) is "." or ";" or ":")
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsSubordinator(ReadOnlySpan<char> w) =>
        w is "Whereas" or "While" or "Although" or "Though" or "Because" or "Since" or "If" or "When" or "Once" or "Unless" or "As" or "After" or "Before";

    /// <summary>Ends a content before ", according to ...", a second verb of the same subject, or a bracketed credit.</summary>
    private int StopAtTrailingAttribution(Doc doc, int start, int end)
    {
        // ", though whether ...", ", as X has said", ", according to ...": another clause or statement begins.
        for (int k = start; k < end; k++)
        {
            ReadOnlySpan<char> w = doc.Word(k);

            // "said the attack, which targeted a convoy, killed two": a relative clause inside the subject of the
            // reported clause is skipped, so the clause goes on after its closing comma.
            if (w is "," && doc.Word(k + 1) is "which" or "who" && EmbeddedAsideEnd(doc, k + 1, end, apposition: false) is int close and > 0)
            {
                k = close;
                continue;
            }

            // "blames the Islamic Resistance in Iraq, an umbrella of factions, for the attack": an apposition inside it.
            if (w is "," && doc.Word(k + 1) is "a" or "an" && EmbeddedAsideEnd(doc, k + 1, end, apposition: true) is int closing and > 0)
            {
                k = closing;
                continue;
            }

            // "said the mission is to prevent a comeback by ISIS, which ...": a relative clause the parse hangs from a word of
            // the content belongs to the reported clause.
            if (w is "," && doc.Word(k + 1) is "which" or "who" && ParseContinuesContent(doc, start, k))
            {
                continue;
            }

            if (w is "," && doc.Word(k + 1) is "according" or "though" or "although" or "while" or "whereas" or "as" or "but" or "which" or "an" or "a"
                && !(doc.Word(k + 1) is "while" && doc.Word(k + 2).EndsWith("ing", StringComparison.Ordinal))) // ", while wounding five": the same clause
            {
                return k - 1;
            }

            // 'would respond "at a time of our choosing," but she declined ...': the comma sits inside the closing quote,
            // which stays with the content.
            if (w is "," && k + 2 < end && doc.Tokens[k + 1].Kind == TokenKind.Quote && doc.Tokens[k + 1].Has(TokenTraits.CloseQuote)
                && doc.Word(k + 2) is "according" or "though" or "although" or "while" or "whereas" or "but")
            {
                return k + 1;
            }

            // "Officials said A, and the militia said B", "... vowed to act, his office said": a new subject with its own cue.
            if (w is "," && (StartsReport(doc, k + 1, end + 1) || (doc.Word(k + 1) is "and" or "but" or "while" && StartsReport(doc, k + 2, end + 1))))
            {
                return k - 1;
            }

            // "vowed revenge, adding that ...", "a source, who asked ..., said ...": a cue right after a comma starts another
            // statement or resumes the main clause.
            if (w is "," && _lexicons.TryCue(doc.Text, doc.Tokens, k + 1, out Cue following) && following.Class is not CueClass.AccordingTo && !following.Passive
                && !IsInsideQuote(doc, k))
            {
                return k - 1;
            }

            // "... and has called for ...", "... confirming the phone call and asked everyone ...": a second verb of the same
            // subject starts its own statement.
            if (w is "and" && (doc.Word(k + 1) is "has" or "have" or "had" or "also" && !ParseContinuesContent(doc, start, k)
                || (_lexicons.TryCue(doc.Text, doc.Tokens, k + 1, out Cue second) && second.Class is not CueClass.AccordingTo && !second.Passive && !IsInsideQuote(doc, k))))
            {
                return k - 1;
            }

            // "... after rocket barrages [File: Jonathan Ernst/Reuters]": a caption's credit.
            if (w is "[" && doc.Tokens[k].Kind == TokenKind.Punctuation && k > start)
            {
                return k - 1;
            }
        }

        return end;
    }

    private static bool ContainsQuote(Doc doc, TextSpan content)
    {
        int q = FirstQuoteFrom(doc, content.Start);
        return q < doc.Quotes.Length && doc.Quotes[q].Span.Start < content.End;
    }

    /// <summary>Skips a bullet, a dateline ("ERBIL, Iraq - ", "BAGHDAD (Reuters) -", "ERBIL (Kurdistan 24) –") and a
    /// timeline's date ("Oct. 26, 2023: ", "- June 6: ") that open a sentence.</summary>
    private static int SkipLeading(Doc doc, int start, int end)
    {
        while (start < end && (doc.Tokens[start].Kind is TokenKind.Bullet || doc.Word(start) is "-" or "\u2013" or "\u2014" or "*" or "\u2022"))
        {
            start++;
        }

        if (start < end && doc.DateEndAt[start] >= start && doc.DateEndAt[start] + 2 <= end && doc.Word(doc.DateEndAt[start] + 1) is ":")
        {
            return doc.DateEndAt[start] + 2;
        }

        if (start < end && doc.Tokens[start].Has(TokenTraits.AllCaps) && doc.EntityAt[start] >= 0)
        {
            for (int k = start + 1; k < end && k <= start + MaxDatelineWords; k++)
            {
                ReadOnlySpan<char> w = doc.Word(k);
                if (w is "-" or "\u2013" or "\u2014")
                {
                    return k + 1 < end ? k + 1 : start;
                }

                if (!(doc.Tokens[k].Has(TokenTraits.Capitalized) || w is "," or "(" or ")" || (w.Length > 0 && char.IsAsciiDigit(w[0]))))
                {
                    break;
                }
            }
        }

        return start;
    }

    /// <summary>Drops final punctuation (and a footnote) from a content's end, keeping a closing quote whose opening is inside.</summary>
    private static int TrimEnd(Doc doc, int start, int end)
    {
        while (end >= start && (doc.Tokens[end].Kind is TokenKind.Footnote || (doc.Tokens[end].Kind == TokenKind.Punctuation && doc.Word(end) is "." or "!" or "?" or "," or ";" or ":")))
        {
            end--;
        }

        return end;
    }
}
