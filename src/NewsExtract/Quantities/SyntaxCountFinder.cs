using NewsExtract.Lexicons;

namespace NewsExtract.Quantities;

/// <summary>The counted noun of a count: its last token, its lemma and what it counts.</summary>
internal readonly record struct CountedNoun(int Last, string Lemma, QuantityCategory Category);

/// <summary>
/// Finds what a number counts by reading the parse of its sentence (<see cref="TokenSyntax"/>): the noun the number
/// modifies (<c>nummod</c>: "three Americans", "one armed drone"), the noun after "of" in a partitive ("18 of the
/// rockets", "one of its commanders"), a pronoun there ("two of them"), and the people a bare number counts as the
/// object of "kill" or "wound" ("Rocket attack kills 1, wounds 5").
/// </summary>
/// <remarks>The category comes from the noun's lemma (<see cref="CountLemmas"/>). Every search looks a bounded number of
/// tokens ahead, so the cost per number is constant.</remarks>
internal sealed class SyntaxCountFinder
{
    /// <summary>The farthest the counted noun may stand from the number, in tokens.</summary>
    private const int MaxDistance = 7;

    private readonly CountLemmas _lemmas;
    private readonly CountNounFinder _words;
    private readonly QuantityLexicons _lexicons;

    public SyntaxCountFinder(CountLemmas lemmas, CountNounFinder words, QuantityLexicons lexicons)
    {
        _lemmas = lemmas;
        _words = words;
        _lexicons = lexicons;
    }

    /// <summary>Gets whether the sentence of token <paramref name="t"/> was parsed.</summary>
    public static bool IsParsed(TokenSyntax[] syntax, int t) => (uint)t < (uint)syntax.Length && syntax[t].Lemma is not null;

    /// <summary>Gets whether the number at <paramref name="first"/> follows a proper name and is part of it: "the Shahed 136
    /// drones", "Tower 22", "Resolution 2334".</summary>
    public bool IsPartOfName(string text, Token[] tokens, TokenSyntax[] syntax, int first) =>
        first > 0 && syntax[first - 1].Upos == UposTag.Propn && tokens[first - 1].Has(TokenTraits.Capitalized)
        && !_lemmas.IsDemonym(tokens[first - 1].Slice(text));

    /// <summary>The noun that a number in tokens <paramref name="first"/>..<paramref name="last"/> modifies, to its right.</summary>
    public bool TryModified(string text, Token[] tokens, TokenSyntax[] syntax, int first, int last, int sentenceEnd, out CountedNoun noun)
    {
        noun = default;
        int head = -1;
        for (int t = first; t <= last; t++)
        {
            int h = syntax[t].Head;
            if (h > last && syntax[t].UniversalRelation == "nummod")
            {
                head = Math.Max(head, h);
            }
        }

        // "a 360-degree review", "a ten-day period": the number belongs to the hyphenated modifier, not to the noun.
        if (last + 1 < sentenceEnd && tokens[last + 1].Slice(text) is "-")
        {
            return false;
        }


        if (head < 0)
        {
            // The parser did not attach the number to a noun ("If one American is killed" gives two subjects): the first
            // noun after adjectives and names, read from the tags.
            head = FirstNounByTags(text, tokens, syntax, last + 1, Math.Min(sentenceEnd, last + 1 + MaxDistance));
        }

        if (head < 0 || head > last + MaxDistance || head >= sentenceEnd || !Contiguous(text, tokens, last + 1, head))
        {
            return false;
        }

        return TryNoun(text, tokens, syntax, head, sentenceEnd, out noun);
    }

