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
/// <item><c>ParseSpeech</c>: read from the dependency parse (<see cref="StatementParses"/>) for the cues no earlier sieve
/// used: a verb whose lemma is a learned cue lemma (<c>cuelemmas.tsv</c>), its subject or agent as the source, its
/// clausal complement, parataxis, infinitive, predicate or object as the content. Promises and requests with an
/// infinitive are read from the parse before <c>ReportedSpeech</c>, everything else after it.</item>
/// <item><c>QuoteSpeaker</c>: a quotation no sieve attributed, followed by a clause that is only a noun phrase and a
/// verb (<c>"...," Austin continued.</c>), and the quotation that continues it.</item>
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
internal sealed partial class AttributionAnnotator : IAnnotator
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

    private readonly Syntax.SyntaxOnDemand? _parses;

    /// <param name="lexicons">Cues, hedges and source nouns.</param>
    /// <param name="shared">Parts of speech and titles.</param>
    /// <param name="parses">Parses the sentences a statement may hold when the pipeline has no parse (its models load at
    /// the first sentence asked for, not here), or <see langword="null"/> for the surface sieves alone.</param>
    public AttributionAnnotator(AttributionLexicons lexicons, LexiconSet shared, Syntax.SyntaxOnDemand? parses)
    {
        _parses = parses;
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

        /// <summary>The parse of the sentences that can hold a statement, or <see langword="null"/> without one.</summary>
        public DependencyTree? Tree;
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
        cancellationToken.ThrowIfCancellationRequested();
        doc.Tree = new DependencyTree(StatementParses.For(context, _lexicons.CueLemmas, _parses, cancellationToken));
        ParseSieve(doc, infinitivesOnly: true);
        ReportedSpeechSieve(doc);
        ParseSieve(doc, infinitivesOnly: false);
        QuoteSpeakerSieve(doc);
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
}
