using NewsExtract.Learning;

namespace NewsExtract.Events;

/// <summary>
/// The features of a candidate trigger token: its word, lemma, part of speech, relation, head, dependents and
/// neighbours, and the classes of force and weapon words around it. Hashed integers, written into a caller's buffer.
/// </summary>
internal static class TriggerFeatures
{
    /// <summary>Bumped whenever the features change: a model trained with other features will not load.</summary>
    public const int Version = 1;

    /// <summary>The most features one token gives.</summary>
    public const int Max = 64;

    private const int MaxChildren = 8;

    public static int Extract(EventInput d, DependencyIndex tree, EventLexicon lexicon, int t, int sentenceFirst, int sentenceEnd, bool otherForce, Span<uint> f)
    {
        int n = 0;
        string text = d.Text;
        TokenSyntax s = d.Syntax[t];
        EventWord w = lexicon.Lookup(d.Tokens[t].Slice(text));
        uint word = FeatureHash.OfLower(d.Tokens[t].Slice(text));
        uint lemma = FeatureHash.OfChars(s.Lemma ?? "");
        uint upos = (uint)s.Upos;
        uint rel = FeatureHash.OfChars(s.Relation ?? "");
        uint cls = (uint)w.Class;
        f[n++] = FeatureHash.Of(1, 0);
        f[n++] = FeatureHash.Of(2, word);
        f[n++] = FeatureHash.Of(3, lemma);
        f[n++] = FeatureHash.Of(4, upos);
        f[n++] = FeatureHash.Of(5, rel);
        f[n++] = FeatureHash.Of(6, lemma, upos);
        f[n++] = FeatureHash.Of(7, cls, upos, rel);
        f[n++] = FeatureHash.Of(8, FeatureHash.OfChars(s.Xpos ?? ""), cls);
        f[n++] = FeatureHash.Of(9, cls, otherForce ? 1u : 0u);
        f[n++] = FeatureHash.Of(10, lemma, otherForce ? 1u : 0u);
        f[n++] = FeatureHash.Of(11, d.Tokens[t].Has(TokenTraits.Capitalized) ? 1u : 0u, t == sentenceFirst ? 1u : 0u);
        f[n++] = FeatureHash.Of(12, FeatureHash.OfChars(s.Features ?? ""), cls);

        // Neighbours: words and their classes.
        for (int k = -2; k <= 2; k++)
        {
            if (k == 0)
            {
                continue;
            }

            int j = t + k;
            uint tmpl = (uint)(20 + k);
            if (j < sentenceFirst || j >= sentenceEnd)
            {
                f[n++] = FeatureHash.Of(tmpl, 0xFFFF);
                continue;
            }

            ReadOnlySpan<char> nw = d.Tokens[j].Slice(text);
            f[n++] = FeatureHash.Of(tmpl, FeatureHash.OfLower(nw));
            f[n++] = FeatureHash.Of(tmpl + 10, (uint)lexicon.Lookup(nw).Class, cls);
            if (k is -1 or 1)
            {
                f[n++] = FeatureHash.Of(tmpl + 20, (uint)d.Syntax[j].Upos, lemma);
            }
        }

        // The head: its lemma, part of speech and class, with this token's relation.
        int h = s.Head;
        if (h >= 0 && h < d.Tokens.Length)
        {
            TokenSyntax hs = d.Syntax[h];
            uint hl = FeatureHash.OfChars(hs.Lemma ?? "");
            f[n++] = FeatureHash.Of(40, hl);
            f[n++] = FeatureHash.Of(41, hl, rel);
            f[n++] = FeatureHash.Of(42, (uint)hs.Upos, rel, cls);
            f[n++] = FeatureHash.Of(43, (uint)lexicon.Lookup(d.Tokens[h].Slice(text)).Class, rel, cls);
        }
        else
        {
            f[n++] = FeatureHash.Of(40, 0xFFFF);
        }

        // Dependents: relation with lemma and with the word class (a weapon object, a negation, a modal, a determiner).
        int seen = 0;
        for (int c = tree.FirstChild(t); c >= 0 && seen < MaxChildren; c = tree.NextSibling(c), seen++)
        {
            TokenSyntax cs = d.Syntax[c];
            uint cr = FeatureHash.OfChars(cs.Relation ?? "");
            uint cl = FeatureHash.OfChars(cs.Lemma ?? "");
            f[n++] = FeatureHash.Of(50, cr, cl);
            f[n++] = FeatureHash.Of(51, cr, (uint)lexicon.Lookup(d.Tokens[c].Slice(text)).Class, cls);
            f[n++] = FeatureHash.Of(52, cr, lemma);
        }

        return n;
    }
}
