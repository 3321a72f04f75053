using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>Lookups in the document's layers: the first quotation or entity from an offset, the quotation holding a token.</summary>
internal sealed partial class AttributionAnnotator
{
    /// <summary>Index of the first quotation starting at or after <paramref name="offset"/> (quotations are sorted).</summary>
    private static int FirstQuoteFrom(Doc doc, int offset) => FirstFrom(doc.Quotes, offset, static q => q.Span.Start);

    private static int FirstEntityFrom(Doc doc, int offset) => FirstFrom(doc.Entities, offset, static e => e.Span.Start);

    /// <summary>Binary search in a layer sorted by start: the first item starting at or after <paramref name="offset"/>.</summary>
    private static int FirstFrom<T>(T[] items, int offset, Func<T, int> start)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (start(items[mid]) < offset)
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

    private static bool IsInsideQuote(Doc doc, int t) => QuoteContaining(doc, doc.Tokens[t].Start) >= 0;

    /// <summary>The latest-starting quotation whose content holds <paramref name="offset"/>, or -1.</summary>
    private static int QuoteContaining(Doc doc, int offset)
    {
        // Quotations do not nest deeply: the few that start before the offset are enough to look at.
        int first = FirstQuoteFrom(doc, offset);
        for (int q = first - 1; q >= 0 && q >= first - 4; q--)
        {
            if (doc.Quotes[q].Content.Contains(offset))
            {
                return q;
            }
        }

        return -1;
    }
}
