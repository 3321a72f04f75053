using System.Collections.Immutable;

namespace NewsExtract;

/// <summary>Where a document's publication date came from.</summary>
public enum PublishedDateSource : byte
{
    /// <summary>No publication date is known.</summary>
    None,
    /// <summary>Given by the caller.</summary>
    Caller,
    /// <summary>Read from a dateline in the text.</summary>
    Dateline,
}

/// <summary>
/// An article and every annotation found in it. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <see cref="Text"/> is the article exactly as decoded and is never changed (CRLF stays CRLF). Every layer is an
/// immutable array in reading order of spans into <see cref="Text"/>.
/// </remarks>
public sealed class NewsDocument
{
    internal NewsDocument(string text)
    {
        Text = text;
    }

    /// <summary>Gets the document's identifier (a file name or path), or <see langword="null"/>.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the article text as decoded.</summary>
    public string Text { get; }

    /// <summary>Gets the publication date: the caller's, else the dateline's, else <see langword="null"/>.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Gets where <see cref="Published"/> came from.</summary>
    public PublishedDateSource PublishedSource { get; init; }

    /// <summary>Gets the tokens.</summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>Gets the sentences.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>Gets the paragraphs.</summary>
    public ImmutableArray<Paragraph> Paragraphs { get; init; } = [];

    /// <summary>Gets the zones (headline, body, bullets, captions, boilerplate…).</summary>
    public ImmutableArray<Zone> Zones { get; init; } = [];

    /// <summary>
    /// Gets the syntax of each token, aligned with <see cref="Tokens"/> (<c>Syntax[i]</c> is token i's part of speech,
    /// lemma, head and relation); empty unless <see cref="NewsExtractorOptions.Syntax"/> asked for it.
    /// </summary>
    public ImmutableArray<TokenSyntax> Syntax { get; init; } = [];

    /// <summary>Gets the quotations.</summary>
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    /// <summary>Gets the entity mentions (actors, places and nationality adjectives).</summary>
    public ImmutableArray<EntityMention> Entities { get; init; } = [];

    // Whether each layer is sorted by start (0 unknown, 1 sorted, 2 not): checked once, so that EntitiesIn and the
    // like binary-search instead of scanning the layer for every statement (issue 13: that scan made writing a 16 MB
    // document's JSON take minutes).
    private int _entitiesOrder;
    private int _quantitiesOrder;
    private int _datesOrder;

    /// <summary>Gets the counts.</summary>
    public ImmutableArray<Quantity> Quantities { get; init; } = [];

    /// <summary>Gets the dates.</summary>
    public ImmutableArray<DateMention> Dates { get; init; } = [];

    /// <summary>Gets the attributed statements.</summary>
    public ImmutableArray<Attribution> Attributions { get; init; } = [];

    /// <summary>Gets the event mentions (uses of force the text reports), in reading order of their triggers.</summary>
    public ImmutableArray<EventMention> Events { get; init; } = [];

    /// <summary>Gets one record per event identity, in order of first mention.</summary>
    public ImmutableArray<EventRecord> EventRecords { get; init; } = [];

    /// <summary>Returns the text of <paramref name="span"/>.</summary>
    /// <param name="span">A span of this document.</param>
    /// <returns>The substring the span covers.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span is not inside the text.</exception>
    public string GetText(TextSpan span) => span.GetText(Text);

    /// <summary>Returns the entity mentions that lie wholly inside <paramref name="span"/> (a statement's content, say).</summary>
    /// <param name="span">A span of this document.</param>
    /// <returns>The mentions, in reading order.</returns>
    public IEnumerable<EntityMention> EntitiesIn(TextSpan span) => SpanIndex.Within(Entities, span, static e => e.Span, ref _entitiesOrder);

    /// <summary>Returns the counts that lie wholly inside <paramref name="span"/>.</summary>
    /// <param name="span">A span of this document.</param>
    /// <returns>The counts, in reading order.</returns>
    public IEnumerable<Quantity> QuantitiesIn(TextSpan span) => SpanIndex.Within(Quantities, span, static q => q.Span, ref _quantitiesOrder);

    /// <summary>Returns the dates that lie wholly inside <paramref name="span"/>.</summary>
    /// <param name="span">A span of this document.</param>
    /// <returns>The dates, in reading order.</returns>
    public IEnumerable<DateMention> DatesIn(TextSpan span) => SpanIndex.Within(Dates, span, static d => d.Span, ref _datesOrder);

    /// <summary>Returns the zone kind at <paramref name="offset"/>; <see cref="ZoneKind.Body"/> outside every zone.</summary>
    /// <param name="offset">A UTF-16 offset into the text.</param>
    /// <returns>The zone kind.</returns>
    public ZoneKind ZoneAt(int offset) => ZoneLookup.At(Zones.AsSpan(), offset);
}

internal static class ZoneLookup
{
    public static ZoneKind At(ReadOnlySpan<Zone> zones, int offset)
    {
        int index = IndexAt(zones, offset);
        return index >= 0 ? zones[index].Kind : ZoneKind.Body;
    }

    /// <summary>The index of the zone holding <paramref name="offset"/>, or a negative number between zones.</summary>
    public static int IndexAt(ReadOnlySpan<Zone> zones, int offset)
    {
        int lo = 0, hi = zones.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            Zone z = zones[mid];
            if (offset < z.Span.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= z.Span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1 - lo;
    }
}

/// <summary>Finds the items of a layer that lie inside a span: a binary search when the layer is sorted by start.</summary>
internal static class SpanIndex
{
    public static IEnumerable<T> Within<T>(ImmutableArray<T> items, TextSpan span, Func<T, TextSpan> spanOf, ref int order)
    {
        if (order == 0)
        {
            order = IsSorted(items, spanOf) ? 1 : 2;
        }

        return order == 1 ? Sorted(items, span, spanOf) : items.Where(i => span.Contains(spanOf(i)));
    }

    private static bool IsSorted<T>(ImmutableArray<T> items, Func<T, TextSpan> spanOf)
    {
        for (int i = 1; i < items.Length; i++)
        {
            if (spanOf(items[i]).Start < spanOf(items[i - 1]).Start)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<T> Sorted<T>(ImmutableArray<T> items, TextSpan span, Func<T, TextSpan> spanOf)
    {
        // The first item starting at or after span.Start; only items starting before span.End can lie inside.
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (spanOf(items[mid]).Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < items.Length && spanOf(items[i]).Start < span.End; i++)
        {
            if (span.Contains(spanOf(items[i])))
            {
                yield return items[i];
            }
        }
    }
}
