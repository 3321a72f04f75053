using System.Globalization;
using System.Text;

namespace NewsExtract;

/// <summary>
/// Renders a <see cref="NewsDocument"/> as one standalone HTML page: the article with its entities highlighted by type,
/// its counts and dates marked with their values, zones labelled, and every attributed statement linked to its source
/// and cue; an index of entities and the statements grouped by source (<see cref="ArticleSections"/>). Hovering or
/// clicking a statement's content or source (or a row of the side table of statements) highlights the content,
/// source and cue together. Type, kind and stance names are words (<see cref="HumanNames"/>).
/// </summary>
/// <remarks>
/// <para>
/// The page needs nothing outside itself: one inline style sheet, one small inline script and no URL, so it can be
/// opened from disk or mailed. Every string that comes from the article or from the annotations (text, id, names, keys,
/// descriptions, lemmas) is HTML-escaped, so an article holding <c>&lt;script&gt;</c> shows it as text.
/// </para>
/// <para>
/// The article is written in one element with <c>white-space: pre-wrap</c>, so line breaks and paragraphs show as in
/// the text, and stripping the tags and unescaping gives <see cref="NewsDocument.Text"/> back. Spans may overlap and
/// cross (an entity inside a statement's content, two statements sharing text): the text is cut at every span
/// boundary and each piece is wrapped in properly nested elements, so the output is always well-formed (it parses as
/// XML too). Characters that HTML cannot carry are shown as stand-ins: C0 control characters other than tab, line feed
/// and carriage return as their Control Pictures (U+2400 block), unpaired surrogates and U+FFFE/U+FFFF as U+FFFD.
/// </para>
/// <para>The output is deterministic (no time stamp, invariant culture, <c>\n</c> line ends) and can be diffed.</para>
/// </remarks>
public static class NewsDocumentHtml
{
    private static readonly EntityType[] s_entityTypes = Enum.GetValues<EntityType>();

