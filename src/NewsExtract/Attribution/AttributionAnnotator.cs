using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>
/// Links statements to their sources, as ordered sieves: the most precise first, and a sieve skips statements an
/// earlier one attributed.
/// </summary>
/// <remarks>
/// Reads: tokens, sentences, zones, quotes, entities, dates. Writes: <see cref="AnnotationContext.Attributions"/>.
/// <list type="number">
/// <item><c>QuoteCueAfter</c>: a quotation followed by its speaker and cue (<c>"...," Jeffrey said</c>,
/// <c>"...," said a US official</c>, <c>"..." he said</c>); not when the cue reports a clause of its own
/// (<c>'...' Officials clarified that ...</c>).</item>
/// <item><c>QuoteCueBefore</c>: a cue and speaker before the quotation in the same sentence, with at most a short
/// object or adverbial between (<c>Jeffrey told reporters, "..."</c>, <c>McKenzie said on June 19: '...'</c>,
/// <c>Pompeo warned Iran's leaders "..."</c>); coordinated speakers give one statement each.</item>
/// <item><c>QuoteContinuation</c>: a quotation with no cue right after an attributed one in the same or the previous
/// paragraph keeps its speaker (split quotes, multi-paragraph quotes); its cue is null.</item>
/// <item><c>HeadlineQuote</c>: an unattributed quotation in a headline that reads as speech (<c>Iraq must 'take
/// actions'</c>): Direct, with no source and no cue.</item>
/// <item><c>AccordingTo</c>: "according to X" after or before its statement.</item>
/// <item><c>HeadlineColon</c>: <c>Iraq officials: ...</c> and <c>...: President Barzani</c> in a headline or a cited
/// title.</item>
/// <item><c>ReportedSpeech</c>: a source and a cue from <c>cues.tsv</c> with the reported clause after it
/// (<c>X said (that) ...</c>, <c>X called on Y to ...</c>, <c>X claimed responsibility (on Sunday) for ...</c>) or before
/// it (<c>..., officials said.</c>, <c>..., said a US official.</c>). A clause holding a quotation is <c>Mixed</c>.
/// Also: participles that share the main clause's subject (<c>..., stating that ...</c>, <c>by asserting that ...</c>,
/// <c>Recognizing that P, X said</c>) or follow a text (<c>a statement saying ...</c>); passives (<c>attacks blamed on
/// X</c> has no source, <c>... was claimed by X</c>); denials of a report (<c>denied a report that P</c> gives P to the
/// report as well); one statement per source of coordinated sources and per complement of <c>said that A, and that
/// B</c>; nouns of speech from <c>nouncues.tsv</c> with a source and a complement (<c>the assessment of X that ...</c>,
/// <c>X's repeated promises not to ...</c>); cited titles in reference lists, read inside their quotation marks.</item>
/// </list>
/// Sources: an entity mention (Named, with its key; a title before a name is left out), a pronoun (its key is the
/// latest person named before it), a description whose head is in <c>sources.tsv</c> ("Defense officials", "a US
/// source" are Anonymous; "the statement" is a Document; "the general" is Nominal and takes the key of the latest
/// person with that title; a description that names no entity and has no definite article is Anonymous). A head keeps
/// its phrase ("Groups tied to the IRI", "The Department of Defense report for the third quarter"), a name after a
/// description wins ("spokesman Col. X"), and a relative pronoun gives its antecedent.
/// Stance: Denied for a denial cue; Hedged for a hedging cue or a hedge (<c>hedges.tsv</c>) in the content.
/// Quotations in boilerplate and reference lists are never Direct statements, and no statement is output twice: a
/// second statement covering half of another with the same source or cue is dropped, while nested reporting (other
/// source and other cue) is kept. Every search is bounded (see the <c>Max...</c> constants), so the layer is linear.
/// </remarks>
internal sealed class AttributionAnnotator : IAnnotator
{
    private const int MaxGapBeforeQuote = 8;
    private const int MaxSourceWords = 6;

    // Bounds on every search, so that the layer stays linear in the tokens.
    private const int MaxAsideWords = 40;
    private const int MaxParenthesisWords = 12;
    private const int MaxPhraseWords = 10;
    private const int MaxListWords = 16;
    private const int MaxOpeningWords = 12;
    private const int MaxFrontedWords = 60;
    private const int MaxCoordinated = 4;
    private const int MaxDatelineWords = 6;

    /// <summary>How far "that" may stand after a cue: "told the AFP news agency that", "said in a Telegram post on Saturday that".</summary>
    private const int MaxGapBeforeThat = 9;

    /// <summary>The longest reported clause, in tokens: longer sentences are not prose, and the bound keeps every scan of a
    /// content linear in the document.</summary>
    private const int MaxContentWords = 150;

    /// <summary>How many statements of a sentence are compared with a new one (a sentence rarely holds more than five).</summary>
    private const int MaxNearStatements = 32;

    /// <summary>How many entity mentions back an antecedent is looked for: a bound that keeps huge inputs linear.</summary>
    private const int MaxAntecedentDistance = 400;

    /// <summary>How many entity mentions back "the group" or "the ministry" looks for the actor it refers to.</summary>
    private const int MaxTypedAntecedentDistance = 30;

    private readonly AttributionLexicons _lexicons;
    private readonly SpanMap<PartOfSpeech> _pos;
    private readonly SpanMap<string> _titles;
    private readonly int _maxTitleUnits;

    public AttributionAnnotator(AttributionLexicons lexicons, LexiconSet shared)
    {
        _lexicons = lexicons;
        _pos = shared.PartsOfSpeech;
        _titles = shared.EntityLexicons.Titles;
        _maxTitleUnits = shared.EntityLexicons.MaxTitleUnits;
    }

    public string Name => "attributions";

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Zones | Layers.Quotes | Layers.Entities | Layers.Dates;

    public Layers Produces => Layers.Attributions;

    private readonly record struct Source(int First, int Last, SourceKind Kind, string? Key);

    private sealed class Doc
    {
        public required string Text;
        public required Token[] Tokens;
        public required Sentence[] Sentences;
        public required Zone[] Zones;
        public required Quote[] Quotes;
        public required EntityMention[] Entities;
        public required int[] EntityAt;
        public required int[] SentenceAt;
        public required string?[] RoleOf;

