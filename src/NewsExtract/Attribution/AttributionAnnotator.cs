using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>
/// Links statements to their sources, as ordered sieves: the most precise first, and a sieve skips statements an
/// earlier one attributed.
/// </summary>
/// <remarks>
/// Reads: tokens, sentences, zones, quotes, entities. Writes: <see cref="AnnotationContext.Attributions"/>.
/// <list type="number">
/// <item><c>QuoteCueAfter</c>: a quotation followed by its speaker and cue (<c>"…," Jeffrey said</c>,
/// <c>"…," said a US official</c>, <c>"…" he said</c>).</item>
/// <item><c>QuoteCueBefore</c>: a cue and speaker before the quotation in the same sentence, with at most a short
/// object or adverbial between (<c>Jeffrey told reporters, "…"</c>, <c>McKenzie said on June 19: '…'</c>,
/// <c>Pompeo warned Iran's leaders "…"</c>).</item>
/// <item><c>QuoteContinuation</c>: a quotation with no cue right after an attributed one in the same or the previous
/// paragraph keeps its speaker (split quotes, multi-paragraph quotes); its cue is null.</item>
/// <item><c>AccordingTo</c>: "according to X" after or before its statement.</item>
/// <item><c>ReportedSpeech</c>: a source and a cue from <c>cues.tsv</c> with the reported clause after it
/// (<c>X said (that) …</c>, <c>X called on Y to …</c>, <c>X claimed responsibility for …</c>) or before it
/// (<c>…, officials said.</c>). A clause holding a quotation is <c>Mixed</c>.</item>
/// </list>
/// Sources: an entity mention (Named, with its key), a pronoun (its key is the latest person named before it), a
/// description whose head is in <c>sources.tsv</c> ("Defense officials", "a US source" are Anonymous; "the statement"
/// is a Document; "the general" is Nominal and takes the key of the latest person with that title).
/// Stance: Denied for a denial cue; Hedged for a hedging cue or a hedge (<c>hedges.tsv</c>) in the content.
/// Quotations in boilerplate and reference lists are never statements, and no statement is output twice.
/// </remarks>
internal sealed class AttributionAnnotator : IAnnotator
{
    private const int MaxGapBeforeQuote = 8;
    private const int MaxSourceWords = 6;

    /// <summary>How many entity mentions back an antecedent is looked for: a bound that keeps huge inputs linear.</summary>
    private const int MaxAntecedentDistance = 400;

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

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Zones | Layers.Quotes | Layers.Entities;

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
        public readonly List<Attribution> Found = [];
        public readonly HashSet<int> UsedCues = [];
        public readonly Dictionary<int, List<Attribution>> BySentence = [];
        public readonly List<(int QuoteIndex, Attribution Attribution)> QuoteAttributions = [];

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

            Attribution? found = CueAfter(doc, quote, close) ?? CueBefore(doc, quote, open);
            if (found is null && previous is not null && previous.Source is not null && quote.Span.Start > previousParagraphEnd - 1
                && StartsOwnSentence(doc, open) && WithinNextParagraph(doc, previous.Content.End, quote.Span.Start))
            {
                found = previous with { Cue = null, CueLemma = null, Content = quote.Content, Rule = "QuoteContinuation", Stance = StanceOf(doc, quote.Content, Stance.Asserted) };
            }

