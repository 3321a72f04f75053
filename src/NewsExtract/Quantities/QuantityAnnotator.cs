using NewsExtract.Lexicons;
using NewsExtract.Pipeline;
using NewsExtract.Syntax;

namespace NewsExtract.Quantities;

/// <summary>
/// Finds counts: a number, what it counts, and how it is qualified.
/// </summary>
/// <remarks>
/// Reads: tokens, sentences, and the parse when the pipeline computed one (<see cref="SyntaxLevel.Full"/>); otherwise it
/// parses the sentences <see cref="CountParseSelection"/> picks (those with a number that may be a count) through
/// <see cref="SyntaxOnDemand"/> (each sentence parsed once, whichever layer asks first). Writes: <see cref="AnnotationContext.Quantities"/>.
/// Found first, then resolved (as Recognizers-Text separates extractors and parsers):
/// <list type="number">
/// <item>Numbers (<see cref="NumberParser"/>): digits, words, scales, vague plurals with a floor ("dozens" 24,
/// "hundreds" 200, "thousands" 2,000), "half-a-dozen", ranges ("5,000 to 7,000", "between 5,000 and 7,000") and
/// "30-plus". Numbers that are no counts are dropped first (<see cref="CountExclusions"/>).</item>
/// <item>Qualifier: the longest phrase of <c>qualifiers.tsv</c> just before the number ("at least", "an estimated").</item>
/// <item>Counted noun, in order: "N times" (attacks, when the sentence speaks of them); "nine others" (the noun of the
/// count just before, else person); on the parse (<see cref="SyntaxCountFinder"/>), the noun after "of" in a partitive
/// or the noun the number modifies; then the word lists (<see cref="CountNounFinder"/>); then a bare number as the
/// object of "kill" or "wound".</item>
/// <item>Category: from the noun's lemma (<see cref="CountLemmas"/>), turned into Killed or Injured by "killed",
/// "dead", "wounded", "injured" next to it (<see cref="CountCategories"/>).</item>
/// </list>
/// </remarks>
internal sealed class QuantityAnnotator : IAnnotator
{
    private readonly QuantityLexicons _lexicons;
    private readonly NumberParser _numbers;
    private readonly CountExclusions _exclusions;
    private readonly CountNounFinder _nouns;
    private readonly CountLemmas _lemmas;
    private readonly SyntaxCountFinder _syntax;

    public QuantityAnnotator(QuantityLexicons lexicons, LexiconSet shared)
    {
        _lexicons = lexicons;
        _numbers = new NumberParser(lexicons);
        _exclusions = new CountExclusions(shared.DateWords);
        _nouns = new CountNounFinder(lexicons, shared.DateWords, shared.PartsOfSpeech);
        _lemmas = new CountLemmas(lexicons.Lemmas, shared.EntityLexicons.Demonyms);
        _syntax = new SyntaxCountFinder(_lemmas, _nouns, lexicons);
    }

    public string Name => "quantities";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Produces => Layers.Quantities;

    public void Annotate(AnnotationContext context, CancellationToken cancellationToken)
    {
        string text = context.Text;
        Token[] tokens = context.Tokens;
        TokenSyntax[] syntax = SyntaxOnDemand.Embedded.For(
            context, s => CountParseSelection.NeedsParse(text, tokens, s, _numbers, _exclusions), cancellationToken);
        var result = new List<Quantity>();
        int sentence = 0;
        int attacksSentence = -1;
        bool? speaksOfAttacks = null;
        Sentence[] sentences = context.Sentences;
        CountedNoun? antecedent = null;
        int antecedentSentence = -2;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (!_numbers.TryParse(text, tokens, t, out ParsedNumber number))
            {
                continue;
            }

            while (sentence + 1 < sentences.Length && sentences[sentence].EndToken <= t)
            {
                sentence++;
            }

            Sentence current = sentences.Length > 0 ? sentences[sentence] : default;
            if (attacksSentence != sentence)
            {
                // Whether the sentence speaks of attacks is read once per sentence, so many "N times" stay linear.
                attacksSentence = sentence;
                speaksOfAttacks = null;
            }

            int sentenceEnd = current.EndToken > number.Last ? current.EndToken : tokens.Length;

            // "nine others", "two of them" take the noun of a count in the same or the previous sentence.
            Quantity? quantity = TryCount(text, tokens, syntax, number, current, sentenceEnd, sentence - antecedentSentence <= 1 ? antecedent : null, ref speaksOfAttacks);
            if (quantity is not null)
            {
                result.Add(quantity);
                t = TokenAt(tokens, quantity.Span.End - 1);
                if (quantity.Noun is { } noun)
                {
                    antecedent = new CountedNoun(t, noun, _lemmas.Category(noun, null, false, out _));
                    antecedentSentence = sentence;
                }
            }
            else
            {
                t = number.Last;
            }
        }