    /// <summary>The first noun (or demonym) in [<paramref name="from"/>, <paramref name="end"/>) after adjectives,
    /// capitalised modifiers and hyphens; -1 at any other word.</summary>
    private int FirstNounByTags(string text, Token[] tokens, TokenSyntax[] syntax, int from, int end)
    {
        for (int t = from; t < end; t++)
        {
            TokenSyntax s = syntax[t];
            if (s.Upos == UposTag.Noun || (s.Upos == UposTag.Propn && _lemmas.IsDemonym(tokens[t].Slice(text))))
            {
                return t;
            }

            bool modifier = s.Upos is UposTag.Adj || (s.Upos == UposTag.Propn && tokens[t].Has(TokenTraits.Capitalized))
                || (s.Upos == UposTag.Punct && tokens[t].Slice(text) is "-" && t > from);
            if (!modifier)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A partitive: "18 of the rockets", "one of the larger and more dangerous militias", "two of its fighters"; and
    /// "two of them", whose noun is <paramref name="antecedent"/> when the text counted something just before, else person.
    /// </summary>
    public bool TryPartitive(string text, Token[] tokens, TokenSyntax[] syntax, int last, int sentenceEnd, CountedNoun? antecedent, out CountedNoun noun)
    {
        noun = default;
        if (last + 2 >= sentenceEnd || !tokens[last + 1].Slice(text).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int end = Math.Min(sentenceEnd, last + 2 + MaxDistance);
        for (int t = last + 2; t < end; t++)
        {
            if (tokens[t].Has(TokenTraits.LineBreakBefore))
            {
                return false;
            }

            TokenSyntax s = syntax[t];
            if (s.Upos == UposTag.Pron && s.Xpos is not ("PRP$" or "WP$"))
            {
                // "two of them", "one of us"; "one of those who ..." and the like name no noun either.
                if (s.Xpos != "PRP" || t != last + 2)
                {
                    return false;
                }

                noun = antecedent is { } a ? a with { Last = t } : new CountedNoun(t, "person", QuantityCategory.People);
                return true;
            }

            if (s.Upos is UposTag.Noun or UposTag.Propn)
            {
                // "one of the world's largest bases": a possessor is not the counted noun.
                if (t + 1 < end && tokens[t + 1].Slice(text) is "'s" or "\u2019s")
                {
                    t++;
                    continue;
                }

                return TryNoun(text, tokens, syntax, t, sentenceEnd, out noun);
            }

            // Determiners, possessives, adjectives, adverbs, "and", hyphens and numbers may stand before the noun.
            if (s.Upos is not (UposTag.Det or UposTag.Pron or UposTag.Adj or UposTag.Adv or UposTag.CConj or UposTag.Num or UposTag.Verb)
                && !(s.Upos == UposTag.Punct && tokens[t].Slice(text) is "-"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A number with no noun, counting people as the object of "kill", "wound", "injure" (or their passive subject):
    /// "Rocket attack kills 1, wounds 5".
    /// </summary>
    public static bool TryVictims(TokenSyntax[] syntax, int first, int last, out QuantityCategory category)
    {
        category = QuantityCategory.Other;
        for (int t = first; t <= last; t++)
        {
            TokenSyntax s = syntax[t];
            if (s.Head < 0 || s.Head >= syntax.Length || s.UniversalRelation is not ("obj" or "nsubj" or "conj"))
            {
                continue;
            }

            if (s.UniversalRelation == "nsubj" && !s.Relation.EndsWith(":pass", StringComparison.Ordinal))
            {
                continue;
            }

            category = CountCategories.OfVerb(syntax[s.Head].Lemma);
            if (category != QuantityCategory.Other)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The counted noun at <paramref name="head"/>, extended to the head of a compound ("missile strikes").</summary>
    private bool TryNoun(string text, Token[] tokens, TokenSyntax[] syntax, int head, int sentenceEnd, out CountedNoun noun)
    {
        noun = default;
        // "two weapons depots": a noun that is a compound of a later noun is not the head.
        for (int steps = 0; steps < 3 && syntax[head].Relation == "compound"; steps++)
        {
            int next = syntax[head].Head;
            if (next <= head || next > head + 2 || next >= sentenceEnd || syntax[next].Upos is not (UposTag.Noun or UposTag.Propn))
            {
                break;
            }

            head = next;
        }

        TokenSyntax s = syntax[head];
        if (s.Upos is not (UposTag.Noun or UposTag.Propn) || tokens[head].Kind != TokenKind.Word || tokens[head].Length > 48)
        {
            return false;
        }

        Span<char> lower = stackalloc char[tokens[head].Length];
        AsciiCase.ToLowerInvariant(tokens[head].Slice(text), lower);
        bool demonym = _lemmas.IsDemonym(tokens[head].Slice(text));
        if (s.Upos == UposTag.Propn && !demonym && !_lemmas.IsListed(s.Lemma))
        {
            return false; // "three Hezbollah ...": a name, not a counted noun
        }

        string lemma = LemmaOf(lower, s);
        if (_words.IsUnit(lower) || _words.IsUnit(lemma))
        {
            return false; // "six weeks", "$5 million", "30 miles"
        }

        string? prev = head > 0 && syntax[head - 1].Relation == "compound" && syntax[head - 1].Head == head && syntax[head - 1].Lemma is { } p
            ? p.ToLowerInvariant() : null;
        QuantityCategory category = _lemmas.Category(lemma, prev, demonym, out string noun2);
        noun = new CountedNoun(head, noun2, category);
        return true;
    }

    /// <summary>
    /// The singular lowercase lemma of a counted noun: the listed form ("people" is person), else a plural (by its tag)
    /// made singular by rule ("bases" base, "servicemen" serviceman), else the learned lemma when it is listed, else the
    /// word. The rules come first because the treebank lemmas keep some plurals ("troops") and read "bases" as "basis".
    /// </summary>
    private string LemmaOf(ReadOnlySpan<char> lower, TokenSyntax s)
    {
        if (_lexicons.Nouns.TryGetValue(lower, out CountNoun listed))
        {
            return listed.Lemma;
        }

        if (s.Xpos is "NNS" or "NNPS" && lower.Length > 3 && lower[^1] == 's' || lower.EndsWith("men"))
        {
            return CountNounFinder.Singular(lower);
        }

        return _lemmas.IsListed(s.Lemma) ? s.Lemma.ToLowerInvariant() : lower.ToString();
    }

    /// <summary>No sentence punctuation (a hyphen is fine) and no line break between the number and its noun.</summary>
    private static bool Contiguous(string text, Token[] tokens, int from, int to)
    {
        for (int t = from; t <= to; t++)
        {
            if (tokens[t].Has(TokenTraits.LineBreakBefore) || (tokens[t].Kind == TokenKind.Punctuation && !(tokens[t].Slice(text) is "-")))
            {
                return false;
            }
        }

        return true;
    }
}