            if (found is not null)
            {
                Add(doc, found);
                doc.QuoteAttributions.Add((q, found));
                previous = found;
                previousParagraphEnd = quote.Span.End;
            }
            else if (StartsOwnSentence(doc, open))
            {
                previous = null;
            }
        }
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

    /// <summary>"…," Jeffrey said / "…," said Jeffrey / "…" he said.</summary>
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
            if (_lexicons.TryCue(doc.Text, doc.Tokens, c, out Cue cue) && cue.Class is not CueClass.AccordingTo)
            {
                return Make(doc, AttributionKind.Direct, source, c, cue, quote.Content, "QuoteCueAfter");
            }
        }

        // Cue then speaker: "said Jeffrey", "said a US official".
        if (_lexicons.TryCue(doc.Text, doc.Tokens, t, out Cue inverted) && inverted.Class is CueClass.Speech or CueClass.Report or CueClass.Warn or CueClass.Confirm)
        {
            int s = SkipAdverbs(doc, t + inverted.Words);
            if (TrySourceAt(doc, s, out Source after))
            {
                return Make(doc, AttributionKind.Direct, after, t, inverted, quote.Content, "QuoteCueAfter");
            }
        }

        return null;
    }

    /// <summary>Jeffrey told reporters, "…" / McKenzie said on June 19: '…' / Pompeo warned Iran's leaders "…".</summary>
    private Attribution? CueBefore(Doc doc, Quote quote, int open)
    {
        Sentence sentence = doc.Sentences[doc.SentenceAt[open]];
        for (int c = open - 1; c >= sentence.FirstToken && c >= open - MaxGapBeforeQuote - 3; c--)
        {
            if (!_lexicons.TryCue(doc.Text, doc.Tokens, c, out Cue cue) || cue.Class is CueClass.AccordingTo || c + cue.Words > open)
            {
                continue;
            }

            // Between the cue and the quote: punctuation, an object, a date; no verb (else the quote is partial).
            for (int k = c + cue.Words; k < open; k++)
            {
                if (IsVerb(doc, k) || doc.Word(k) is "that" or "to")
                {
                    return null;
                }
            }

            if (!FindSourceBefore(doc, c, sentence.FirstToken, out Source source))
            {
                return null;
            }

            return Make(doc, AttributionKind.Direct, source, c, cue, quote.Content, "QuoteCueBefore");
        }

        return null;
    }

    // ---------------------------------------------------------------- according to

    private void AccordingToSieve(Doc doc)
    {
        for (int t = 0; t + 2 < doc.Tokens.Length; t++)
        {
            if (!doc.Word(t).Equals("according", StringComparison.OrdinalIgnoreCase) || !doc.Word(t + 1).Equals("to", StringComparison.Ordinal))
            {
                continue;
            }

            Sentence sentence = doc.Sentences[doc.SentenceAt[t]];
            if (!TrySourceAt(doc, t + 2, out Source source))
            {
                continue;
            }

            TextSpan content;
            if (t > sentence.FirstToken)
            {
                // "… , according to X." The statement runs from the sentence start to the comma.
                int end = t - 1;
                while (end > sentence.FirstToken && doc.Tokens[end].Kind == TokenKind.Punctuation)
                {
                    end--;
                }

                int start = SkipLeading(doc, sentence.FirstToken, end);
                if (end < start)
                {
                    continue;
                }

                content = new TextSpan(doc.Tokens[start].Start, doc.Tokens[end].End);
            }
            else
            {
                // "According to X, …"
                int start = source.Last + 1;
                while (start < sentence.EndToken && doc.Tokens[start].Kind == TokenKind.Punctuation)
                {
                    start++;
                }

                int end = TrimEnd(doc, start, sentence.EndToken - 1);
                if (end < start)
                {
                    continue;
                }

                content = new TextSpan(doc.Tokens[start].Start, doc.Tokens[end].End);
            }

            var cue = new Cue("according to", CueClass.AccordingTo, Stance.Asserted, 2);
            Add(doc, Make(doc, AttributionKind.AccordingTo, source, t, cue, content, "AccordingTo"));
        }
    }

    // ---------------------------------------------------------------- headlines

    /// <summary>"Iraq officials: …" and "…: U.S. general" in a headline or a cited title: AccordingTo with no cue.</summary>
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

                // Source after the colon, up to a closing quote or the end: "…: President Barzani".
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

                // Source before the colon: "Iraq officials: …".
                // Not a label: "IntelBrief: …" names a series (an organization), "Image Source: …" credits a picture.
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

    private void ReportedSpeechSieve(Doc doc)
    {
        foreach (Sentence sentence in doc.Sentences)
        {
            if (sentence.Zone is ZoneKind.Boilerplate or ZoneKind.References)
            {
                continue;
            }

            for (int c = sentence.FirstToken; c < sentence.EndToken; c++)
            {
                if (doc.Tokens[c].Kind != TokenKind.Word || doc.Tokens[c].Has(TokenTraits.Capitalized) && c > sentence.FirstToken
                    || doc.UsedCues.Contains(doc.Tokens[c].Start)
                    || !_lexicons.TryCue(doc.Text, doc.Tokens, c, out Cue cue) || cue.Class is CueClass.AccordingTo || IsInsideQuote(doc, c)
                    || !ReadsAsVerb(doc, c, cue))
                {
                    continue;
                }

                int cueEnd = c + cue.Words - 1;

                // "…, officials said." / "…, Jeffrey told reporters in a briefing."
                if (TryCueAtEnd(doc, sentence, c, cue, out Attribution? tail))
                {
                    Add(doc, tail!);
                    c = cueEnd;
                    continue;
                }

                if (!FindSourceBefore(doc, c, sentence.FirstToken, out Source source))
                {
                    continue;
                }

                int start = ContentStart(doc, cue, cueEnd + 1, sentence.EndToken);
                int end = TrimEnd(doc, start, sentence.EndToken - 1);
                end = StopAtTrailingAttribution(doc, start, end);
                if (start >= sentence.EndToken || end < start || end - start < 1)
                {
                    continue;
                }

                // "should Iran consider supporting …": a belief verb with a gerund is an action, not a statement.
                if (cue.Class is CueClass.Cognition && doc.Word(start).EndsWith("ing", StringComparison.Ordinal))
                {
                    continue;
                }

                // "spoke to reporters", "said on Thursday": a speech verb reports a clause, not a place or time.
                if (cue.Class is CueClass.Speech or CueClass.Report or CueClass.Cognition or CueClass.Confirm && !HasClause(doc, start, end))
                {
                    continue;
                }

                var content = new TextSpan(doc.Tokens[start].Start, doc.Tokens[end].End);
                AttributionKind kind = ContainsQuote(doc, content) ? AttributionKind.Mixed : AttributionKind.Indirect;
                Add(doc, Make(doc, kind, source, c, cue, content, "ReportedSpeech"));
                c = cueEnd;
            }
        }
    }

    private bool TryCueAtEnd(Doc doc, Sentence sentence, int c, Cue cue, out Attribution? attribution)
    {
        attribution = null;
        if (cue.Class is not (CueClass.Speech or CueClass.Report or CueClass.Confirm or CueClass.Cognition))
        {
            return false;
        }

        // The source sits between a comma and the cue; after the cue only an object or adverbial to the sentence end.
        int s = c - 1;
        int comma = -1;
        for (int k = c - 1; k >= sentence.FirstToken && k >= c - MaxSourceWords - 1; k--)
        {
            if (doc.Word(k) is ",")
            {
                comma = k;
                break;
            }
        }

        if (comma <= sentence.FirstToken || !TrySourceAt(doc, comma + 1, out Source source) || source.Last != SkipAdverbsBack(doc, s, comma + 1))
        {
            return false;
        }

        for (int k = c + cue.Words; k < sentence.EndToken; k++)
        {
            if (IsVerb(doc, k) || doc.Word(k) is "that" or ",")
            {
                return false;
            }
        }

        int start = SkipLeading(doc, sentence.FirstToken, comma - 1);
        int end = comma - 1;
        if (end <= start || IsQuoteToken(doc, start) && IsQuoteToken(doc, end))
        {
            return false;
        }

        var content = new TextSpan(doc.Tokens[start].Start, doc.Tokens[end].End);
        AttributionKind kind = ContainsQuote(doc, content) ? AttributionKind.Mixed : AttributionKind.Indirect;
        attribution = Make(doc, kind, source, c, cue, content, "ReportedSpeech");
        return true;
    }

    /// <summary>
    /// A one-word cue in its base form ("report", "claim", "statement") is a noun after a determiner or a singular
    /// name ("The Department of Defense report for …"); it reads as a verb after a pronoun, a modal, "to" or a plural.
    /// </summary>
    private static bool ReadsAsVerb(Doc doc, int c, Cue cue)
    {
        if (cue.Words > 1 || !doc.Word(c).Equals(cue.Lemma, StringComparison.Ordinal))
        {
            return c == 0 || doc.Word(c - 1) is not ("the" or "a" or "an" or "The" or "A" or "An" or "this" or "that" or "its" or "his" or "her" or "their");
        }

        ReadOnlySpan<char> before = doc.Word(c - 1);
        return before is "I" or "we" or "We" or "they" or "They" or "you" or "will" or "would" or "could" or "can" or "may" or "might" or "should" or "to" or "did" or "do" or "does" or "not" or "must"
            || (before.Length > 3 && before[^1] == 's' && char.IsLower(before[0]));
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
                || (doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].Has(TokenTraits.Capitalized) && w.Length > 4 && (w.EndsWith("ed") || w.EndsWith("es"))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuoteToken(Doc doc, int t) => doc.Tokens[t].Kind == TokenKind.Quote;

    /// <summary>Where the reported clause starts: after "that"; at "to" after an object ("told Iraq officials to …").</summary>
    private int ContentStart(Doc doc, Cue cue, int t, int sentenceEnd)
    {
        int limit = Math.Min(sentenceEnd, t + 6);
        for (int k = t; k < limit; k++)
        {
            ReadOnlySpan<char> w = doc.Word(k);
            if (w is "that" && k + 1 < sentenceEnd)
            {
                return k + 1;
            }

            if (w is "to" && cue.Class is CueClass.Urge or CueClass.Warn or CueClass.Speech && k > t)
            {
                return k;
            }

            if (w is "for" && cue.Class is CueClass.Claim or CueClass.Blame or CueClass.Urge && k + 1 < sentenceEnd && k == t)
            {
                return k + 1;
            }

            if (IsVerb(doc, k) || doc.Tokens[k].Kind == TokenKind.Quote || w is ",")
            {
                break;
            }
        }

        while (t < sentenceEnd && doc.Word(t) is "," or ":")
        {
            t++;
        }

        return t;
    }

    /// <summary>Ends a content before ", according to …" or ", officials said" that belongs to another statement.</summary>
    private static int StopAtTrailingAttribution(Doc doc, int start, int end)
    {
        // ", though whether …", ", as X has said", ", according to …": another clause or statement begins.
        for (int k = start; k < end; k++)
        {
            if (doc.Word(k) is "," && doc.Word(k + 1) is "according" or "though" or "although" or "while" or "whereas" or "as" or "but" or "which" or "an" or "a")
            {
                return k - 1;
            }

            // "… and has called for …": a second verb of the same subject starts its own statement.
            if (doc.Word(k) is "and" && doc.Word(k + 1) is "has" or "have" or "had" or "also")
            {
                return k - 1;
            }
        }

        return end;
    }

    // ---------------------------------------------------------------- sources

    /// <summary>The source nearest before a cue: skips auxiliaries and adverbs ("has also", "recently").</summary>
    private bool FindSourceBefore(Doc doc, int cue, int sentenceStart, out Source source)
    {
        int t = SkipAdverbsBack(doc, cue - 1, sentenceStart);
        source = default;
        if (t < sentenceStart)
        {
            return false;
        }

        // A date or time phrase between source and cue: "Pompeo on Friday warned".
        if (doc.EntityAt[t] < 0 && t - 2 >= sentenceStart && doc.Word(t - 1) is "on" or "in" && doc.Tokens[t].Has(TokenTraits.Capitalized))
        {
            t = SkipAdverbsBack(doc, t - 2, sentenceStart);
        }

        // "Groups tied to the IRI (IRI) claimed": step over a parenthesis.
        if (doc.Word(t) is ")")
        {
            int k = t - 1;
            while (k > sentenceStart && doc.Word(k) is not "(")
            {
                k--;
            }

            t = k - 1;
            if (t < sentenceStart)
            {
                return false;
            }
        }

        // "James Jeffrey, the … envoy for …, said" / "KH, in particular, has warned": the source stands before the aside.
        if (doc.Word(t) is ",")
        {
            for (int k = t - 1; k > sentenceStart && k >= t - 40; k--)
            {
                if (doc.Word(k) is ",")
                {
                    if (doc.EntityAt[k - 1] >= 0 && IsSpeakerEntity(doc.Entities[doc.EntityAt[k - 1]]))
                    {
                        return TrySourceEndingAt(doc, k - 1, sentenceStart, out source);
                    }

                    break;
                }
            }

            return false;
        }

        // "Sadr has called upon … and has called for …": the second verb shares the first one's source.
        if (doc.Word(t) is "and")
        {
            int sentence = doc.SentenceAt[t];
            for (int i = doc.Found.Count - 1; i >= 0; i--)
            {
                Attribution a = doc.Found[i];
                if (a.Source is { } shared && a.Cue is TextSpan previousCue && previousCue.End <= doc.Tokens[t].Start && doc.SentenceAt[doc.TokenAtOffset(previousCue.Start)] == sentence)
                {
                    int first = doc.TokenAtOffset(shared.Span.Start);
                    source = new Source(first, doc.TokenAtOffset(shared.Span.End - 1), shared.Kind, shared.Key);
                    return true;
                }
            }

            return false;
        }

        return TrySourceEndingAt(doc, t, sentenceStart, out source);
    }

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

        if (token.Kind == TokenKind.Word && !token.Has(TokenTraits.AllCaps) && TryHead(doc, t, out SourceKind kind))
        {
            int first = t;
            while (first - 1 >= floor && t - first < MaxSourceWords && IsSourceModifier(doc, first - 1))
            {
                first--;
            }

            // "Abdul Mahdi's office": the possessor's key.
            string? key = null;
            if (kind != SourceKind.Anonymous || first < t)
            {
                for (int k = first; k < t; k++)
                {
                    if (doc.EntityAt[k] >= 0 && doc.Entities[doc.EntityAt[k]].IsActor)
                    {
                        key = doc.Entities[doc.EntityAt[k]].Key;
                    }
                }
            }

            if (kind == SourceKind.Nominal)
            {
                key ??= NominalKey(doc, t);
                if (key is null && first == t)
                {
                    return false;
                }
            }

            source = new Source(first, t, kind, key);
            return true;
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
                    return TrySourceEndingAt(doc, k, t, out source);
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

                return TrySourceEndingAt(doc, last, t, out source) && source.First == t;
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
        if (w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)
            || w is "two" or "three" or "several" or "some" or "other" or "senior" or "top" or "many")
        {
            return true;
        }

        if (token.Has(TokenTraits.Capitalized))
        {
            return true; // "Defense", "Iraqi", "U.S."
        }

        if (w.Length > 24)
        {
            return false;
        }

        Span<char> lower = stackalloc char[w.Length];
        w.ToLowerInvariant(lower);
        return _pos.TryGetValue(lower, out PartOfSpeech pos) ? pos is PartOfSpeech.ADJ or PartOfSpeech.NOUN : TryHead(doc, t, out _);
    }

    private static bool IsPronoun(ReadOnlySpan<char> w) =>
        w is "he" or "she" or "they" or "we" or "He" or "She" or "They" or "We" or "I";

    /// <summary>A pronoun's antecedent: the latest person (for he/she) or actor (for they/we) named before it.</summary>
    private static string? PronounKey(Doc doc, int t)
    {
        bool person = doc.Word(t) is "he" or "she" or "He" or "She" or "I";
        int offset = doc.Tokens[t].Start;
        int start = FirstEntityFrom(doc, offset) - 1;
        for (int e = start; e >= 0 && e > start - MaxAntecedentDistance; e--)
        {
            EntityMention m = doc.Entities[e];
            if (m.Span.Start >= offset)
            {
                continue;
            }

            if (person ? m.Type == EntityType.Person : m.IsActor)
            {
                return m.Key;
            }
        }

        return null;
    }

    /// <summary>"the general", "the prime minister": the latest person named with that title before.</summary>
    private static string? NominalKey(Doc doc, int head)
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

    private bool IsVerb(Doc doc, int t)
    {
        Token token = doc.Tokens[t];
        if (token.Kind != TokenKind.Word || token.Has(TokenTraits.Capitalized) || token.Length > 24)
        {
            return false;
        }

        Span<char> lower = stackalloc char[token.Length];
        doc.Word(t).ToLowerInvariant(lower);
        return _pos.TryGetValue(lower, out PartOfSpeech pos) && pos is PartOfSpeech.VERB or PartOfSpeech.AUX;
    }

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

    private static bool IsInsideQuote(Doc doc, int t)
    {
        int offset = doc.Tokens[t].Start;

        // Quotations do not nest deeply: the few that start before the offset are enough to look at.
        int first = FirstQuoteFrom(doc, offset);
        for (int q = first - 1; q >= 0 && q >= first - 4; q--)
        {
            if (doc.Quotes[q].Content.Contains(offset))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsQuote(Doc doc, TextSpan content)
    {
        int q = FirstQuoteFrom(doc, content.Start);
        return q < doc.Quotes.Length && doc.Quotes[q].Span.Start < content.End;
    }

    private static int SkipLeading(Doc doc, int start, int end)
    {
        while (start < end && doc.Tokens[start].Kind is TokenKind.Bullet)
        {
            start++;
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

    /// <summary>Adds a statement unless one already covers at least half of the same content.</summary>
    private static void Add(Doc doc, Attribution attribution)
    {
        // Only statements that start near this one can cover half of it: look in the neighbouring sentences.
        int sentence = doc.SentenceAt[doc.TokenAtOffset(attribution.Content.Start)];
        for (int s = sentence - 3; s <= sentence + 3; s++)
        {
            if (!doc.BySentence.TryGetValue(s, out List<Attribution>? near))
            {
                continue;
            }

            foreach (Attribution a in near)
            {
                int overlap = Math.Min(a.Content.End, attribution.Content.End) - Math.Max(a.Content.Start, attribution.Content.Start);
                if (overlap > 0 && overlap * 2 >= attribution.Content.Length && overlap * 2 >= a.Content.Length
                    && (a.Source?.Span == attribution.Source?.Span || a.Kind != AttributionKind.AccordingTo))
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
