using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>
/// The parse sieve: statements read from the dependency parse, for the cues no surface sieve used. A cue is a verb whose
/// lemma is a learned cue lemma (<see cref="CueLemmas"/>); its source is its subject (the agent of a passive, or the
/// subject of the verb it is coordinated with or hangs from); its content is its clausal complement (<c>ccomp</c>), the
/// clause it is a parataxis of (<c>..., officials said</c>), an infinitive (<c>vowed to retaliate</c>), a predicate
/// (<c>called the strike a violation</c>, <c>described the attack as ...</c>) or, for claims, denials, confirmations,
/// blame and condemnation, its object (<c>condemned the strike</c>, <c>claimed responsibility for the attack</c>).
/// </summary>
internal sealed partial class AttributionAnnotator
{
    private const string ParseRule = "ParseSpeech";

    /// <param name="doc">The document.</param>
    /// <param name="infinitivesOnly">Take only promises, warnings and requests with an infinitive ("vowed to keep up
    /// attacks"): the parse bounds the infinitive better than the surface sieve, which runs after this pass.</param>
    private void ParseSieve(Doc doc, bool infinitivesOnly)
    {
        if (doc.Tree is not DependencyTree tree)
        {
            return;
        }

        TokenSyntax[] syntax = tree.Syntax;
        for (int c = 0; c < syntax.Length; c++)
        {
            TokenSyntax s = syntax[c];
            if (s.Lemma is null || s.Upos != UposTag.Verb || !_lexicons.CueLemmas.Lemmas.TryGetValue(s.Lemma, out var entry)
                || entry.Class is CueClass.AccordingTo || doc.UsedCues.Contains(doc.Tokens[c].Start) || IsInsideQuote(doc, c)
                || s.Relation is "amod" or "acl" or "compound" || IsNegatedInParse(doc, tree, c))
            {
                continue;
            }

            int subject = ParseSubject(tree, c);
            bool fronted = false;
            if (subject < 0)
            {
                subject = FrontedSpeaker(doc, tree, c);
                fronted = subject >= 0;
            }

            if (subject < 0 || IsInsideQuote(doc, subject) || IsNoOne(doc, tree, subject) || IsInDateline(doc, subject))
            {
                continue;
            }

            var cue = new Cue(s.Lemma, entry.Class, entry.Stance, 1);
            int quote = infinitivesOnly ? -1 : QuoteBefore(doc, Math.Min(c, tree.Left[subject]));
            if (quote >= 0 && !HasQuoteStatement(doc, quote))
            {
                // ""We think so," Smith said.": the quotation just before the speaker and the cue.
                if (TryParseSource(doc, tree, subject, entry.Class, out Source speaker))
                {
                    Add(doc, Make(doc, AttributionKind.Direct, speaker, c, cue, doc.Quotes[quote].Content, ParseRule));
                }

                continue;
            }

            if (!TryParseContent(doc, tree, c, entry.Class, out int first, out int last, out int cueWords, out bool infinitive)
                || (infinitivesOnly && !infinitive) || !TryParseSource(doc, tree, subject, entry.Class, out Source source))
            {
                continue;
            }

            if (subject >= first && subject <= last)
            {
                // "The attack ... was planned by X, a senior official who spoke on condition of anonymity said": the
                // parse hung the speaker inside the fronted clause; the content ends before it.
                if (!fronted || tree.Left[subject] - 1 <= first)
                {
                    continue;
                }

                last = tree.Left[subject] - 1;
            }

            if (infinitivesOnly && !EndsClause(doc, last))
            {
                continue; // the parse cut the infinitive short: the surface sieve bounds it
            }

            first = SkipLeading(doc, first, last + 1);
            last = TrimEnd(doc, first, last);
            if (last < first)
            {
                continue;
            }

            var content = new TextSpan(doc.Tokens[first].Start, doc.Tokens[last].End);
            AttributionKind kind = ContainsQuote(doc, content) ? AttributionKind.Mixed : AttributionKind.Indirect;
            int whole = WholeQuotation(doc, first, last);
            if (whole >= 0)
            {
                // "Jeffrey told reporters: "..."": the quotation is the content.
                if (HasQuoteStatement(doc, whole))
                {
                    continue;
                }

                kind = AttributionKind.Direct;
                content = doc.Quotes[whole].Content;
            }

            Add(doc, Make(doc, kind, source, c, cue with { Words = cueWords }, content, ParseRule));
            AddCoordinatedSpeakers(doc, tree, subject, source, entry.Class, kind, c, cue with { Words = cueWords }, content);
        }
    }