        /// <summary>For each token, the last token of the date mention it starts, or -1.</summary>
        public required int[] DateEndAt;
        public readonly List<Attribution> Found = [];
        public readonly HashSet<int> UsedCues = [];
        public readonly Dictionary<int, List<Attribution>> BySentence = [];
        public readonly List<(int QuoteIndex, Attribution Attribution)> QuoteAttributions = [];

        /// <summary>Scratch list of the sources of one cue, reused for every cue of the document.</summary>
        public readonly List<Source> Sources = [];

        /// <summary>Coordinated speakers of a quotation beyond the first, and their cue.</summary>
        public readonly List<Source> MoreSpeakers = [];
        public Cue MoreSpeakersCue;

        /// <summary>The keys of every entity mention, built on first use ("the Iraqi government" asks whether the
        /// article names the Government of Iraq anywhere).</summary>
        public HashSet<string> EntityKeys => _entityKeys ??= [.. Entities.Select(e => e.Key)];

        private HashSet<string>? _entityKeys;

        public ReadOnlySpan<char> Word(int t) => t >= 0 && t < Tokens.Length ? Tokens[t].Slice(Text) : [];

        public int TokenAtOffset(int offset)
        {
            int lo = 0, hi = Tokens.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Tokens[mid].End <= offset)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }

    public void Annotate(AnnotationContext context, CancellationToken cancellationToken)
    {
        if (context.Tokens.Length == 0)
        {
            return;
        }

        Doc doc = Prepare(context);
        QuoteSieves(doc);
        cancellationToken.ThrowIfCancellationRequested();
        AccordingToSieve(doc);
        HeadlineColonSieve(doc);
        ReportedSpeechSieve(doc);
        doc.Found.Sort((a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : a.Content.End.CompareTo(b.Content.End));
        context.Attributions = [.. doc.Found];
    }

    private Doc Prepare(AnnotationContext context)
    {
        Token[] tokens = context.Tokens;
        var entityAt = new int[tokens.Length];
        Array.Fill(entityAt, -1);
        var roleOf = new string?[context.Entities.Length];
        int t = 0;
        for (int e = 0; e < context.Entities.Length; e++)
        {
            EntityMention m = context.Entities[e];
            while (t < tokens.Length && tokens[t].End <= m.Span.Start)
            {
                t++;
            }

            int first = t;
            for (int k = t; k < tokens.Length && tokens[k].Start < m.Span.End; k++)
            {
                entityAt[k] = e;
            }

            roleOf[e] = m.Type == EntityType.Person ? TitleBefore(context.Text, tokens, first) : null;
        }

        var dateEndAt = new int[tokens.Length];
        Array.Fill(dateEndAt, -1);
        t = 0;
        foreach (DateMention d in context.Dates)
        {
            while (t < tokens.Length && tokens[t].End <= d.Span.Start)
            {
                t++;
            }

            int last = t;
            while (last + 1 < tokens.Length && tokens[last + 1].Start < d.Span.End)
            {
                last++;
            }

            if (t < tokens.Length)
            {
                dateEndAt[t] = last;
            }
        }

        var sentenceAt = new int[tokens.Length];
        for (int s = 0; s < context.Sentences.Length; s++)
        {
            Array.Fill(sentenceAt, s, context.Sentences[s].FirstToken, context.Sentences[s].TokenCount);
        }

        return new Doc
        {
            Text = context.Text,
            Tokens = tokens,
            Sentences = context.Sentences,
            Zones = context.Zones,
            Quotes = context.Quotes,
            Entities = context.Entities,
            EntityAt = entityAt,
            SentenceAt = sentenceAt,
            RoleOf = roleOf,
            DateEndAt = dateEndAt,
        };
    }

    /// <summary>The role of a title just before a name: "Gen." gives "general".</summary>
    private string? TitleBefore(string text, Token[] tokens, int first)
    {
        Span<char> buffer = stackalloc char[64];
        Span<char> norm = stackalloc char[32];
        for (int words = Math.Min(_maxTitleUnits, first); words >= 1; words--)
        {
            int k = 0;
            bool fits = true;
            for (int t = first - words; t < first && fits; t++)
            {
                ReadOnlySpan<char> w = tokens[t].Slice(text);
                if (w.Length > 30 || tokens[t].Kind != TokenKind.Word)
                {
                    fits = false;
                    break;
                }

                int n = Entities.NameNormalizer.Normalize(w, norm);
                if (k + n + 1 > buffer.Length)
                {
                    fits = false;
                    break;
                }

                if (k > 0)
                {
                    buffer[k++] = ' ';
                }

                norm[..n].CopyTo(buffer[k..]);
                k += n;
            }

            if (fits && _titles.TryGetValue(buffer[..k], out string? role) && role.Length > 0)
            {
                return role;
            }
        }

        return null;
    }

    // ---------------------------------------------------------------- quotes

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

    // ---------------------------------------------------------------- according to

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
            if (t > sentence.FirstToken)
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

    // ---------------------------------------------------------------- headlines

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

    // ---------------------------------------------------------------- reported speech

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

        if (!Reports(doc, cue, start, end, complement))
        {
            return -1;
        }

        AddStatements(doc, sources, c, cue, start, end, complement);
        if (reportedStart >= 0 && reportedStart <= end)
        {
            var content = new TextSpan(doc.Tokens[reportedStart].Start, doc.Tokens[end].End);
            Add(doc, MakeUncuedSource(doc, ContainsQuote(doc, content) ? AttributionKind.Mixed : AttributionKind.Indirect, report, content, "ReportedSpeech"));
        }

        return cueEnd;
    }

