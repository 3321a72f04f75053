namespace NewsExtract.Events;

/// <summary>
/// The dependents of every token of a document, from the heads of <see cref="TokenSyntax"/>: a first-child and
/// next-sibling list in token order, built in one pass, so that every query costs the children it visits.
/// </summary>
internal sealed class DependencyIndex
{
    private readonly int[] _first;
    private readonly int[] _next;
    private readonly TokenSyntax[] _syntax;

    public DependencyIndex(TokenSyntax[] syntax)
    {
        _syntax = syntax;
        int n = syntax.Length;
        _first = new int[n];
        _next = new int[n];
        Array.Fill(_first, -1);
        Array.Fill(_next, -1);
        var last = new int[n];
        Array.Fill(last, -1);
        for (int i = 0; i < n; i++)
        {
            int h = syntax[i].Head;
            if (h < 0 || h >= n || h == i || syntax[i].Relation is not { Length: > 0 })
            {
                continue;
            }

            if (last[h] < 0)
            {
                _first[h] = i;
            }
            else
            {
                _next[last[h]] = i;
            }

            last[h] = i;
        }
    }

    public int FirstChild(int token) => _first[token];

    public int NextSibling(int token) => _next[token];

    /// <summary>The first dependent of <paramref name="token"/> with the relation (subtype included), or -1.</summary>
    public int Child(int token, string relation)
    {
        for (int c = _first[token]; c >= 0; c = _next[c])
        {
            if (_syntax[c].Relation == relation)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The first dependent whose relation starts with <paramref name="prefix"/> ("nsubj" finds "nsubj:pass"), or -1.</summary>
    public int ChildStartingWith(int token, string prefix)
    {
        for (int c = _first[token]; c >= 0; c = _next[c])
        {
            if (_syntax[c].Relation.StartsWith(prefix, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The case marker of a nominal ("on" in "on the base"), lower-cased lemma, or null.</summary>
    public string? CaseOf(int token)
    {
        for (int c = _first[token]; c >= 0; c = _next[c])
        {
            if (_syntax[c].Relation is "case")
            {
                return _syntax[c].Lemma;
            }
        }

        return null;
    }

    /// <summary>
    /// The phrase a nominal heads, as a token range: its dependents' ranges except relative clauses, appositions,
    /// parentheticals and its own case marker (span rules of EVENTS.md). Bounded by the sentence.
    /// </summary>
    public (int First, int Last) Phrase(int head, int sentenceFirst, int sentenceEnd)
    {
        int first = head, last = head, budget = 64;
        Extend(head, ref first, ref last, sentenceFirst, sentenceEnd, 0, ref budget);
        return (first, last);
    }

    private void Extend(int token, ref int first, ref int last, int lo, int hi, int depth, ref int budget)
    {
        if (depth > 12 || --budget < 0)
        {
            return;
        }

        for (int c = _first[token]; c >= 0 && budget >= 0; c = _next[c])
        {
            string r = _syntax[c].Relation;
            if (c < lo || c >= hi || r is "acl" or "acl:relcl" or "appos" or "punct" or "parataxis" or "dep" or "advcl" or "cc:preconj"
                || (depth == 0 && r is "case"))
            {
                continue;
            }

            // "two commanders in Baghdad": a place or time phrase after the head is its own role, not part of this one.
            if (depth == 0 && c > token && r.StartsWith("nmod", StringComparison.Ordinal) && CaseOf(c) is "in" or "at" or "near" or "on" or "inside" or "outside" or "during")
            {
                continue;
            }

            first = Math.Min(first, c);
            last = Math.Max(last, c);
            Extend(c, ref first, ref last, lo, hi, depth + 1, ref budget);
        }
    }
}
