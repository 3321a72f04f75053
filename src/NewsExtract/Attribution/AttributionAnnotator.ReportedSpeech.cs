using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>Reported speech: a source and a verb cue with the reported clause after or before it; passives.</summary>
internal sealed partial class AttributionAnnotator
{
    /// <summary>
    /// Token bounds of the clause a cue reports from: the sentence, or in a reference list the cited title inside its
    /// quotation marks, up to a colon before its credited source or its first full stop.
    /// </summary>
    private readonly record struct Clause(int First, int End);

    /// <summary>What a reported clause starts with.</summary>
    private enum Complement : byte
    {
        /// <summary>A clause or object right after the cue: "said the attacks stopped".</summary>
        Plain,
        /// <summary>After "that": "said that the attacks stopped"; "..., and that ..." starts a second statement.</summary>
        That,
        /// <summary>An infinitive after an object: "told Iraq officials to get ...".</summary>
        Infinitive,
    }

    private void ReportedSpeechSieve(Doc doc)
    {
        foreach (Sentence sentence in doc.Sentences)
        {
            if (sentence.Zone is ZoneKind.Boilerplate)
            {
                continue;
            }

            bool cited = sentence.Zone == ZoneKind.References;
            int first = SkipLeading(doc, sentence.FirstToken, sentence.EndToken - 1);
            for (int c = first; c < sentence.EndToken; c++)
            {
                Token token = doc.Tokens[c];
                if (token.Kind != TokenKind.Word || doc.UsedCues.Contains(token.Start) || !TryClause(doc, sentence, first, c, cited, out Clause clause))
                {
                    continue;
                }

                // Only a clause's first word may be capitalized: "Recognizing that ..., Gen. McKenzie said".
                bool opening = c == clause.First;
                if (token.Has(TokenTraits.Capitalized) && !opening)
                {
                    continue;
                }

                int last = -1;
                if (_lexicons.TryCue(doc.Text, doc.Tokens, c, out Cue cue, capitalized: opening) && cue.Class is not CueClass.AccordingTo && (opening || ReadsAsVerb(doc, c, cue)))
                {
                    last = VerbCue(doc, clause, c, cue);
                }

                // "Trump's repeated promises not to ...": a form that is also a verb may be a noun of speech.
                if (last >= 0)
                {
                    c = last;
                }
                else if (_lexicons.TryNounCue(doc.Text, doc.Tokens, c, out NounCue noun))
                {
                    NounCueStatement(doc, clause, c, noun);
                }
            }
        }
    }

    /// <summary>The clause a cue at token <paramref name="c"/> reports from; false for a cue quoted in body text.</summary>
    private static bool TryClause(Doc doc, Sentence sentence, int first, int c, bool cited, out Clause clause)
    {
        clause = new Clause(first, sentence.EndToken);
        if (!cited)
        {
            return !IsInsideQuote(doc, c);
        }

        // A cited title: "[9] "Iraqi militia warns security forces to stay away from U.S. bases: Al Mayadeen", Reuters".
        int q = QuoteContaining(doc, doc.Tokens[c].Start);
        if (q < 0 || doc.Quotes[q].Content.Length == 0)
        {
            return false;
        }

        int open = doc.TokenAtOffset(doc.Quotes[q].Content.Start);
        int end = Math.Min(sentence.EndToken, doc.TokenAtOffset(doc.Quotes[q].Content.End - 1) + 1);
        for (int k = c + 1; k < end && k <= c + MaxContentWords; k++)
        {
            if (doc.Word(k) is ":" or "." or "?" or "!")
            {
                end = k;
                break;
            }
        }

        clause = new Clause(open, end);
        return c < end;
    }