    /// <summary>Renders a document as a standalone HTML page.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">Rendering options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The page, a complete HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static string Render(NewsDocument document, HtmlRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var writer = new StringWriter(new StringBuilder(document.Text.Length * 3 + 8192), CultureInfo.InvariantCulture);
        Write(document, writer, options);
        return writer.ToString();
    }

    /// <summary>Writes a document as a standalone HTML page.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write the page; give it UTF-8 encoding when it writes bytes (the page declares UTF-8).</param>
    /// <param name="options">Rendering options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The writer fails.</exception>
    /// <exception cref="ObjectDisposedException">The writer is closed.</exception>
    public static void Write(NewsDocument document, TextWriter writer, HtmlRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        string title = TitleOf(document, options);

        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>");
        WriteEscaped(writer, title);
        writer.Write("</title>\n<style>");
        writer.Write(NewsDocumentHtmlAssets.Css);
        writer.Write("</style>\n</head>\n<body>\n");
        WriteHeader(writer, document, title);
        WriteLegend(writer, document);
        writer.Write("<div class=\"layout\">\n<main class=\"text\">\n<article id=\"article\" class=\"article\" dir=\"auto\">");
        WriteArticle(writer, document);
        writer.Write("</article>\n");
        ArticleEvents.Write(writer, document);
        ArticleSections.WriteEntityIndex(writer, document);
        writer.Write("</main>\n<aside class=\"side\">\n");
        ArticleSections.WriteStatements(writer, document);
        writer.Write("</aside>\n</div>\n<script>");
        writer.Write(NewsDocumentHtmlAssets.Script);
        writer.Write("</script>\n</body>\n</html>\n");
    }

    /// <summary>The page title: the option, else the headline, else the id, else "Article".</summary>
    internal static string TitleOf(NewsDocument document, HtmlRenderOptions? options)
    {
        if (options?.Title is string title)
        {
            return title;
        }

        foreach (Zone zone in document.Zones)
        {
            if (zone.Kind == ZoneKind.Headline && HtmlText.OneLine(document.GetText(zone.Span), 200) is { Length: > 0 } headline)
            {
                return headline;
            }
        }

        return document.Id ?? "Article";
    }

    private static void WriteHeader(TextWriter writer, NewsDocument document, string title)
    {
        writer.Write("<header class=\"head\">\n<h1 dir=\"auto\">");
        WriteEscaped(writer, title);
        writer.Write("</h1>\n<p class=\"meta\">");
        writer.Write("<span>file <b><bdi>");
        WriteEscaped(writer, document.Id ?? "(none)");
        writer.Write("</bdi></b></span> <span>published <b>");
        if (document.Published is DateOnly published)
        {
            writer.Write(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.Write("</b>");
            writer.Write(document.PublishedSource == PublishedDateSource.Dateline ? " (from the dateline)" : " (given)");
        }
        else
        {
            writer.Write("unknown</b>");
        }

        writer.Write("</span>");
        foreach (Zone zone in document.Zones)
        {
            if (zone.Kind == ZoneKind.Dateline)
            {
                writer.Write(" <span>dateline <b><bdi>");
                WriteEscaped(writer, HtmlText.OneLine(document.GetText(zone.Span), 120));
                writer.Write("</bdi></b></span>");
                break;
            }
        }

        int distinct = document.Entities.Select(e => e.Key).Distinct(StringComparer.Ordinal).Count();
        WriteCount(writer, document.Entities.Length, "entity mentions", $" of <b>{Number(distinct)}</b> entities");
        WriteCount(writer, document.Quantities.Length, "counts", string.Empty);
        WriteCount(writer, document.Dates.Length, "dates", string.Empty);
        WriteCount(writer, document.Attributions.Length, "statements", string.Empty);
        WriteCount(writer, document.Paragraphs.Length, "paragraphs", string.Empty);
        writer.Write("</p>\n</header>\n");
    }

    private static void WriteCount(TextWriter writer, int count, string what, string rest)
    {
        writer.Write(" <span><b>");
        writer.Write(Number(count));
        writer.Write("</b> ");
        writer.Write(what);
        writer.Write(rest);
        writer.Write("</span>");
    }

    private static void WriteLegend(TextWriter writer, NewsDocument document)
    {
        writer.Write("<nav class=\"legend\" aria-label=\"Legend\">\n<div><span class=\"lg-title\">Entities</span>");
        foreach (EntityType type in s_entityTypes)
        {
            int count = document.Entities.Count(e => e.Type == type);
            writer.Write(" <span class=\"lg-item ent ent-");
            writer.Write(type.ToString());
            writer.Write(count == 0 ? " lg-none\">" : "\">");
            writer.Write(HumanNames.Capitalized(type.ToString()));
            writer.Write(" <small>");
            writer.Write(Number(count));
            writer.Write("</small></span>");
        }

        writer.Write("</div>\n<div><span class=\"lg-title\">Marks</span> <span class=\"lg-item qty\">count</span> <span class=\"lg-item date\">date</span>");
        writer.Write(" <span class=\"lg-item st\">statement</span> <span class=\"lg-item src\">source</span> <span class=\"lg-item cue\">cue</span>");
        writer.Write(" <span class=\"lg-item zone-Headline-key\">headline</span> <span class=\"lg-item zone-Caption-key\">caption</span> <span class=\"lg-item zone-Boilerplate-key\">boilerplate</span>");
        writer.Write(" <span class=\"lg-hint\">Counts and dates show their value after them; hover over an entity for its canonical name and key; hover or click a statement, a source or a row of the table to link them.</span></div>\n</nav>\n");
    }

    private enum Layer : byte
    {
        // Outermost first: the order in which nested elements are opened.
        Zone,
        Statement,
        Source,
        Cue,
        Quantity,
        Date,
        Entity,
        Event,
    }

    private readonly record struct Mark(int Start, int End, Layer Layer, int Index);

    /// <summary>One element to open over a piece of text: a layer and the items of that layer that cover the piece.</summary>
    private sealed class Element(Layer layer, int[] indices) : IEquatable<Element>
    {
        public Layer Layer { get; } = layer;

        public int[] Indices { get; } = indices;

        public bool Equals(Element? other) => other is not null && Layer == other.Layer && Indices.AsSpan().SequenceEqual(other.Indices);

        public override bool Equals(object? obj) => Equals(obj as Element);

        public override int GetHashCode() => HashCode.Combine(Layer, Indices.Length);
    }

    private static List<Mark> CollectMarks(NewsDocument document)
    {
        string text = document.Text;
        var marks = new List<Mark>();
        void Add(TextSpan span, Layer layer, int index)
        {
            int start = Snap(text, span.Start);
            int end = Snap(text, span.End);
            if (start < end)
            {
                marks.Add(new Mark(start, end, layer, index));
            }
        }

        for (int i = 0; i < document.Zones.Length; i++)
        {
            // Body is the default look; only the other zones (headline, caption, boilerplate...) are styled.
            if (document.Zones[i].Kind != ZoneKind.Body)
            {
                Add(document.Zones[i].Span, Layer.Zone, i);
            }
        }

        for (int i = 0; i < document.Attributions.Length; i++)
        {
            Attribution a = document.Attributions[i];
            Add(a.Content, Layer.Statement, i);
            if (a.Source is StatementSource source)
            {
                Add(source.Span, Layer.Source, i);
            }

            if (a.Cue is TextSpan cue)
            {
                Add(cue, Layer.Cue, i);
            }
        }

        for (int i = 0; i < document.Quantities.Length; i++)
        {
            Add(document.Quantities[i].Span, Layer.Quantity, i);
        }

        for (int i = 0; i < document.Dates.Length; i++)
        {
            Add(document.Dates[i].Span, Layer.Date, i);
        }

        for (int i = 0; i < document.Entities.Length; i++)
        {
            Add(document.Entities[i].Span, Layer.Entity, i);
        }

        for (int i = 0; i < document.Events.Length; i++)
        {
            Add(document.Events[i].Trigger, Layer.Event, i);
        }

        marks.Sort((x, y) => x.Start.CompareTo(y.Start));
        return marks;
    }

    /// <summary>Clamps an offset into the text and moves it off the middle of a surrogate pair.</summary>
    private static int Snap(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        if (offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1]))
        {
            offset--;
        }

        return offset;
    }

    /// <summary>
    /// Writes the text cut at every span boundary. For each piece, the elements wanted (outermost layer first) are
    /// compared with the elements open: the open ones past the common prefix are closed and the missing ones opened,
    /// so crossing spans are split into nested pieces and the markup stays balanced.
    /// </summary>
    private static void WriteArticle(TextWriter writer, NewsDocument document)
    {
        string text = document.Text;
        List<Mark> marks = CollectMarks(document);
        var bounds = new List<int>(marks.Count * 2 + 2) { 0, text.Length };
        foreach (Mark mark in marks)
        {
            bounds.Add(mark.Start);
            bounds.Add(mark.End);
        }

        bounds.Sort();
        var active = new List<Mark>();
        var open = new List<Element>();
        int next = 0;
        for (int b = 0; b + 1 < bounds.Count; b++)
        {
            int start = bounds[b], end = bounds[b + 1];
            if (start == end)
            {
                continue;
            }

            active.RemoveAll(m => m.End <= start);
            while (next < marks.Count && marks[next].Start <= start)
            {
                active.Add(marks[next]);
                next++;
            }

            List<Element> wanted = Wanted(active);
            int common = 0;
            while (common < open.Count && common < wanted.Count && open[common].Equals(wanted[common]))
            {
                common++;
            }

            for (int k = open.Count - 1; k >= common; k--)
            {
                writer.Write("</span>");
            }

            open.RemoveRange(common, open.Count - common);
            for (int k = common; k < wanted.Count; k++)
            {
                WriteStartTag(writer, document, wanted[k]);
                open.Add(wanted[k]);
            }

            WriteEscaped(writer, text, start, end);
        }

        for (int k = open.Count - 1; k >= 0; k--)
        {
            writer.Write("</span>");
        }
    }

    private static List<Element> Wanted(List<Mark> active)
    {
        var sorted = active.ToArray();
        Array.Sort(sorted, (x, y) => x.Layer != y.Layer ? x.Layer.CompareTo(y.Layer) : x.Index.CompareTo(y.Index));
        var wanted = new List<Element>();
        int i = 0;
        while (i < sorted.Length)
        {
            int j = i;
            while (j < sorted.Length && sorted[j].Layer == sorted[i].Layer)
            {
                j++;
            }

            int[] indices = new int[j - i];
            for (int k = i; k < j; k++)
            {
                indices[k - i] = sorted[k].Index;
            }

            wanted.Add(new Element(sorted[i].Layer, indices));
            i = j;
        }

        return wanted;
    }

    private static void WriteStartTag(TextWriter writer, NewsDocument document, Element element)
    {
        int first = element.Indices[0];
        switch (element.Layer)
        {
            case Layer.Zone:
                writer.Write("<span class=\"zone zone-");
                writer.Write(document.Zones[first].Kind.ToString());
                writer.Write("\" data-zone=\"");
                writer.Write(HumanNames.Of(document.Zones[first].Kind));
                writer.Write("\">");
                break;
            case Layer.Statement:
                writer.Write("<span class=\"st\" data-st=\"");
                WriteIndices(writer, element.Indices);
                writer.Write("\">");
                break;
            case Layer.Source:
                writer.Write("<span class=\"src\" data-src=\"");
                WriteIndices(writer, element.Indices);
                writer.Write("\" title=\"");
                WriteEscaped(writer, string.Join(" | ", element.Indices.Select(i => SourceTitle(i, document.Attributions[i].Source!))));
                writer.Write("\">");
                break;
            case Layer.Cue:
                writer.Write("<span class=\"cue\" data-cue=\"");
                WriteIndices(writer, element.Indices);
                writer.Write("\" title=\"");
                WriteEscaped(writer, string.Join(" | ", element.Indices.Select(i => "Cue of statement " + Number(i + 1) + " \u2014 " + (document.Attributions[i].CueLemma ?? "?"))));
                writer.Write("\">");
                break;
            case Layer.Quantity:
                writer.Write("<span class=\"qty\" data-v=\"");
                WriteEscaped(writer, string.Join("; ", element.Indices.Select(i => QuantityValue(document.Quantities[i]))));
                writer.Write("\" title=\"");
                WriteEscaped(writer, string.Join(" | ", element.Indices.Select(i => QuantityTitle(document.Quantities[i]))));
                writer.Write("\">");
                break;
            case Layer.Date:
                writer.Write("<span class=\"date\" data-v=\"");
                WriteEscaped(writer, string.Join("; ", element.Indices.Select(i => document.Dates[i].Value ?? "?")));
                writer.Write("\" title=\"");
                WriteEscaped(writer, string.Join(" | ", element.Indices.Select(i => DateTitle(document.Dates[i]))));
                writer.Write("\">");
                break;
            case Layer.Event:
                writer.Write("<span class=\"ev\" data-ev=\"");
                WriteEscaped(writer, document.Events[first].Event);
                writer.Write("\" title=\"");
                WriteEscaped(writer, string.Join(" | ", element.Indices.Select(i => ArticleEvents.TriggerTitle(document, document.Events[i]))));
                writer.Write("\">");
                break;
            default:
                writer.Write("<span class=\"ent ent-");
                writer.Write(document.Entities[first].Type.ToString());
                writer.Write("\" title=\"");
                WriteEscaped(writer, string.Join(" | ", element.Indices.Select(i => EntityTitle(document.Entities[i]))));
                writer.Write("\">");
                break;
        }
    }

    private static void WriteIndices(TextWriter writer, int[] indices)
    {
        for (int i = 0; i < indices.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(' ');
            }

            writer.Write(Number(indices[i]));
        }
    }

    /// <summary>The tooltip of an entity: canonical name, key and type.</summary>
    internal static string EntityTitle(EntityMention entity) => entity.Name + " \u2014 " + entity.Key + " \u2014 " + HumanNames.Capitalized(entity.Type.ToString());

    private static string SourceTitle(int index, StatementSource source)
    {
        var title = new StringBuilder("Source of statement ").Append(Number(index + 1)).Append(" \u2014 ").Append(HumanNames.Of(source.Kind)).Append(" source");
        if (source.Key is not null)
        {
            title.Append(" \u2014 ").Append(source.Key);
        }

        if (source.Description is not null)
        {
            title.Append(" \u2014 ").Append(source.Description);
        }

        return title.ToString();
    }

    private static string QuantityTitle(Quantity quantity)
    {
        string number = Number(quantity.Value) + (quantity.Max is double max ? "\u2013" + Number(max) : string.Empty);
        return "Count: " + number + " " + (quantity.Noun ?? "(no noun)") + " \u2014 " + HumanNames.Of(quantity.Qualifier) + " \u2014 " + HumanNames.Of(quantity.Category);
    }

    /// <summary>The value shown after a count in the text: "38 attack", "3\u20135 rocket".</summary>
    internal static string QuantityValue(Quantity quantity)
    {
        string number = Number(quantity.Value) + (quantity.Max is double max ? "\u2013" + Number(max) : string.Empty);
        if (quantity.Qualifier == QuantityQualifier.Plus)
        {
            number += "+";
        }

        string qualifier = quantity.Qualifier is QuantityQualifier.Exact or QuantityQualifier.Range or QuantityQualifier.Plus ? string.Empty : HumanNames.Of(quantity.Qualifier) + " ";
        return qualifier + number + (quantity.Noun is null ? string.Empty : " " + quantity.Noun);
    }

    private static string DateTitle(DateMention date) =>
        "Date: " + (date.Value ?? "unresolved") + " \u2014 " + HumanNames.Of(date.Granularity) + (date.Relative ? " \u2014 resolved against the publication date" : string.Empty);

    private static string Number(int value) => HtmlText.Number(value);

    private static string Number(double value) => HtmlText.Number(value);

    private static void WriteEscaped(TextWriter writer, string value) => HtmlText.Write(writer, value, 0, value.Length);

    private static void WriteEscaped(TextWriter writer, string value, int start, int end) => HtmlText.Write(writer, value, start, end);
}
