namespace NewsExtract;

/// <summary>
/// The syntax of one token: its part of speech (UPOS and Penn XPOS), lemma, morphological features and its
/// dependency: the index of its head token in <see cref="NewsDocument.Tokens"/> (-1 for the root of a sentence)
/// and the Universal Dependencies relation to it.
/// </summary>
/// <param name="Upos">The universal part of speech.</param>
/// <param name="Xpos">The Penn Treebank tag: <c>NN</c>, <c>VBD</c>, ...</param>
/// <param name="Lemma">The lemma: "said" gives "say", "were" gives "be".</param>
/// <param name="Features">UD morphological features, <c>|</c>-separated (<c>Tense=Past|VerbForm=Fin</c>), or <c>_</c>.</param>
/// <param name="Head">The index of the head token in the document, or -1 for a sentence root.</param>
/// <param name="Relation">The UD relation to the head, with its subtype: <c>nsubj</c>, <c>nsubj:pass</c>, <c>ccomp</c>, <c>root</c>.</param>
public readonly record struct TokenSyntax(UposTag Upos, string Xpos, string Lemma, string Features, int Head, string Relation)
{
    /// <summary>Gets whether the token is the root of its sentence.</summary>
    public bool IsRoot => Head < 0;

    /// <summary>Gets the relation without its subtype: <c>nsubj:pass</c> gives <c>nsubj</c>.</summary>
    public string UniversalRelation
    {
        get
        {
            int colon = Relation.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? Relation : Relation[..colon];
        }
    }
}
