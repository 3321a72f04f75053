using NewsExtract.Syntax;

namespace NewsExtract.Training;

/// <summary>
/// The dynamic oracle of the arc-eager system (Goldberg and Nivre 2012): the cost of a transition is the number of
/// gold arcs it makes unreachable, for any configuration, so training can follow the model's own mistakes.
/// Gold trees must be projective (see <see cref="Projectivize"/>).
/// </summary>
internal static class ArcEagerOracle
{
    /// <param name="s">The configuration (the root at the end of the buffer, position n + 1).</param>
    /// <param name="gold">Gold head of each word, 1-based (gold[0] unused), 0 for the root.</param>
    /// <param name="t">The transition, which must be legal.</param>
    public static int Cost(ArcEagerState s, ReadOnlySpan<int> gold, Transition t)
    {
        int top = s.Top;
        int b = s.Front;
        int n = s.WordCount;
        int root = n + 1;
        ReadOnlySpan<int> stack = s.Stack;
        int cost = 0;
        switch (t)
        {
            case Transition.LeftArc:
                // top loses a gold head later in the buffer (the root included), and its gold dependents in the buffer.
                cost += Position(gold[top], root) > b ? 1 : 0;
                for (int k = b; k <= n; k++)
                {
                    cost += gold[k] == top ? 1 : 0;
                }

                return cost;
            case Transition.RightArc:
                // b loses a gold head elsewhere on the stack or later in the buffer, and its gold dependents on the stack.
                if (gold[b] != top)
                {
                    int head = Position(gold[b], root);
                    cost += head > b ? 1 : 0;
                    foreach (int k in stack)
                    {
                        cost += k != top && head == k ? 1 : 0;
                    }
                }

                foreach (int k in stack)
                {
                    cost += gold[k] == b && s.Heads[k] == ArcEagerState.None ? 1 : 0;
                }

                return cost;
            case Transition.Reduce:
                for (int k = b; k <= n; k++)
                {
                    cost += gold[k] == top ? 1 : 0;
                }

                return cost;
            default:
                // Shift: b loses a gold head on the stack and its gold dependents on the stack.
                foreach (int k in stack)
                {
                    cost += gold[b] == k ? 1 : 0;
                    cost += gold[k] == b && s.Heads[k] == ArcEagerState.None ? 1 : 0;
                }

                return cost;
        }
    }

    private static int Position(int head, int root) => head == 0 ? root : head;

    /// <summary>Lifts non-projective arcs (each dependent to its head's head) until the tree is projective.</summary>
    public static int[] Projectivize(IReadOnlyList<int> heads)
    {
        int n = heads.Count;
        int[] h = new int[n + 1];
        for (int i = 1; i <= n; i++)
        {
            h[i] = heads[i - 1];
        }

        for (int guard = 0; guard < n * n; guard++)
        {
            int worst = -1;
            int shortest = int.MaxValue;
            for (int d = 1; d <= n; d++)
            {
                if (h[d] > 0 && !IsProjective(h, d) && Math.Abs(h[d] - d) < shortest)
                {
                    shortest = Math.Abs(h[d] - d);
                    worst = d;
                }
            }

            if (worst < 0)
            {
                break;
            }

            h[worst] = h[h[worst]];
        }

        return h;
    }

    /// <summary>An arc is projective when its head dominates every word between it and its dependent.</summary>
    private static bool IsProjective(int[] h, int d)
    {
        int head = h[d];
        int lo = Math.Min(head, d), hi = Math.Max(head, d);
        for (int k = lo + 1; k < hi; k++)
        {
            int a = k;
            int steps = 0;
            while (a != head && a != 0 && steps++ < h.Length)
            {
                a = h[a];
            }

            if (a != head)
            {
                return false;
            }
        }

        return true;
    }
}
