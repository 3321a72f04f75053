using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>Source phrases: a source mention ending at a token, with its modifiers.</summary>
internal sealed partial class AttributionAnnotator
{
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
}