    /// <summary>Whether the words after a cue are what it reports, not a place, a time or an action.</summary>
    private bool Reports(Doc doc, Cue cue, int start, int end, Complement complement)
    {
        if (complement is Complement.Infinitive || (complement is Complement.That && cue.Class is not CueClass.Order))
        {
            return true; // "to ..." and "that ..." open a clause
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

    /// <summary>
    /// "Recognizing that P, Gen. McKenzie said ...": an opening participle with a "that" clause reports P, and its source
    /// is the subject after the comma.
    /// </summary>
    private bool FrontedParticiple(Doc doc, Clause clause, int c, Cue cue)
    {
        int that = c + cue.Words;
        if (cue.Class is not (CueClass.Cognition or CueClass.Speech or CueClass.Confirm or CueClass.Warn) || that >= clause.End
            || doc.Word(that) is not "that" || !IsComplementThat(doc, that, clause.End))
        {
            return false;
        }

        int comma = -1;
        for (int k = that + 1; k < clause.End && k <= that + MaxFrontedWords; k++)
        {
            if (doc.Word(k) is "," && !IsInsideQuote(doc, k))
            {
                comma = k;
                break;
            }
        }

        if (comma < that + 3 || !TrySourceAt(doc, comma + 1, out Source subject))
        {
            return false;
        }

        int end = TrimEnd(doc, that + 1, comma - 1);
        var content = new TextSpan(doc.Tokens[that + 1].Start, doc.Tokens[end].End);
        AttributionKind kind = ContainsQuote(doc, content) ? AttributionKind.Mixed : AttributionKind.Indirect;
        Add(doc, Make(doc, kind, subject, c, cue, content, "ReportedSpeech"));
        return true;
    }

    /// <summary>
    /// The sources of a participial cue: "..., stating on June 19 that ..." and "... by asserting that ..." share the main
    /// clause's source; "a statement confirming ..." and "officials saying ..." have the noun before them.
    /// </summary>
    private bool ParticipleSources(Doc doc, Clause clause, int c, List<Source> sources)
    {
        sources.Clear();
        int p = SkipAdverbsBack(doc, c - 1, clause.First);
        if (p < clause.First)
        {
            return false;
        }

        ReadOnlySpan<char> w = doc.Word(p);
        if (w is ",")
        {
            // "X claimed responsibility in a message, saying ...": the subject of the nearest verb cue before the comma.
            for (int k = p - 1; k >= clause.First && k >= p - MaxAsideWords; k--)
            {
                if (doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].Has(TokenTraits.Capitalized) && !doc.Word(k).EndsWith("ing", StringComparison.Ordinal)
                    && _lexicons.TryCue(doc.Text, doc.Tokens, k, out Cue finite) && finite.Class is not CueClass.AccordingTo && !finite.Passive && ReadsAsVerb(doc, k, finite)
                    && !IsInsideQuote(doc, k) && FindSources(doc, k, clause.First, finite, sources))
                {
                    return true;
                }
            }

            return SharedSources(doc, clause, c, preferPrevious: true, sources);
        }

        if (w is "by" or "while" or "when" or "after" or "before")
        {
            return SharedSources(doc, clause, c, preferPrevious: true, sources);
        }

        // Not after a name: "a U.S.-Iraq concluding joint statement" uses the participle as an adjective.
        if (TrySourceEndingAt(doc, p, clause.First, out Source noun) && noun.Kind is not (SourceKind.Pronoun or SourceKind.Named))
        {
            sources.Add(noun);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The source a second verb or a participle shares with its clause: the main clause's subject, or the sources of the
    /// latest statement cued earlier in the sentence ("X said A, adding that B").
    /// </summary>
    private bool SharedSources(Doc doc, Clause clause, int c, bool preferPrevious, List<Source> sources)
    {
        sources.Clear();
        if (PreviousSources(doc, c, sources, out bool participle) && (preferPrevious || !participle))
        {
            return true; // "X rejected A and said B"; not "X released a statement confirming A and asked B"
        }

        if (TryMainSubject(doc, clause, c, out Source subject))
        {
            sources.Add(subject);
            return true;
        }

        return PreviousSources(doc, c, sources, out _);
    }

    /// <summary>The sources of the latest statement whose cue is in the same sentence before token <paramref name="c"/>.</summary>
    private static bool PreviousSources(Doc doc, int c, List<Source> sources, out bool participle)
    {
        sources.Clear();
        participle = false;
        int sentence = doc.SentenceAt[c];
        TextSpan? latest = null;
        for (int s = sentence - 1; s <= sentence; s++)
        {
            if (!doc.BySentence.TryGetValue(s, out List<Attribution>? near))
            {
                continue;
            }

            for (int i = near.Count - 1; i >= 0 && i >= near.Count - MaxNearStatements; i--)
            {
                Attribution a = near[i];
                if (a.Source is not null && a.Cue is TextSpan cue && cue.End <= doc.Tokens[c].Start && doc.SentenceAt[doc.TokenAtOffset(cue.Start)] == sentence
                    && (latest is not TextSpan l || cue.Start > l.Start))
                {
                    latest = cue;
                }
            }
        }

        if (latest is null)
        {
            return false;
        }

        // Every source of that cue: "X and Y said A, adding that B" shares both.
        for (int s = sentence - 1; s <= sentence; s++)
        {
            if (!doc.BySentence.TryGetValue(s, out List<Attribution>? near))
            {
                continue;
            }

            for (int i = near.Count - 1; i >= 0 && i >= near.Count - MaxNearStatements; i--)
            {
                if (near[i].Cue == latest && near[i].Source is { } shared && sources.Count < MaxCoordinated && !HasSourceAt(doc, sources, shared.Span.Start))
                {
                    sources.Add(new Source(doc.TokenAtOffset(shared.Span.Start), doc.TokenAtOffset(shared.Span.End - 1), shared.Kind, shared.Key));
                }
            }
        }

        sources.Reverse();
        participle = doc.Text.AsSpan(latest.Value.Start, latest.Value.Length).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        return sources.Count > 0;
    }

    private static bool HasSourceAt(Doc doc, List<Source> sources, int offset)
    {
        foreach (Source s in sources)
        {
            if (doc.Tokens[s.First].Start == offset)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of a clause's main verb before token <paramref name="before"/>: at the clause start or after an opening
    /// phrase ("However, Gen. McKenzie appeared ...", "In a statement on Sunday, the ministry ...").
    /// </summary>
    private bool TryMainSubject(Doc doc, Clause clause, int before, out Source source)
    {
        int t = clause.First;
        while (t < before && doc.Tokens[t].Kind is TokenKind.Quote or TokenKind.Bullet or TokenKind.Footnote)
        {
            t++;
        }

        for (int attempt = 0; attempt < 2 && t < before; attempt++)
        {
            if (TrySourceAt(doc, t, out source) && source.Last < before && !IsNegated(doc, source.First))
            {
                return true;
            }

            int comma = -1;
            for (int k = t; k < before && k < t + MaxOpeningWords; k++)
            {
                if (doc.Word(k) is ",")
                {
                    comma = k;
                    break;
                }
            }

            if (comma < 0)
            {
                break;
            }

            t = comma + 1;
        }

        source = default;
        return false;
    }

    /// <summary>"denied a report that P": an object naming a text, then a complement clause.</summary>
    private bool TryReportObject(Doc doc, int t, int end, out Source report, out int that)
    {
        that = -1;
        if (!TrySourceAt(doc, t, out report) || report.Kind != SourceKind.Document || report.Last + 2 >= end)
        {
            return false;
        }

        that = report.Last + 1;
        return doc.Word(that) is "that" && IsComplementThat(doc, that, end);
    }

    /// <summary>"that" opens a complement clause ("a report that troops were coming"), not a relative one ("the report that was released").</summary>
    private bool IsComplementThat(Doc doc, int that, int end)
    {
        int next = that + 1;
        if (next >= end || doc.Tokens[next].Kind is TokenKind.Punctuation)
        {
            return false;
        }

        return !IsVerb(doc, next) && doc.Word(next) is not ("has" or "have" or "had" or "was" or "were" or "is" or "are" or "will" or "would" or "could"
            or "can" or "may" or "might" or "should" or "must" or "also" or "not" or "reportedly" or "allegedly");
    }

    // ---------------------------------------------------------------- nouns of speech

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

            if (p <= clause.First || doc.Tokens[p].Kind != TokenKind.Clitic || doc.Word(p) is not ("'s" or "\u2019s" or "'" or "\u2019")
                || !TrySourceEndingAt(doc, p - 1, clause.First, out Source owner) || owner.Kind is SourceKind.Document or SourceKind.Pronoun)
            {
                return;
            }

            sources.Add(owner);
            phraseStart = owner.First > clause.First && doc.Word(owner.First - 1).Equals("the", StringComparison.OrdinalIgnoreCase) ? owner.First - 1 : owner.First;
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

    // ---------------------------------------------------------------- reported-speech helpers

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
            if (source.Last != before)
            {
                two = doc.Word(source.Last + 1) is "and" && TrySourceAt(doc, source.Last + 2, out second) && second.Last == before;
                if (!two)
                {
                    return false;
                }
            }

            after = c + cue.Words;
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

            if (w is "," && doc.Word(k + 1) is "according" or "though" or "although" or "while" or "whereas" or "as" or "but" or "which" or "an" or "a")
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
            if (w is "and" && (doc.Word(k + 1) is "has" or "have" or "had" or "also"
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

    // ---------------------------------------------------------------- sources

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
            return antecedent >= floor && SourcesEndingAt(doc, antecedent, floor, sources);
        }

        if (doc.Word(t) is ",")
        {
            return ApposedSources(doc, t, floor, sources);
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

    /// <summary>A source ending at token <paramref name="t"/>: an entity, a pronoun, or a noun phrase headed by a source noun.</summary>
    private bool TrySourceEndingAt(Doc doc, int t, int floor, out Source source)
    {
        source = default;
        Token token = doc.Tokens[t];
        int e = doc.EntityAt[t];
        if (e >= 0 && IsSpeakerEntity(doc.Entities[e]))
        {
            int first = t;
            while (first - 1 >= floor && doc.EntityAt[first - 1] == e)
            {
                first--;
            }

            source = new Source(first, t, SourceKind.Named, doc.Entities[e].Key);
            return true;
        }

        if (token.Kind == TokenKind.Word && IsPronoun(doc.Word(t)))
        {
            source = new Source(t, t, SourceKind.Pronoun, PronounKey(doc, t));
            return true;
        }

        // "many Iraqis": people named by a plural demonym are an unnamed source.
        if (e >= 0 && doc.Entities[e].Type == EntityType.Nationality && token.Kind == TokenKind.Word && IsPlural(doc.Word(t))
            && doc.Entities[e].Span.Start == token.Start)
        {
            source = new Source(ExtendModifiers(doc, t, floor), t, SourceKind.Anonymous, null);
            return true;
        }

        if (token.Kind == TokenKind.Word && !token.Has(TokenTraits.AllCaps) && TryHead(doc, t, out SourceKind kind))
        {
            // "Others point out", "Many believe": an indefinite pronoun is a source only as a whole subject, not in "the
            // world's most cited" or "which some would argue".
            if (IsIndefinitePronoun(doc.Word(t)) && t > floor && doc.Word(t - 1) is not ("," or ";" or ":" or "and" or "but" or "while" or "whereas" or "yet" or "though" or "although"))
            {
                return false;
            }

            int first = ExtendModifiers(doc, t, floor);

            // "Abdul Mahdi's office", "Iraq's foreign ministry": the possessor's key.
            string? key = null;
            if (kind != SourceKind.Anonymous || first < t)
            {
                for (int k = first; k < t; k++)
                {
                    if (doc.EntityAt[k] >= 0 && (doc.Entities[doc.EntityAt[k]].IsActor
                        || (doc.Entities[doc.EntityAt[k]].Type == EntityType.GeoPolitical && doc.Tokens[k + 1].Kind == TokenKind.Clitic)))
                    {
                        key = doc.Entities[doc.EntityAt[k]].Key;
                    }
                }
            }

            // "his office": the key of the pronoun's antecedent.
            if (key is null && IsPossessivePronoun(doc.Word(first)))
            {
                key = PronounKey(doc, first);
            }

            if (kind == SourceKind.Nominal)
            {
                key ??= NominalKey(doc, first, t);

                // A description that names no entity: "the militia" refers back (Nominal); "Iraqi Shia armed groups" and
                // "Groups tied to ..." are unnamed (Anonymous); a bare singular ("militia said") is no source.
                if (key is null && !IsDefinite(doc, first, t))
                {
                    if (first == t && !IsPlural(doc.Word(t)))
                    {
                        return false;
                    }

                    kind = SourceKind.Anonymous;
                }
            }

            // A bare plural text noun after a lower-case word is likely a verb: "which regularly posts claims for ...". It
            // stands alone where a clause starts ("Reports say ...").
            if (kind == SourceKind.Document && first == t && t > floor && IsPlural(doc.Word(t)) && doc.Tokens[t - 1].Kind == TokenKind.Word
                && !doc.Tokens[t - 1].Has(TokenTraits.Capitalized) && doc.Word(t - 1) is not "and")
            {
                return false;
            }

            source = new Source(first, t, kind, key);
            return true;
        }

        return false;
    }

    /// <summary>The first modifier of a source head: after a determiner nothing more, after a quantifier only a determiner
    /// ("the other U.S. commanders"; "an outcome many Iraqis" gives "many Iraqis").</summary>
    private int ExtendModifiers(Doc doc, int t, int floor)
    {
        int first = t;
        bool quantified = false;
        while (first - 1 >= floor && t - first < MaxSourceWords && (IsSourceModifier(doc, first - 1) || IsLooseModifier(doc, first - 1, floor)))
        {
            ReadOnlySpan<char> w = doc.Word(first - 1);
            bool determiner = w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)
                || IsPossessivePronoun(w);
            bool quantifier = doc.Tokens[first - 1].Kind == TokenKind.Number || IsDeterminerOrQuantifier(w) || IsDeterminerOrQuantifier(LowerFirst(w));
            if (quantified && !determiner && !quantifier)
            {
                break;
            }

            first--;
            if (determiner)
            {
                break;
            }

            quantified |= quantifier;
        }

        // "non-binding resolution": the first part of a hyphenated modifier.
        if (first < t && doc.Word(first) is "-" && first - 1 >= floor && doc.Tokens[first - 1].Kind == TokenKind.Word)
        {
            first--;
        }

        return first;
    }

    /// <summary>"Many" as "many": a sentence-initial quantifier.</summary>
    private static ReadOnlySpan<char> LowerFirst(ReadOnlySpan<char> w) =>
        w is "The" ? "the" : w is "A" ? "a" : w is "An" ? "an" : w is "Many" ? "many" : w is "Some" ? "some" : w is "Several" ? "several" : w is "Most" ? "most" : w is "Other" ? "other" : w is "Two" ? "two" : w is "Three" ? "three" : w is "Both" ? "both" : w;

    /// <summary>
    /// A pre-modifier the common-word list does not tag as one: an unknown lower-case word ("the interior ministry", "a
    /// joint statement") or a participle ("armed groups", "unnamed officials") that does not follow a name or a head
    /// (in "the group warned officials" it is a verb).
    /// </summary>
    private bool IsLooseModifier(Doc doc, int t, int floor)
    {
        Token token = doc.Tokens[t];
        if (token.Kind != TokenKind.Word || token.Has(TokenTraits.Capitalized) || token.Length > 24 || doc.EntityAt[t] >= 0)
        {
            return false;
        }

        Span<char> lower = stackalloc char[token.Length];
        doc.Word(t).ToLowerInvariant(lower);
        if (lower.EndsWith("ly") || lower.EndsWith("ing") || _lexicons.Cues.ContainsKey(lower) && !lower.EndsWith("ed"))
        {
            return false;
        }

        if (!_pos.TryGetValue(lower, out PartOfSpeech pos))
        {
            return !_lexicons.Cues.ContainsKey(lower);
        }

        return pos == PartOfSpeech.VERB && lower.EndsWith("ed") && !_lexicons.Cues.ContainsKey(lower)
            && (t - 1 < floor || ((doc.EntityAt[t - 1] < 0 || !IsSpeakerEntity(doc.Entities[doc.EntityAt[t - 1]])) && !TryHead(doc, t - 1, out _) && !IsPronoun(doc.Word(t - 1))));
    }

    private static bool IsDefinite(Doc doc, int first, int head)
    {
        if (doc.Word(first) is "the" or "The" or "this" or "This" or "these" or "These" or "its" or "Its" or "their" or "Their")
        {
            return true;
        }

        for (int k = first; k < head; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Clitic)
            {
                return true; // "the group's leaders"
            }
        }

        return false;
    }

    private static bool IsPlural(ReadOnlySpan<char> w) => w.Length > 3 && w[^1] == 's' && w[^2] != 's';

    /// <summary>"President Barzani", "Gen. McKenzie": a title before a person's name, not part of the source. Returns the
    /// name's first token.</summary>
    private static bool TryTitledPerson(Doc doc, int t, out int name)
    {
        name = -1;
        int limit = Math.Min(doc.Tokens.Length, t + 6);
        for (int k = t + 1; k < limit; k++)
        {
            int e = doc.EntityAt[k];
            if (e >= 0)
            {
                name = k;
                return doc.Entities[e].Type == EntityType.Person && doc.RoleOf[e] is not null && doc.Entities[e].Span.Start == doc.Tokens[k].Start;
            }

            // "Secretary of Defense Lloyd Austin", "Minister of Foreign Affairs Fuad Hussein".
            if (!(doc.Tokens[k].Kind == TokenKind.Word && (doc.Tokens[k].Has(TokenTraits.Capitalized) || doc.Word(k) is "of" or "for" or "the")))
            {
                return false;
            }
        }

        return false;
    }

    private bool TrySourceAt(Doc doc, int t, out Source source)
    {
        source = default;
        if (t >= doc.Tokens.Length)
        {
            return false;
        }

        if (doc.EntityAt[t] < 0 && doc.Tokens[t].Has(TokenTraits.Capitalized) && TryTitledPerson(doc, t, out int name))
        {
            t = name;
        }

        // "The White House", "the Pentagon": a name after "the".
        if (doc.EntityAt[t] < 0 && doc.Word(t).Equals("the", StringComparison.OrdinalIgnoreCase) && t + 1 < doc.Tokens.Length && doc.EntityAt[t + 1] >= 0
            && doc.Entities[doc.EntityAt[t + 1]].Span.Start == doc.Tokens[t + 1].Start && TrySourceAt(doc, t + 1, out source))
        {
            return true;
        }

        int e = doc.EntityAt[t];
        if (e >= 0)
        {
            int last = t;
            while (last + 1 < doc.Tokens.Length && doc.EntityAt[last + 1] == e)
            {
                last++;
            }

            // "the AFP news agency", "US officials": a name that modifies a source noun.
            int head = last + 1;
            int limit = Math.Min(doc.Tokens.Length, head + 3);
            for (int k = head; k < limit; k++)
            {
                if (TryHead(doc, k, out SourceKind kind) && !doc.Tokens[k].Has(TokenTraits.Capitalized))
                {
                    // Take the last head of a compound ("Iran's foreign ministry spokesman"), then a name after it.
                    int compound = k;
                    while (compound - k < 2 && compound + 1 < doc.Tokens.Length && TryHead(doc, compound + 1, out _) && !doc.Tokens[compound + 1].Has(TokenTraits.Capitalized))
                    {
                        compound++;
                    }

                    if (!TrySourceEndingAt(doc, compound, t, out source))
                    {
                        return false;
                    }

                    TryNameAfter(doc, compound + 1, ref source);
                    return true;
                }

                if (!IsSourceModifier(doc, k))
                {
                    break;
                }
            }

            return TrySourceEndingAt(doc, last, t, out source);
        }

        // A determiner or modifiers, then a source noun: "a US source", "senior U.S. officials", "an Iraqi security source".
        int end = Math.Min(doc.Tokens.Length, t + MaxSourceWords);
        for (int k = t; k < end; k++)
        {
            if (TryHead(doc, k, out _))
            {
                // Take the last head of a compound: "security source".
                int last = k;
                while (last + 1 < end && TryHead(doc, last + 1, out _))
                {
                    last++;
                }

                if (!TrySourceEndingAt(doc, last, t, out source) || source.First != t)
                {
                    return false;
                }

                // "coalition spokesman Col. Wayne Marotto", "Iraqi Prime Minister Mustafa al-Kadhimi": the name is the source.
                if (!TryNameAfter(doc, last + 1, ref source))
                {
                    KeyFromPhraseAfter(doc, ref source);
                }

                return true;
            }

            if (doc.Tokens[k].Kind == TokenKind.Word && IsPronoun(doc.Word(k)) && k == t)
            {
                source = new Source(k, k, SourceKind.Pronoun, PronounKey(doc, k));
                return true;
            }

            if (!IsSourceModifier(doc, k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"A spokesman for Prime Minister X", "the leaders of the Kurdistan Region": a description of a named entity
    /// takes its key (the span stays the description).</summary>
    private static void KeyFromPhraseAfter(Doc doc, ref Source source)
    {
        int p = source.Last + 1;
        if (source.Key is not null || source.Kind is not (SourceKind.Nominal or SourceKind.Anonymous) || p + 1 >= doc.Tokens.Length
            || doc.Word(p) is not ("for" or "of") || doc.SentenceAt[p] != doc.SentenceAt[source.Last])
        {
            return;
        }

        int t = doc.Word(p + 1).Equals("the", StringComparison.OrdinalIgnoreCase) ? p + 2 : p + 1;
        if (t < doc.Tokens.Length && doc.EntityAt[t] < 0 && doc.Tokens[t].Has(TokenTraits.Capitalized) && TryTitledPerson(doc, t, out int name))
        {
            t = name;
        }

        if (t < doc.Tokens.Length && doc.EntityAt[t] >= 0 && IsSpeakerEntity(doc.Entities[doc.EntityAt[t]]))
        {
            source = source with { Kind = SourceKind.Nominal, Key = doc.Entities[doc.EntityAt[t]].Key };
        }
    }

    /// <summary>A person named right after a description, with or without a title: "spokesman Col. Wayne Marotto".</summary>
    private static bool TryNameAfter(Doc doc, int t, ref Source source)
    {
        if (t >= doc.Tokens.Length || doc.SentenceAt[t] != doc.SentenceAt[t - 1])
        {
            return false;
        }

        int name = t;
        if (doc.EntityAt[t] < 0 && !(doc.Tokens[t].Has(TokenTraits.Capitalized) && TryTitledPerson(doc, t, out name)))
        {
            return false;
        }

        int e = doc.EntityAt[name];
        if (e < 0 || doc.Entities[e].Type != EntityType.Person || doc.Entities[e].Span.Start != doc.Tokens[name].Start)
        {
            return false;
        }

        int last = name;
        while (last + 1 < doc.Tokens.Length && doc.EntityAt[last + 1] == e)
        {
            last++;
        }

        source = new Source(name, last, SourceKind.Named, doc.Entities[e].Key);
        return true;
    }

    private static bool IsSpeakerEntity(EntityMention e) => e.IsActor || e.Type == EntityType.GeoPolitical;

    private bool TryHead(Doc doc, int t, out SourceKind kind)
    {
        kind = default;
        Token token = doc.Tokens[t];
        if (token.Kind != TokenKind.Word || token.Length > 24)
        {
            return false;
        }

        Span<char> lower = stackalloc char[token.Length];
        doc.Word(t).ToLowerInvariant(lower);
        return _lexicons.Sources.TryGetValue(lower, out kind);
    }

    private bool IsSourceModifier(Doc doc, int t)
    {
        if (t < 0 || t >= doc.Tokens.Length)
        {
            return false;
        }

        Token token = doc.Tokens[t];
        if (doc.EntityAt[t] >= 0 || token.Kind == TokenKind.Clitic)
        {
            return true;
        }

        if (token.Kind == TokenKind.Number)
        {
            return true;
        }

        if (token.Kind != TokenKind.Word)
        {
            return token.Kind == TokenKind.Punctuation && doc.Word(t) is "-";
        }

        ReadOnlySpan<char> w = doc.Word(t);
        if (w.Length > 24)
        {
            return false;
        }

        Span<char> lower = stackalloc char[w.Length];
        w.ToLowerInvariant(lower);
        if (lower is "the" or "a" or "an" or "one" or "two" or "three" or "four" or "five" or "another" or "second" or "third" or "several" or "some" or "other" or "senior" or "top" or "many" or "most" or "few" or "both"
            or "his" or "her" or "its" or "their")
        {
            return true;
        }

        bool known = _pos.TryGetValue(lower, out PartOfSpeech pos);
        if (token.Has(TokenTraits.Capitalized))
        {
            // "Defense", "Iraqi", "U.S.", but not an opening "Whereas" or "However".
            return !known || pos is not (PartOfSpeech.CONJ or PartOfSpeech.PREP or PartOfSpeech.ADV or PartOfSpeech.PRON or PartOfSpeech.AUX or PartOfSpeech.VERB or PartOfSpeech.DET);
        }

        if (t > 0 && doc.Word(t - 1) is "-")
        {
            return true; // "Iran-backed"
        }

        return known ? pos is PartOfSpeech.ADJ or PartOfSpeech.NOUN : TryHead(doc, t, out _);
    }

    private static bool IsIndefinitePronoun(ReadOnlySpan<char> w) =>
        w is "others" or "Others" or "some" or "Some" or "many" or "Many" or "most" or "Most" or "one" or "One";

    private static bool IsPossessivePronoun(ReadOnlySpan<char> w) =>
        w is "his" or "her" or "its" or "their" or "His" or "Her" or "Its" or "Their";

    private static bool IsPronoun(ReadOnlySpan<char> w) =>
        w is "he" or "she" or "they" or "we" or "it" or "He" or "She" or "They" or "We" or "It" or "I";

    /// <summary>A pronoun's antecedent: the latest person (for he/she) or actor (for they/we) named before it.</summary>
    private static string? PronounKey(Doc doc, int t)
    {
        bool person = doc.Word(t) is "he" or "she" or "He" or "She" or "I" or "his" or "her" or "His" or "Her";
        bool thing = doc.Word(t) is "it" or "It" or "its" or "Its"; // a group or a government, not a person
        int offset = doc.Tokens[t].Start;

        // "We assess that ...": outside a quotation "we" is the writers, not an actor of the story.
        if (doc.Word(t) is "we" or "We" or "our" or "Our" && !IsInsideQuote(doc, t))
        {
            return null;
        }

        int start = FirstEntityFrom(doc, offset) - 1;
        for (int e = start; e >= 0 && e > start - MaxAntecedentDistance; e--)
        {
            EntityMention m = doc.Entities[e];
            if (m.Span.Start >= offset)
            {
                continue;
            }

            if (person ? m.Type == EntityType.Person : m.IsActor && !(thing && m.Type == EntityType.Person))
            {
                return m.Key;
            }
        }

        return null;
    }

    /// <summary>"the general", "the prime minister": the latest person named with that title before.</summary>
    private static string? NominalKey(Doc doc, int first, int head)
    {
        ReadOnlySpan<char> role = doc.Word(head);
        int offset = doc.Tokens[head].Start;
        int start = FirstEntityFrom(doc, offset) - 1;
        for (int e = start; e >= 0 && e > start - MaxAntecedentDistance; e--)
        {
            if (doc.Entities[e].Span.Start < offset && doc.RoleOf[e] is string r && r.AsSpan().EndsWith(role, StringComparison.OrdinalIgnoreCase))
            {
                return doc.Entities[e].Key;
            }
        }

        return TypedAntecedentKey(doc, first, head, start);
    }

    /// <summary>
    /// "the group", "the militia" (the latest armed group named before), "the Iraqi government" (the government of that
    /// country, when the article names it), "the ministry", "the military": a definite description whose head says what
    /// kind of actor it refers to. Only a near antecedent counts: <see cref="MaxTypedAntecedentDistance"/> mentions back.
    /// </summary>
    private static string? TypedAntecedentKey(Doc doc, int first, int head, int start)
    {
        if (!doc.Word(first).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        EntityType? type = doc.Word(head) switch
        {
            "group" or "militia" or "faction" or "movement" or "organization" or "organisation" => EntityType.ArmedGroup,
            "government" or "ministry" or "administration" or "department" => EntityType.Government,
            "military" or "army" or "command" or "coalition" => EntityType.StateForce,
            _ => null,
        };
        if (type is null)
        {
            return null;
        }

        // "the Iraqi government": a demonym before the head names the country.
        string? country = null;
        for (int k = first + 1; k < head; k++)
        {
            if (doc.EntityAt[k] >= 0 && doc.Entities[doc.EntityAt[k]].Type is EntityType.Nationality or EntityType.GeoPolitical)
            {
                country = doc.Entities[doc.EntityAt[k]].Key;
            }
        }

        // A country's government: "government-of-COUNTRY" when the article names it anywhere.
        if (country is not null)
        {
            string key = "government-of-" + country;
            return type == EntityType.Government && doc.EntityKeys.Contains(key) ? key : null;
        }

        int offset = doc.Tokens[head].Start;
        for (int e = start; e >= 0 && e > start - MaxTypedAntecedentDistance; e--)
        {
            // "the ministry" and "the department" refer to a body so named ("the Ministry of Defense"), not to any government.
            EntityMention m = doc.Entities[e];
            if (m.Span.Start < offset && m.Type == type
                && (type != EntityType.Government || doc.Word(head) is "government" or "administration"
                    || doc.Text.AsSpan(m.Span.Start, m.Span.Length).Contains(doc.Word(head), StringComparison.OrdinalIgnoreCase)))
            {
                return m.Key;
            }
        }

        return null;
    }

    // ---------------------------------------------------------------- helpers

    private Attribution Make(Doc doc, AttributionKind kind, Source source, int cueToken, Cue cue, TextSpan content, string rule)
    {
        var sourceSpan = new TextSpan(doc.Tokens[source.First].Start, doc.Tokens[source.Last].End);
        if (source.Kind == SourceKind.Named && doc.Word(source.First).Equals("the", StringComparison.OrdinalIgnoreCase) && source.First < source.Last)
        {
            sourceSpan = sourceSpan with { Start = doc.Tokens[source.First + 1].Start };
        }

        string? description = source.Kind == SourceKind.Anonymous ? Describe(doc, source) : null;
        var cueSpan = new TextSpan(doc.Tokens[cueToken].Start, doc.Tokens[cueToken + cue.Words - 1].End);
        return new Attribution(kind, new StatementSource(sourceSpan, source.Kind, source.Key) { Description = description }, cueSpan, cue.Lemma, content, StanceOf(doc, content, cue.Stance), rule);
    }

    /// <summary>A statement with a source and no cue: "denied a report that P" gives P to "a report".</summary>
    private Attribution MakeUncuedSource(Doc doc, AttributionKind kind, Source source, TextSpan content, string rule)
    {
        var span = new TextSpan(doc.Tokens[source.First].Start, doc.Tokens[source.Last].End);
        string? description = source.Kind == SourceKind.Anonymous ? Describe(doc, source) : null;
        return new Attribution(kind, new StatementSource(span, source.Kind, source.Key) { Description = description }, null, null, content, StanceOf(doc, content, Stance.Asserted), rule);
    }

    private static string Describe(Doc doc, Source source)
    {
        int first = source.First;
        while (first < source.Last && doc.Word(first) is "a" or "an" or "the" or "A" or "An" or "The")
        {
            first++;
        }

        return doc.Text[doc.Tokens[first].Start..doc.Tokens[source.Last].End];
    }

    private Stance StanceOf(Doc doc, TextSpan content, Stance cueStance)
    {
        if (cueStance != Stance.Asserted)
        {
            return cueStance;
        }

        int t = doc.TokenAtOffset(content.Start);
        Span<char> buffer = stackalloc char[64];
        for (; t < doc.Tokens.Length && doc.Tokens[t].Start < content.End; t++)
        {
            for (int words = Math.Min(_lexicons.MaxHedgeWords, doc.Tokens.Length - t); words >= 1; words--)
            {
                int length = Quantities.LowerKey.Write(doc.Text, doc.Tokens, t, words, buffer);
                if (length > 0 && _lexicons.Hedges.ContainsKey(buffer[..length]))
                {
                    return Stance.Hedged;
                }
            }
        }

        return Stance.Asserted;
    }

    private bool IsVerb(Doc doc, int t) =>
        IsLowerWord(doc, t) && TryPartOfSpeech(doc, t, out PartOfSpeech pos) && pos is PartOfSpeech.VERB or PartOfSpeech.AUX;

    /// <summary>Index of the first quotation starting at or after <paramref name="offset"/> (quotations are sorted).</summary>
    private static int FirstQuoteFrom(Doc doc, int offset) => FirstFrom(doc.Quotes, offset, static q => q.Span.Start);

    private static int FirstEntityFrom(Doc doc, int offset) => FirstFrom(doc.Entities, offset, static e => e.Span.Start);

    /// <summary>Binary search in a layer sorted by start: the first item starting at or after <paramref name="offset"/>.</summary>
    private static int FirstFrom<T>(T[] items, int offset, Func<T, int> start)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (start(items[mid]) < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool IsInsideQuote(Doc doc, int t) => QuoteContaining(doc, doc.Tokens[t].Start) >= 0;

    /// <summary>The latest-starting quotation whose content holds <paramref name="offset"/>, or -1.</summary>
    private static int QuoteContaining(Doc doc, int offset)
    {
        // Quotations do not nest deeply: the few that start before the offset are enough to look at.
        int first = FirstQuoteFrom(doc, offset);
        for (int q = first - 1; q >= 0 && q >= first - 4; q--)
        {
            if (doc.Quotes[q].Content.Contains(offset))
            {
                return q;
            }
        }

        return -1;
    }

    private static bool ContainsQuote(Doc doc, TextSpan content)
    {
        int q = FirstQuoteFrom(doc, content.Start);
        return q < doc.Quotes.Length && doc.Quotes[q].Span.Start < content.End;
    }

    /// <summary>Skips a bullet and a dateline ("ERBIL, Iraq - ", "BAGHDAD (Reuters) -") that open a sentence.</summary>
    private static int SkipLeading(Doc doc, int start, int end)
    {
        while (start < end && doc.Tokens[start].Kind is TokenKind.Bullet)
        {
            start++;
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

                if (!(doc.Tokens[k].Has(TokenTraits.Capitalized) || w is "," or "(" or ")"))
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

    /// <summary>
    /// Adds a statement unless one with the same source, or the same cue, already covers at least half of the same
    /// content. Nested reporting keeps both levels ("Esper told reporters he expressed "..."", ""...," Abdul Mahdi told
    /// Esper, according to the statement"): their sources and cues differ. <paramref name="coordinated"/> statements share
    /// a cue and differ in source ("X and other commanders assessed ...").
    /// </summary>
    private static void Add(Doc doc, Attribution attribution, bool coordinated = false)
    {
        // Only statements that start near this one can cover half of it: look in the neighbouring sentences.
        int sentence = doc.SentenceAt[doc.TokenAtOffset(attribution.Content.Start)];
        for (int s = sentence - 3; s <= sentence + 3; s++)
        {
            if (!doc.BySentence.TryGetValue(s, out List<Attribution>? near))
            {
                continue;
            }

            for (int i = near.Count - 1; i >= 0 && i >= near.Count - MaxNearStatements; i--)
            {
                Attribution a = near[i];
                int overlap = Math.Min(a.Content.End, attribution.Content.End) - Math.Max(a.Content.Start, attribution.Content.Start);
                if (overlap > 0 && overlap * 2 >= attribution.Content.Length && overlap * 2 >= a.Content.Length
                    && (a.Source?.Span == attribution.Source?.Span || (a.Cue == attribution.Cue && !coordinated)))
                {
                    return;
                }
            }
        }

        doc.Found.Add(attribution);
        if (!doc.BySentence.TryGetValue(sentence, out List<Attribution>? list))
        {
            doc.BySentence[sentence] = list = [];
        }

        list.Add(attribution);
        if (attribution.Cue is TextSpan cue)
        {
            doc.UsedCues.Add(cue.Start);
        }
    }
}
