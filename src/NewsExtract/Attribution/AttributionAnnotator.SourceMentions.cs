using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>Source mentions: a name, pronoun or description starting at a token, and its kind.</summary>
internal sealed partial class AttributionAnnotator
{
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

            // "Iraq's Security Media Cell": a name that owns another name; the owned one speaks.
            if (last + 2 < doc.Tokens.Length && doc.Tokens[last + 1].Kind == TokenKind.Clitic && doc.EntityAt[last + 2] >= 0 && doc.EntityAt[last + 2] != e
                && doc.Entities[doc.EntityAt[last + 2]].Span.Start == doc.Tokens[last + 2].Start && doc.Word(last + 1) is "'s" or "\u2019s")
            {
                return TrySourceAt(doc, last + 2, out source);
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
}
