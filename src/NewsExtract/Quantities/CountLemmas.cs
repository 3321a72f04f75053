using NewsExtract.Lexicons;

namespace NewsExtract.Quantities;

/// <summary>
/// What a counted noun counts, from its lemma: the rows of <c>countlemmas.tsv</c>, a two-word lemma with its compound
/// modifier ("service member"), the longest listed ending of an unlisted lemma ("serviceman" as "man", "airstrike" as
/// "strike"), People for a demonym ("Americans"), else Other.
/// </summary>
internal sealed class CountLemmas
{
    /// <summary>The shortest ending that may stand for a whole lemma: "man" yes, "ad" no.</summary>
    private const int MinEnding = 3;

    private readonly SpanMap<QuantityCategory> _lemmas;
    private readonly SpanMap<string> _demonyms;

    public CountLemmas(SpanMap<QuantityCategory> lemmas, SpanMap<string> demonyms)
    {
        _lemmas = lemmas;
        _demonyms = demonyms;
    }

    /// <summary>Gets whether a word as written is a demonym ("Americans", "Iraqi").</summary>
    public bool IsDemonym(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > 48 || !char.IsUpper(word[0]))
        {
            return false;
        }

        // The demonym map holds normalized (lowercase) keys.
        Span<char> lower = stackalloc char[word.Length];
        AsciiCase.ToLowerInvariant(word, lower);
        return _demonyms.ContainsKey(lower);
    }

    /// <summary>Gets whether a lemma (any case) is listed.</summary>
    public bool IsListed(string? lemma)
    {
        if (lemma is null || lemma.Length > 48)
        {
            return false;
        }

        Span<char> lower = stackalloc char[lemma.Length];
        lemma.AsSpan().ToLowerInvariant(lower);
        return _lemmas.ContainsKey(lower);
    }

    /// <summary>The category of <paramref name="lemma"/> (lowercase); <paramref name="noun"/> is the lemma to report,
    /// two words when the compound modifier <paramref name="modifier"/> and the lemma are listed together.</summary>
    public QuantityCategory Category(string lemma, string? modifier, bool demonym, out string noun)
    {
        noun = lemma;
        if (modifier is not null && modifier.Length + lemma.Length < 64)
        {
            Span<char> pair = stackalloc char[modifier.Length + 1 + lemma.Length];
            modifier.AsSpan().CopyTo(pair);
            pair[modifier.Length] = ' ';
            lemma.AsSpan().CopyTo(pair[(modifier.Length + 1)..]);
            if (_lemmas.TryGetValue(pair, out QuantityCategory both))
            {
                noun = pair.ToString();
                return both;
            }
        }

        if (_lemmas.TryGetValue(lemma, out QuantityCategory category))
        {
            return category;
        }

        if (demonym)
        {
            return QuantityCategory.People;
        }

        for (int start = 1; start + MinEnding <= lemma.Length; start++)
        {
            if (_lemmas.TryGetValue(lemma.AsSpan(start), out QuantityCategory ending))
            {
                return ending;
            }
        }

        return QuantityCategory.Other;
    }
}