    /// <summary>
    /// "Obama and Clinton both said ...", "the coalition and Iraqi officials said ...": one statement per speaker
    /// (guidelines: two speakers for one statement give one attribution per pair), each conjunct of the subject a source.
    /// </summary>
    private void AddCoordinatedSpeakers(Doc doc, DependencyTree tree, int subject, Source first, CueClass cls, AttributionKind kind, int c, Cue cue, TextSpan content)
    {
        int n = 0;
        foreach (int k in tree.Children(subject))
        {
            if (k <= first.Last || tree.Syntax[k].Relation != "conj" || ++n > MaxCoordinated)
            {
                continue;
            }

            if (TryParseSource(doc, tree, k, cls, out Source other) && other.First > first.Last && (other.First != first.First || other.Last != first.Last))
            {
                Add(doc, Make(doc, kind, other, c, cue, content, ParseRule), coordinated: true);
            }
        }
    }

    /// <summary>The quotation whose closing mark stands just before token <paramref name="t"/> (a comma between), or -1.</summary>
    private static int QuoteBefore(Doc doc, int t)
    {
        int p = t - 1;
        if (p >= 0 && doc.Word(p) is ",")
        {
            p--;
        }

        if (p < 0 || doc.Tokens[p].Kind != TokenKind.Quote || !doc.Tokens[p].Has(TokenTraits.CloseQuote))
        {
            return -1;
        }

        int q = p > 0 ? QuoteContaining(doc, doc.Tokens[p - 1].Start) : -1;
        return q >= 0 && doc.Quotes[q].Span.End == doc.Tokens[p].End ? q : -1;
    }

    /// <summary>Whether a quote sieve already attributed quotation <paramref name="q"/>.</summary>
    private static bool HasQuoteStatement(Doc doc, int q)
    {
        TextSpan content = doc.Quotes[q].Content;
        int sentence = doc.SentenceAt[doc.TokenAtOffset(content.Start)];
        for (int s = sentence - 1; s <= sentence; s++)
        {
            if (!doc.BySentence.TryGetValue(s, out List<Attribution>? near))
            {
                continue;
            }

            for (int i = near.Count - 1; i >= 0 && i >= near.Count - MaxNearStatements; i--)
            {
                if (near[i].Content.Start <= content.Start && near[i].Content.End >= content.End)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="t"/> ends its sentence or stands before a comma, semicolon or colon.</summary>
    private static bool EndsClause(Doc doc, int t) =>
        t + 1 >= doc.Tokens.Length || doc.SentenceAt[t + 1] != doc.SentenceAt[t] || doc.Word(t + 1) is "," or ";" or ":" or "." or "!" or "?";

    /// <summary>"did not say", "never confirmed": withheld speech is no statement (guidelines).</summary>
    private static bool IsNegatedInParse(Doc doc, DependencyTree tree, int c)
    {
        foreach (int k in tree.Children(c))
        {
            if (tree.Syntax[k].Relation == "advmod" && doc.Word(k) is "not" or "n't" or "never" or "Not" or "Never")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quotation that tokens <paramref name="first"/>..<paramref name="last"/> are, or -1.</summary>
    private static int WholeQuotation(Doc doc, int first, int last)
    {
        int inside = doc.Tokens[first].Kind == TokenKind.Quote && first < last ? first + 1 : first;
        int q = QuoteContaining(doc, doc.Tokens[inside].Start);
        return q >= 0 && doc.Quotes[q].Span.Start <= doc.Tokens[first].Start && doc.Quotes[q].Span.End >= doc.Tokens[last].End ? q : -1;
    }
}
