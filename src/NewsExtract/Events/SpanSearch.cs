namespace NewsExtract.Events;

/// <summary>Binary searches over layers sorted by start, so that each lookup costs a logarithm, not a layer.</summary>
internal static class SpanSearch
{
    /// <summary>The index of the first item whose start is at or after <paramref name="offset"/>.</summary>
    public static int FirstAtOrAfter<T>(T[] items, int offset, Func<T, TextSpan> spanOf)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (spanOf(items[mid]).Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The items wholly inside <paramref name="span"/>, in order.</summary>
    public static IEnumerable<T> Within<T>(T[] items, TextSpan span, Func<T, TextSpan> spanOf)
    {
        for (int i = FirstAtOrAfter(items, span.Start, spanOf); i < items.Length && spanOf(items[i]).Start < span.End; i++)
        {
            if (span.Contains(spanOf(items[i])))
            {
                yield return items[i];
            }
        }
    }

    /// <summary>The token holding <paramref name="offset"/>, or -1.</summary>
    public static int TokenAt(Token[] tokens, int offset)
    {
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (offset < tokens[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= tokens[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
