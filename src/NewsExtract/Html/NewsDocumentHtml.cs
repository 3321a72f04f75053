using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsExtract;

/// <summary>
/// Renders a <see cref="NewsDocument"/> as one standalone HTML page: the article with its entities highlighted by type,
/// its counts and dates marked, and every attributed statement linked to its source and cue. Hovering or clicking a
/// statement's content or source (or a row of the side table of statements) highlights the content, source and cue
/// together.
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
    /// <summary>The longest content shown in the table of statements, in UTF-16 code units.</summary>
    private const int MaxTableContent = 160;

    private static readonly SearchValues<char> s_special = SearchValues.Create(BuildSpecialCharacters());

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
        string title = options?.Title ?? document.Id ?? "Article";

        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>");
        WriteEscaped(writer, title);
        writer.Write("</title>\n<style>");
        writer.Write(Css);
        writer.Write("</style>\n</head>\n<body>\n");
        WriteHeader(writer, document, title);
        WriteLegend(writer, document);
        writer.Write("<div class=\"layout\">\n<main class=\"text\">\n<article id=\"article\" class=\"article\">");
        WriteArticle(writer, document);
        writer.Write("</article>\n</main>\n<aside class=\"side\">\n");
        WriteStatements(writer, document);
        writer.Write("</aside>\n</div>\n<script>");
        writer.Write(Script);
        writer.Write("</script>\n</body>\n</html>\n");
    }

    private static void WriteHeader(TextWriter writer, NewsDocument document, string title)
    {
        writer.Write("<header class=\"head\">\n<h1>");
        WriteEscaped(writer, title);
        writer.Write("</h1>\n<p class=\"meta\">");
        writer.Write("<span>id <b>");
        WriteEscaped(writer, document.Id ?? "(none)");
        writer.Write("</b></span> <span>published <b>");
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
            writer.Write(type.ToString());
            writer.Write(" <small>");
            writer.Write(Number(count));
            writer.Write("</small></span>");
        }

        writer.Write("</div>\n<div><span class=\"lg-title\">Marks</span> <span class=\"lg-item qty\">count</span> <span class=\"lg-item date\">date</span>");
        writer.Write(" <span class=\"lg-item st\">statement</span> <span class=\"lg-item src\">source</span> <span class=\"lg-item cue\">cue</span>");
        writer.Write(" <span class=\"lg-hint\">Hover over an entity for its canonical name and key; hover or click a statement, a source or a row of the table to link them.</span></div>\n</nav>\n");
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
                writer.Write("<span class=\"qty\" title=\"");
                WriteEscaped(writer, string.Join(" | ", element.Indices.Select(i => QuantityTitle(document.Quantities[i]))));
                writer.Write("\">");
                break;
            case Layer.Date:
                writer.Write("<span class=\"date\" title=\"");
                WriteEscaped(writer, string.Join(" | ", element.Indices.Select(i => DateTitle(document.Dates[i]))));
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
    internal static string EntityTitle(EntityMention entity) => entity.Name + " \u2014 " + entity.Key + " \u2014 " + entity.Type.ToString();

    private static string SourceTitle(int index, StatementSource source)
    {
        var title = new StringBuilder("Source of statement ").Append(Number(index + 1)).Append(" \u2014 ").Append(source.Kind.ToString());
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
        return "Count: " + number + " " + (quantity.Noun ?? "(no noun)") + " \u2014 " + quantity.Qualifier.ToString() + " \u2014 " + quantity.Category.ToString();
    }

    private static string DateTitle(DateMention date) =>
        "Date: " + (date.Value ?? "unresolved") + " \u2014 " + date.Granularity.ToString() + (date.Relative ? " \u2014 resolved against the publication date" : string.Empty);

    private static void WriteStatements(TextWriter writer, NewsDocument document)
    {
        writer.Write("<h2>Statements <small>");
        writer.Write(Number(document.Attributions.Length));
        writer.Write("</small></h2>\n");
        if (document.Attributions.IsEmpty)
        {
            writer.Write("<p class=\"empty\">No attributed statement was found.</p>\n");
            return;
        }

        writer.Write("<table id=\"statements\" class=\"statements\">\n<thead><tr><th>#</th><th>Source</th><th>Cue</th><th>Kind</th><th>Content</th></tr></thead>\n<tbody>\n");
        string text = document.Text;
        for (int i = 0; i < document.Attributions.Length; i++)
        {
            Attribution a = document.Attributions[i];
            writer.Write("<tr data-row=\"");
            writer.Write(Number(i));
            writer.Write("\" tabindex=\"0\" title=\"rule: ");
            WriteEscaped(writer, a.Rule);
            writer.Write("\"><td class=\"n\">");
            writer.Write(Number(i + 1));
            writer.Write("</td><td class=\"s\">");
            if (a.Source is StatementSource source)
            {
                WriteEscaped(writer, OneLine(document.GetText(source.Span), MaxTableContent));
                writer.Write("<div class=\"sub\">");
                writer.Write(source.Kind.ToString());
                if (source.Key is not null)
                {
                    writer.Write(" \u00B7 ");
                    WriteEscaped(writer, source.Key);
                }

                if (source.Description is not null)
                {
                    writer.Write(" \u00B7 ");
                    WriteEscaped(writer, source.Description);
                }

                writer.Write("</div>");
            }
            else
            {
                writer.Write("<span class=\"none\">(none)</span>");
            }

            writer.Write("</td><td>");
            if (a.CueLemma is not null)
            {
                WriteEscaped(writer, a.CueLemma);
            }
            else if (a.Cue is TextSpan cue)
            {
                WriteEscaped(writer, OneLine(document.GetText(cue), MaxTableContent));
            }
            else
            {
                writer.Write("<span class=\"none\">(none)</span>");
            }

            writer.Write("</td><td class=\"k\">");
            writer.Write(a.Kind.ToString());
            writer.Write("<div class=\"sub stance-");
            writer.Write(a.Stance.ToString());
            writer.Write("\">");
            writer.Write(a.Stance.ToString());
            writer.Write("</div></td><td class=\"c\">");
            WriteEscaped(writer, OneLine(a.Content.GetText(text), MaxTableContent));
            writer.Write("</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n");
    }

    /// <summary>Collapses white space to single spaces and cuts the text to <paramref name="max"/> code units (never inside a surrogate pair).</summary>
    private static string OneLine(string value, int max)
    {
        var line = new StringBuilder(Math.Min(value.Length, max + 1));
        bool space = false;
        foreach (char c in value.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                line.Append(' ');
                space = false;
            }

            line.Append(c);
        }

        if (line.Length <= max)
        {
            return line.ToString();
        }

        int cut = max;
        if (char.IsLowSurrogate(line[cut]) && char.IsHighSurrogate(line[cut - 1]))
        {
            cut--;
        }

        return line.ToString(0, cut).TrimEnd() + "\u2026";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    private static void WriteEscaped(TextWriter writer, string value) => WriteEscaped(writer, value, 0, value.Length);

    /// <summary>Writes <c>value[start..end]</c> HTML-escaped: <c>&amp; &lt; &gt; " '</c> as references, and characters HTML cannot carry as stand-ins.</summary>
    private static void WriteEscaped(TextWriter writer, string value, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            ReadOnlySpan<char> rest = value.AsSpan(i, end - i);
            int k = rest.IndexOfAny(s_special);
            if (k < 0)
            {
                writer.Write(rest);
                return;
            }

            writer.Write(rest[..k]);
            i += k;
            char c = value[i];
            switch (c)
            {
                case '&':
                    writer.Write("&amp;");
                    break;
                case '<':
                    writer.Write("&lt;");
                    break;
                case '>':
                    writer.Write("&gt;");
                    break;
                case '"':
                    writer.Write("&quot;");
                    break;
                case '\'':
                    writer.Write("&#39;");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(value[i + 1]))
                    {
                        writer.Write(c);
                        writer.Write(value[i + 1]);
                        i++;
                    }
                    else
                    {
                        // A control character shows as its Control Picture (U+0000 as U+2400); a lone surrogate or a
                        // non-character as the replacement character. Neither is allowed in HTML (or XML) text.
                        writer.Write(c < ' ' ? (char)(0x2400 + c) : '\uFFFD');
                    }

                    break;
            }

            i++;
        }
    }

    private static string BuildSpecialCharacters()
    {
        var chars = new StringBuilder("&<>\"'");
        for (char c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                chars.Append(c);
            }
        }

        for (char c = '\uD800'; c <= '\uDFFF'; c++)
        {
            chars.Append(c);
        }

        return chars.Append('\uFFFE').Append('\uFFFF').ToString();
    }

    // The style sheet and the script hold no '<' and no '&', so the page also parses as XML.
    private const string Css = """

:root { --line: #d9d9d3; --ink: #1f2328; --muted: #6b6f76; --on: #fff176; --on-edge: #d62828; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #f4f4f1; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.head { padding: 12px 20px 10px; background: #22303c; color: #fff; }
.head h1 { margin: 0 0 4px; font-size: 19px; font-weight: 600; overflow-wrap: anywhere; }
.meta { margin: 0; color: #c9d4de; font-size: 13px; }
.meta span { margin-right: 14px; white-space: nowrap; }
.meta b { color: #fff; font-weight: 600; }
.legend { position: sticky; top: 0; z-index: 2; padding: 6px 20px; background: #fff; border-bottom: 1px solid var(--line); font-size: 12.5px; line-height: 1.9; }
.lg-title { margin: 0 6px 0 0; color: var(--muted); font-weight: 600; text-transform: uppercase; font-size: 11px; letter-spacing: .04em; }
.lg-title + .lg-item, .lg-item { margin-right: 4px; }
.legend .lg-item { padding: 1px 6px; white-space: nowrap; }
.legend .lg-none { opacity: .45; }
.legend small { color: #444; font-size: 11px; }
.lg-hint { margin-left: 10px; color: var(--muted); font-size: 12px; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(430px, 40%); gap: 18px; padding: 16px 20px 40px; }
.article { margin: 0; padding: 18px 22px; background: #fff; border: 1px solid var(--line); border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere; font: 16px/1.75 Georgia, "Times New Roman", serif; }
.side { position: sticky; top: 74px; align-self: start; max-height: calc(100vh - 80px); overflow: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.side h2 { margin: 0 0 8px; font-size: 15px; }
.side h2 small { color: var(--muted); font-weight: 400; }
.empty { color: var(--muted); }
@media (max-width: 1000px) { .layout { grid-template-columns: minmax(0, 1fr); } .side { position: static; max-height: none; } .legend { position: static; } }
.statements { width: 100%; border-collapse: collapse; font-size: 12.5px; }
.statements th { position: sticky; top: -10px; background: #eef0f2; text-align: left; font-weight: 600; padding: 4px 6px; border-bottom: 1px solid var(--line); }
.statements td { padding: 5px 6px; border-bottom: 1px solid #ececec; vertical-align: top; }
.statements tbody tr { cursor: pointer; }
.statements tbody tr:hover { background: #f6f3dc; }
.statements td.n { color: var(--muted); text-align: right; }
.statements td.s { font-weight: 600; min-width: 6em; overflow-wrap: anywhere; }
.statements td.c { color: #333; min-width: 11em; }
.statements td.k { white-space: nowrap; }
.statements .sub { font-weight: 400; color: var(--muted); font-size: 11.5px; overflow-wrap: anywhere; }
.statements .none { color: #aaa; }
.statements .sub.stance-Asserted { color: var(--muted); }
.statements .sub.stance-Denied { color: #b00020; font-weight: 600; }
.statements .sub.stance-Hedged { color: #8a5a00; font-weight: 600; }
tr.on, .statements tbody tr.on:hover { background: var(--on); }
.zone-Headline { font-weight: 700; font-size: 1.12em; }
.zone-Dateline, .zone-Boilerplate { color: #80858b; }
.zone-Caption { color: #555; font-style: italic; }
.zone-References { color: #555; font-size: .92em; }
.ent { border-radius: 3px; padding: 1px 0; }
.ent-Person { background: #ffd6a5; }
.ent-ArmedGroup { background: #ffadad; }
.ent-StateForce { background: #a0c4ff; }
.ent-Government { background: #cdb4ff; }
.ent-Organization { background: #b9f3b0; }
.ent-GeoPolitical { background: #9be7f5; }
.ent-Location { background: #dfe6a1; }
.ent-Facility { background: #f4bde6; }
.ent-Nationality { background: #e3e3e3; }
.qty { border: 1.5px solid #2a9d8f; border-radius: 3px; }
.date { border: 1.5px dashed #7b2cbf; border-radius: 3px; }
.st { text-decoration: underline 2px #e0b43c; text-underline-offset: 4px; cursor: pointer; }
.src { border-bottom: 3px solid #e76f51; font-weight: 600; cursor: pointer; }
.cue { font-style: italic; text-decoration: underline dotted 2px #555; text-underline-offset: 4px; }
.legend .st, .legend .src, .legend .cue { cursor: default; }
.st.on { background: var(--on); }
.src.on { background: #ffc2b3; outline: 2px solid var(--on-edge); }
.cue.on { background: #ffe0b2; outline: 2px dashed var(--on-edge); }
[title] { cursor: help; }
.st[title], .src[title] { cursor: pointer; }

""";

    // Statements are named by their indices as written in the data attributes: "3", or "3 4" for a piece (or a source)
    // that belongs to two statements; all of them light up together.
    private const string Script = """

(function () {
  'use strict';
  var pinned = '';
  var shown = '';
  function paint(ids, on) {
    ids.split(' ').forEach(function (i) {
      if (i === '') { return; }
      var sel = '[data-st~="' + i + '"],[data-src~="' + i + '"],[data-cue~="' + i + '"],[data-row="' + i + '"]';
      document.querySelectorAll(sel).forEach(function (el) { el.classList.toggle('on', on); });
    });
  }
  function show(ids) {
    if (ids !== shown) { paint(shown, false); shown = ids; paint(ids, true); }
  }
  function statementsAt(target) {
    var el = target.closest ? target.closest('[data-src],[data-cue],[data-st],[data-row]') : null;
    if (!el) { return ''; }
    return el.getAttribute('data-src') || el.getAttribute('data-cue') || el.getAttribute('data-st') || el.getAttribute('data-row');
  }
  function pin(ids, scroll) {
    pinned = ids;
    show(ids);
    if (scroll) {
      var el = document.querySelector('#article [data-st~="' + ids.split(' ')[0] + '"]');
      if (el) { el.scrollIntoView({ block: 'center', behavior: 'smooth' }); }
    }
  }
  ['article', 'statements'].forEach(function (id) {
    var root = document.getElementById(id);
    if (!root) { return; }
    var fromTable = id === 'statements';
    root.addEventListener('mouseover', function (ev) { var ids = statementsAt(ev.target); show(ids === '' ? pinned : ids); });
    root.addEventListener('mouseleave', function () { show(pinned); });
    root.addEventListener('click', function (ev) {
      var ids = statementsAt(ev.target);
      var next = ids === pinned ? '' : ids;
      pin(next, fromTable ? next !== '' : false);
    });
    root.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') {
        var ids = statementsAt(ev.target);
        if (ids !== '') { ev.preventDefault(); pin(ids, true); }
      }
    });
  });
  var m = /^#st-(\d+)$/.exec(location.hash);
  if (m) { pin(String(parseInt(m[1], 10)), false); }
  document.documentElement.setAttribute('data-ready', 'yes');
})();

""";
}
