namespace NewsExtract;

/// <summary>A Universal Dependencies part-of-speech tag (UPOS).</summary>
public enum UposTag : byte
{
    /// <summary>Other (X): a word that fits no other class.</summary>
    X,
    /// <summary>Adjective (ADJ).</summary>
    Adj,
    /// <summary>Adposition (ADP): "in", "of", "by".</summary>
    Adp,
    /// <summary>Adverb (ADV).</summary>
    Adv,
    /// <summary>Auxiliary (AUX): "was", "has", "will".</summary>
    Aux,
    /// <summary>Coordinating conjunction (CCONJ).</summary>
    CConj,
    /// <summary>Determiner (DET).</summary>
    Det,
    /// <summary>Interjection (INTJ).</summary>
    Intj,
    /// <summary>Noun (NOUN).</summary>
    Noun,
    /// <summary>Numeral (NUM).</summary>
    Num,
    /// <summary>Particle (PART): "to", "not", possessive "'s".</summary>
    Part,
    /// <summary>Pronoun (PRON).</summary>
    Pron,
    /// <summary>Proper noun (PROPN).</summary>
    Propn,
    /// <summary>Punctuation (PUNCT).</summary>
    Punct,
    /// <summary>Subordinating conjunction (SCONJ).</summary>
    SConj,
    /// <summary>Symbol (SYM).</summary>
    Sym,
    /// <summary>Verb (VERB).</summary>
    Verb,
}

/// <summary>Converts <see cref="UposTag"/> to and from the Universal Dependencies spelling.</summary>
public static class UposTagNames
{
    private static readonly string[] s_names =
        ["X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB"];

    /// <summary>Returns the UD spelling of a tag: <c>NOUN</c>, <c>PROPN</c>, ...</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The upper-case UD name.</returns>
    public static string ToUD(this UposTag tag) => (uint)tag < (uint)s_names.Length ? s_names[(int)tag] : "X";

    /// <summary>Parses a UD tag name; unknown names give <see cref="UposTag.X"/>.</summary>
    /// <param name="name">The upper-case UD name.</param>
    /// <returns>The tag.</returns>
    public static UposTag Parse(ReadOnlySpan<char> name)
    {
        for (int i = 0; i < s_names.Length; i++)
        {
            if (name.SequenceEqual(s_names[i]))
            {
                return (UposTag)i;
            }
        }

        return UposTag.X;
    }
}