    /// <summary>Attributes the clause that a verb cue reports; returns the cue's last token, or -1 when nothing was found.</summary>
    private int VerbCue(Doc doc, Clause clause, int c, Cue cue)
    {
        int cueEnd = c + cue.Words - 1;
        if (cue.Passive)
        {
            return PassiveStatement(doc, clause, c, cue) ? cueEnd : -1;
        }

        // "..., officials said." / "..., Jeffrey told reporters in a briefing." / "..., said a US official."
        if (TryCueAtEnd(doc, clause, c, cue, out Attribution? tail, out Attribution? coordinated))
        {
            Add(doc, tail!, coordinated: coordinated is not null);
            if (coordinated is not null)
            {
                Add(doc, coordinated, coordinated: true);
            }

            return cueEnd;
        }

        // "The bill, he said, would hurt families": the aside splits the clause it reports.
        if (TrySplitAside(doc, clause, c, cue))
        {
            return cueEnd;
        }

        // "who asked not to be named": a request for anonymity, not a statement.
        if (cue.Class is CueClass.Urge && doc.Word(cueEnd + 1) is "not" && doc.Word(cueEnd + 2) is "to" && doc.Word(cueEnd + 3) is "be")
        {
            return -1;
        }

        // "..., the Pentagon said, days after ...": what follows the comma is not this cue's clause.
        if (cueEnd + 2 < clause.End && doc.Word(cueEnd + 1) is "," && doc.Word(cueEnd + 2) is not "that" && doc.Tokens[cueEnd + 2].Kind != TokenKind.Quote)
        {
            return -1;
        }

        bool participle = doc.Word(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (c == clause.First)
        {
            return participle && FrontedParticiple(doc, clause, c, cue) ? cueEnd : -1;
        }

        List<Source> sources = doc.Sources;
        if (participle ? !ParticipleSources(doc, clause, c, sources) : !FindSources(doc, c, clause.First, cue, sources))
        {
            return -1;
        }

        // "denied a report that P": the denial's content is the report and its claim; the report states P.
        int start;
        Complement complement;
        int reportedStart = -1;
        Source report = default;
        if (cue.Class is CueClass.Deny or CueClass.Confirm && TryReportObject(doc, cueEnd + 1, clause.End, out report, out int that))
        {
            start = cueEnd + 1;
            complement = Complement.Plain;
            reportedStart = that + 1;
        }
        else
        {
            start = ContentStart(doc, cue, cueEnd + 1, clause.End, out complement);
        }

        // A one-word content only for a verb that takes an object ("vowed revenge", "condemned Washington").
        int end = ContentEnd(doc, clause, start);
        if (complement is Complement.Infinitive || (start < clause.End && doc.Word(start) is "to"))
        {
            end = BeforeConcession(doc, start, end);
        }
        if (start >= clause.End || end < start || (end == start && (cue.Class is CueClass.Speech or CueClass.Report or CueClass.Cognition or CueClass.Confirm
            || doc.Tokens[start].Kind != TokenKind.Word)))
        {
            return -1;
        }

        // "The ministry, in a statement, said ...": a content that opens with a cue after a comma belongs to that cue.
        if (start > 0 && doc.Word(start - 1) is "," && _lexicons.TryCue(doc.Text, doc.Tokens, start, out Cue next) && next.Class is not CueClass.AccordingTo && !next.Passive)
        {
            return -1;
        }

        // "said he expects attacks: "That's a very real possibility."": the clause ends at the colon, and the quotation
        // after it is a Direct statement of the same speakers.
        int colonQuote = QuotationAfterColon(doc, start, end, out int colon);
        if (colonQuote >= 0)
        {
            end = TrimEnd(doc, start, colon - 1);
            if (end <= start)
            {
                return -1;
            }
        }

        if (!Reports(doc, cue, start, end, complement))
        {
            return -1;
        }

        AddStatements(doc, sources, c, cue, start, end, complement);
        if (colonQuote >= 0 && !HasQuoteStatement(doc, colonQuote))
        {
            foreach (Source source in sources)
            {
                Add(doc, Make(doc, AttributionKind.Direct, source, c, cue, doc.Quotes[colonQuote].Content, "ReportedSpeech"), coordinated: sources.Count > 1);
            }
        }

        if (reportedStart >= 0 && reportedStart <= end)
        {
            var content = new TextSpan(doc.Tokens[reportedStart].Start, doc.Tokens[end].End);
            Add(doc, MakeUncuedSource(doc, ContainsQuote(doc, content) ? AttributionKind.Mixed : AttributionKind.Indirect, report, content, "ReportedSpeech"));
        }

        return cueEnd;
    }

    /// <summary>A quotation that follows a colon inside a reported clause and runs to the clause's end, or -1.</summary>
    private static int QuotationAfterColon(Doc doc, int start, int end, out int colon)
    {
        colon = -1;
        for (int k = start + 2; k < end; k++)
        {
            if (doc.Word(k) is not ":" || doc.Tokens[k + 1].Kind != TokenKind.Quote || IsInsideQuote(doc, k))
            {
                continue;
            }

            int q = QuoteContaining(doc, doc.Tokens[k + 1].End);
            if (q >= 0 && doc.Quotes[q].Span.Start == doc.Tokens[k + 1].Start && doc.Quotes[q].Closed && doc.Quotes[q].Span.End >= doc.Tokens[end].End
                && doc.Quotes[q].Content.Length > 0)
            {
                colon = k;
                return q;
            }

            return -1;
        }

        return -1;
    }

    /// <summary>Whether the words after a cue are what it reports, not a place, a time or an action.</summary>
    private bool Reports(Doc doc, Cue cue, int start, int end, Complement complement)
    {
        if (complement is Complement.Infinitive || (complement is Complement.That && cue.Class is not CueClass.Order))
        {
            return true; // "to ..." and "that ..." open a clause
        }

        if (cue.Lemma is "show")
        {
            return false; // "the poll shows that ..." reports; "the video shows militants firing" describes a picture
        }

        return cue.Class switch
        {
            // "should Iran consider supporting ...": a belief verb with a gerund is an action, not a statement.
            CueClass.Cognition when doc.Word(start).EndsWith("ing", StringComparison.Ordinal) => false,

            // "ordered the strike": a directive is a statement only with an infinitive or a quotation.
            CueClass.Order => IsQuoteToken(doc, start),

            // "spoke to reporters", "said on Thursday": a speech verb reports a clause, not a place or time.
            CueClass.Speech or CueClass.Report or CueClass.Cognition => HasClause(doc, start, end),

            // "claimed responsibility in a message on Telegram": a place or a medium, not what was claimed.
            CueClass.Claim => !IsPreposition(doc.Word(start)) && doc.Word(start) is not ("via" or "through" or "during"),

            // "a statement confirming the phone call": a confirmation may take a plain object.
            CueClass.Confirm => HasClause(doc, start, end) || doc.Word(start) is "the" or "a" or "an" or "its" or "their" or "his" or "her",
            _ => true,
        };
    }

    /// <summary>Adds one statement per source and per reported clause ("said that A, and that B" gives two).</summary>
    private void AddStatements(Doc doc, List<Source> sources, int c, Cue cue, int start, int end, Complement complement)
    {
        int partStart = start;
        for (int part = 0; part < 4; part++)
        {
            int partEnd = end;
            int nextStart = -1;
            if (complement != Complement.Infinitive)
            {
                for (int k = partStart + 1; k + 2 <= end; k++)
                {
                    if (doc.Word(k) is "and" && doc.Word(k + 1) is "that" && IsComplementThat(doc, k + 1, end + 1) && !IsPreposition(doc.Word(k + 2)) && !IsInsideQuote(doc, k))
                    {
                        partEnd = TrimEnd(doc, partStart, k - 1);
                        nextStart = k + 2;
                        break;
                    }
                }
            }

            if (partEnd > partStart)
            {
                var content = new TextSpan(doc.Tokens[partStart].Start, doc.Tokens[partEnd].End);
                AttributionKind kind = ContainsQuote(doc, content) ? AttributionKind.Mixed : AttributionKind.Indirect;
                foreach (Source source in sources)
                {
                    Add(doc, Make(doc, kind, source, c, cue, content, "ReportedSpeech"), coordinated: sources.Count > 1);
                }
            }

            if (nextStart < 0)
            {
                break;
            }

            partStart = nextStart;
        }
    }

    /// <summary>
    /// "attacks blamed on Iran-backed groups": Indirect, no source, the blamed party as content. "Responsibility for the
    /// attack was claimed by KH": the agent is the source and the subject (without "responsibility for") the content.
    /// </summary>
    private bool PassiveStatement(Doc doc, Clause clause, int c, Cue cue)
    {
        int after = c + cue.Words;
        if (after >= clause.End)
        {
            return false;
        }

        if (cue.Class == CueClass.Blame)
        {
            // "the attack, which it blamed on KH": an active verb whose object moved; the subject is the source.
            Source blamer = default;
            bool active = c - 1 >= clause.First && TrySourceEndingAt(doc, c - 1, clause.First, out blamer) && blamer.Kind is SourceKind.Pronoun or SourceKind.Named;
            int end = ContentEnd(doc, clause, after);
            for (int k = after; k <= end; k++)
            {
                if (doc.Word(k) is ",")
                {
                    end = k - 1;
                    break;
                }
            }

            if (end < after)
            {
                return false;
            }

            var content = new TextSpan(doc.Tokens[after].Start, doc.Tokens[end].End);
            var cueSpan = new TextSpan(doc.Tokens[c].Start, doc.Tokens[after - 1].End);
            Add(doc, active
                ? Make(doc, AttributionKind.Indirect, blamer, c, cue, content, "ReportedSpeech")
                : new Attribution(AttributionKind.Indirect, null, cueSpan, cue.Lemma, content, StanceOf(doc, content, cue.Stance), "ReportedSpeech"));
            return true;
        }

        // "was claimed by X", "has been claimed by X": the subject runs from the clause start (or an opening phrase's
        // comma) to the auxiliary.
        int aux = SkipAdverbsBack(doc, c - 1, clause.First);
        if (aux <= clause.First || doc.Word(aux) is not ("was" or "were" or "is" or "are" or "been") || !TrySourceAt(doc, after, out Source agent))
        {
            return false;
        }

        int subjectEnd = aux - 1;
        if (doc.Word(aux) is "been" && doc.Word(subjectEnd) is "has" or "have" or "had")
        {
            subjectEnd--;
        }

        int subjectStart = Math.Max(clause.First, subjectEnd - MaxAsideWords);
        for (int k = subjectEnd; k > subjectStart; k--)
        {
            if (doc.Word(k) is ",")
            {
                subjectStart = k + 1;
                break;
            }
        }

        if (doc.Word(subjectStart).Equals("responsibility", StringComparison.OrdinalIgnoreCase) && doc.Word(subjectStart + 1) is "for")
        {
            subjectStart += 2;
        }

        if (subjectEnd < subjectStart)
        {
            return false;
        }

        var subject = new TextSpan(doc.Tokens[subjectStart].Start, doc.Tokens[subjectEnd].End);
        Add(doc, Make(doc, AttributionKind.Indirect, agent, c, cue, subject, "ReportedSpeech"));
        return true;
    }
}
