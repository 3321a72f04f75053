namespace NewsExtract.Attributions;

/// <summary>
/// Children and subtree bounds of a parse over the whole document, built once in linear time: each token's children
/// in order, and the first and last token of its subtree. Tokens without a parse (a null lemma) have no children.
/// </summary>
internal sealed class DependencyTree
{
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;

    public DependencyTree(TokenSyntax[] syntax)
    {
        Syntax = syntax;
        int n = syntax.Length;
        _firstChild = new int[n];
        _nextSibling = new int[n];
        Left = new int[n];
        Right = new int[n];
        Array.Fill(_firstChild, -1);
        Array.Fill(_nextSibling, -1);
        for (int t = 0; t < n; t++)
        {
            Left[t] = t;
            Right[t] = t;
        }

        for (int t = n - 1; t >= 0; t--)
        {
            int h = syntax[t].Head;
            if (syntax[t].Lemma is not null && h >= 0 && h < n && h != t)
            {
                _nextSibling[t] = _firstChild[h];
                _firstChild[h] = t;
            }
        }

        // Subtree bounds: push each token's bounds up its chain of heads. A parsed sentence has at most
        // StatementParses.MaxParsedWords tokens, the walk is bounded and the pass linear in the
        // document; the bound also guards a cycle.
        for (int t = 0; t < n; t++)
        {
            if (syntax[t].Lemma is null)
            {
                continue;
            }

            int h = syntax[t].Head;
            for (int steps = 0; h >= 0 && h < n && steps < StatementParses.MaxParsedWords; steps++)
            {
                Left[h] = Math.Min(Left[h], t);
                Right[h] = Math.Max(Right[h], t);
                h = syntax[h].Head;
            }
        }
    }

    public TokenSyntax[] Syntax { get; }

    /// <summary>The first token of each token's subtree.</summary>
    public int[] Left { get; }

    /// <summary>The last token of each token's subtree.</summary>
    public int[] Right { get; }

    public bool IsParsed(int t) => Syntax[t].Lemma is not null;

    /// <summary>The first child of <paramref name="head"/> with the relation <paramref name="relation"/>, or -1.</summary>
    public int Child(int head, string relation)
    {
        for (int c = _firstChild[head]; c >= 0; c = _nextSibling[c])
        {
            if (Syntax[c].Relation == relation)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The first child of <paramref name="head"/> whose relation starts with <paramref name="prefix"/>, or -1.</summary>
    public int ChildStartingWith(int head, string prefix)
    {
        for (int c = _firstChild[head]; c >= 0; c = _nextSibling[c])
        {
            if (Syntax[c].Relation.StartsWith(prefix, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The children of <paramref name="head"/>, in order.</summary>
    public ChildEnumerator Children(int head) => new(this, _firstChild[head]);

    public struct ChildEnumerator(DependencyTree tree, int first)
    {
        private int _next = first;

        public int Current { get; private set; } = -1;

        public readonly ChildEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next < 0)
            {
                return false;
            }

            Current = _next;
            _next = tree._nextSibling[_next];
            return true;
        }
    }
}