        context.Quantities = [.. result];
    }

    private static int TokenAt(Token[] tokens, int offset)
    {
        int lo = 0, hi = tokens.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (tokens[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private Quantity? TryCount(string text, Token[] tokens, TokenSyntax[] syntax, ParsedNumber number, Sentence sentence, int sentenceEnd, CountedNoun? antecedent, ref bool? speaksOfAttacks)
    {
        if (_exclusions.IsExcluded(text, tokens, number))
        {
            return null;
        }

        int last = number.Last;
        double? max = null;
        QuantityQualifier qualifier = QuantityQualifier.Exact;
        int first = number.First;

        // Range: "5,000 to 7,000", "5,000-7,000", "between 5,000 and 7,000".
        if (last + 2 < tokens.Length)
        {
            ReadOnlySpan<char> link = tokens[last + 1].Slice(text);
            bool between = first > 0 && tokens[first - 1].Slice(text).Equals("between", StringComparison.OrdinalIgnoreCase);
            if ((link is "to" or "-" or "\u2013" or "\u2014" or "or" || (between && link is "and"))
                && _numbers.TryParse(text, tokens, last + 2, out ParsedNumber upper) && upper.Value > number.Value)
            {
                max = upper.Value;
                last = upper.Last;
                qualifier = QuantityQualifier.Range;
                if (between)
                {
                    first--;
                }
            }
        }

        // "30-plus"
        if (max is null && last + 2 < tokens.Length && tokens[last + 1].Slice(text) is "-" && tokens[last + 2].Slice(text).Equals("plus", StringComparison.OrdinalIgnoreCase))
        {
            qualifier = QuantityQualifier.Plus;
            last += 2;
        }

        // "a 14,000-strong deployment": a force of that many troops.
        if (last + 2 < tokens.Length && tokens[last + 1].Slice(text) is "-" && tokens[last + 2].Slice(text).Equals("strong", StringComparison.OrdinalIgnoreCase))
        {
            int head = last + 3 < tokens.Length && tokens[last + 3].Kind == TokenKind.Word ? last + 3 : last + 2;
            return Make(tokens, QualifierStart(text, tokens, first, ref qualifier), head, number.Value, max, qualifier, "troop", QuantityCategory.Personnel);
        }

        int nounStart = last + 1;
        int start = QualifierStart(text, tokens, first, ref qualifier);
        if (nounStart < tokens.Length && tokens[nounStart].Slice(text).Equals("times", StringComparison.OrdinalIgnoreCase))
        {
            // "at least 38 times" counts attacks when the sentence speaks of them, and nothing otherwise.
            speaksOfAttacks ??= CountCategories.SpeaksOfAttacks(text, tokens, sentence);
            return speaksOfAttacks.Value
                ? Make(tokens, start, nounStart, number.Value, max, qualifier, "attack", QuantityCategory.Attacks)
                : null;
        }

        // "nine others": the noun of the count just before, else people.
        if (nounStart < sentenceEnd && tokens[nounStart].Slice(text).Equals("others", StringComparison.OrdinalIgnoreCase))
        {
            CountedNoun others = antecedent is { } a ? a with { Last = nounStart } : new CountedNoun(nounStart, "person", QuantityCategory.People);
            return Make(tokens, start, others, number, max, qualifier, text);
        }

        // "Blast Kills 3, Wounds 7": a bare number after a form of "kill" or "wound" counts people; read from the words, as the
        // tagger takes the verbs of a title-case headline for names.
        if (start > 0 && !number.Vague && (nounStart >= sentenceEnd || tokens[nounStart].Kind is TokenKind.Punctuation || tokens[nounStart].Has(TokenTraits.LineBreakBefore))
            && CountCategories.OfVerbForm(tokens[start - 1].Slice(text)) is QuantityCategory.Killed or QuantityCategory.Injured)
        {
            return Make(tokens, start, last, number.Value, max, qualifier, "person", CountCategories.OfVerbForm(tokens[start - 1].Slice(text)));
        }

        if (SyntaxCountFinder.IsParsed(syntax, number.First))
        {
            if (_syntax.IsPartOfName(text, tokens, syntax, number.First))
            {
                return null;
            }

            if (_syntax.TryPartitive(text, tokens, syntax, last, sentenceEnd, antecedent, out CountedNoun part))
            {
                return Make(tokens, start, part, number, max, qualifier, text);
            }

            if (_syntax.TryModified(text, tokens, syntax, number.First, last, sentenceEnd, out CountedNoun modified))
            {
                return Make(tokens, start, modified, number, max, qualifier, text);
            }
        }

        if (number.Vague && nounStart + 1 < tokens.Length && tokens[nounStart].Slice(text) is "of")
        {
            nounStart++;
            if (nounStart < tokens.Length && tokens[nounStart].Slice(text) is "the")
            {
                return null;
            }
        }

        if (!_nouns.TryFindNoun(text, tokens, nounStart, out int nounEnd, out CountNoun noun))
        {
            // "two suspects", "20 tubes", "one reason": any other plain noun (singular only after "one").
            if (_nouns.TryFindPlainNoun(text, tokens, nounStart, number.Value == 1 && !number.Vague, out int plainEnd, out string? lemma))
            {
                return Make(tokens, start, plainEnd, number.Value, max, qualifier, lemma, QuantityCategory.Other);
            }

            if (number.Vague && number.First == number.Last && (nounStart >= tokens.Length || tokens[nounStart].Kind != TokenKind.Word || !char.IsLetter(text[tokens[nounStart].Start]) || _nouns.IsFunctionWord(text, tokens[nounStart])))
            {
                // "Thousands in Iraq called for …": a vague plural standing for people.
                return Make(tokens, start, number.Last, number.Value, max, qualifier, "person", QuantityCategory.People);
            }

            // "Rocket attack kills 1, wounds 5": a bare number as the object of "kill" or "wound" counts people.
            if (SyntaxCountFinder.IsParsed(syntax, number.First) && SyntaxCountFinder.TryVictims(syntax, number.First, last, out QuantityCategory victims))
            {
                return Make(tokens, start, last, number.Value, max, qualifier, "person", victims);
            }


            return null;
        }

        QuantityCategory category = CountCategories.AdjustCategory(text, tokens, number.First, nounEnd, noun.Category);
        return Make(tokens, start, nounEnd, number.Value, max, qualifier, noun.Lemma, category);
    }

    private static Quantity Make(Token[] tokens, int first, CountedNoun noun, ParsedNumber number, double? max, QuantityQualifier qualifier, string text) =>
        Make(tokens, first, noun.Last, number.Value, max, qualifier, noun.Lemma, CountCategories.AdjustCategory(text, tokens, number.First, noun.Last, noun.Category));

    private static Quantity Make(Token[] tokens, int first, int last, double value, double? max, QuantityQualifier qualifier, string noun, QuantityCategory category) =>
        new(new TextSpan(tokens[first].Start, tokens[last].End), value, max, qualifier, noun, category);

    /// <summary>Extends the start back over a qualifier phrase ("at least", "an estimated", "approximately").</summary>
    private int QualifierStart(string text, Token[] tokens, int first, ref QuantityQualifier qualifier)
    {
        Span<char> buffer = stackalloc char[64];
        for (int words = Math.Min(_lexicons.MaxQualifierWords, first); words >= 1; words--)
        {
            int length = LowerKey.Write(text, tokens, first - words, words, buffer);
            if (length > 0 && _lexicons.Qualifiers.TryGetValue(buffer[..length], out QuantityQualifier q))
            {
                if (qualifier == QuantityQualifier.Exact)
                {
                    qualifier = q;
                }

                return first - words;
            }
        }

        return first;
    }
}
