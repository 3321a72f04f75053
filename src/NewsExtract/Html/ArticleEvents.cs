using System.Globalization;

namespace NewsExtract;

/// <summary>
/// The article page's events section (issue 20): one entry per event record (act or aggregate) with its summary
/// (instrument, date, attacker, target, place, count, killed, injured, polarity), then each mention's sentence with
/// the trigger and the roles highlighted in the colours of the legend.
/// </summary>
internal static class ArticleEvents
{
    private const int Margin = 60;

    private static readonly string[] s_roles = ["attacker", "target", "place", "time", "count", "killed", "injured"];

    /// <summary>The title of a trigger highlighted in the text: "Attack E1 (rocket), asserted: attacker ...; target ...".</summary>
    public static string TriggerTitle(NewsDocument document, EventMention m)
    {
        var parts = new List<string>();
        EventRole?[] roles = Roles(m);
        for (int r = 0; r < roles.Length; r++)
        {
            if (roles[r] is EventRole role)
            {
                parts.Add(s_roles[r] + ": " + HtmlText.OneLine(document.GetText(role.Span), 60));
            }
        }

        string head = m.Type + " " + m.Event + (m.Instrument is EventInstrument i ? " (" + i.ToString().ToLowerInvariant() + ")" : "") + ", " + m.Polarity.ToString().ToLowerInvariant();
        return parts.Count == 0 ? head : head + " \u2014 " + string.Join("; ", parts);
    }

    public static void Write(TextWriter writer, NewsDocument document)
    {
        writer.Write("<section class=\"index\" id=\"events\">\n<h2>Events <small>");
        writer.Write(HtmlText.Number(document.EventRecords.Length));
        writer.Write("</small></h2>\n");
        if (document.EventRecords.Length == 0)
        {
            writer.Write("<p class=\"empty\">No use of force was found.</p>\n</section>\n");
            return;
        }

        writer.Write("<p class=\"ev-legend\"><span class=\"ev-trigger\">trigger</span>");
        foreach (string role in s_roles)
        {
            writer.Write(" <span class=\"ev-");
            writer.Write(role);
            writer.Write("\">");
            writer.Write(role);
            writer.Write("</span>");
        }

        writer.Write("</p>\n<ol class=\"events\">\n");
        foreach (EventRecord record in document.EventRecords)
        {
            writer.Write("<li class=\"event\" id=\"event-");
            HtmlText.Write(writer, record.Event);
            writer.Write("\"><div class=\"ev-head\"><b>");
            HtmlText.Write(writer, record.Event);
            writer.Write("</b> ");
            HtmlText.Write(writer, Summary(document, record));
            writer.Write("</div>\n<ul>\n");
            foreach (int index in record.Mentions)
            {
                if (index >= 0 && index < document.Events.Length)
                {
                    writer.Write("<li class=\"ev-mention\">");
                    WriteMention(writer, document, document.Events[index]);
                    writer.Write("</li>\n");
                }
            }

            writer.Write("</ul></li>\n");
        }

        writer.Write("</ol>\n</section>\n");
    }

    private static string Summary(NewsDocument document, EventRecord r)
    {
        var parts = new List<string> { r.Aggregate ? "aggregate" : "act" };
        if (r.Instrument is EventInstrument i)
        {
            parts.Add(i.ToString().ToLowerInvariant());
        }

        if (r.From is DateOnly from)
        {
            string day = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            parts.Add(r.To is DateOnly to && to != from ? day + " to " + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : day);
        }

        Add(parts, "by", r.Attacker is { } a ? document.GetText(a.Span) : null);
        Add(parts, "on", r.Target is { } t ? document.GetText(t.Span) : null);
        Add(parts, "in", r.Place is { } p ? document.GetText(p.Span) + (p.Latitude is double lat && p.Longitude is double lon
            ? " (" + lat.ToString("0.##", CultureInfo.InvariantCulture) + ", " + lon.ToString("0.##", CultureInfo.InvariantCulture) + ")" : "") : null);
        Add(parts, "count", r.Count?.Value.ToString(CultureInfo.InvariantCulture));
        Add(parts, "killed", r.Killed?.Value.ToString(CultureInfo.InvariantCulture));
        Add(parts, "injured", r.Injured?.Value.ToString(CultureInfo.InvariantCulture));
        if (r.Polarity != EventPolarity.Asserted)
        {
            parts.Add(r.Polarity.ToString().ToLowerInvariant());
        }

        if (r.Statements.Length > 0)
        {
            parts.Add("statements " + string.Join(", ", r.Statements.Select(s => (s + 1).ToString(CultureInfo.InvariantCulture))));
        }

        return "\u2014 " + string.Join(" \u00b7 ", parts);
    }

    private static void Add(List<string> parts, string label, string? value)
    {
        if (value is not null)
        {
            parts.Add(label + " " + HtmlText.OneLine(value, 60));
        }
    }

    /// <summary>Writes the mention's sentence (cut to the marked words with a margin) with the trigger and roles highlighted.</summary>
    private static void WriteMention(TextWriter writer, NewsDocument document, EventMention m)
    {
        string text = document.Text;
        var marks = new List<(TextSpan Span, string Class)> { (m.Trigger, "ev-trigger") };
        EventRole?[] roles = Roles(m);
        for (int r = 0; r < roles.Length; r++)
        {
            if (roles[r] is not EventRole role)
            {
                continue;
            }

            int same = marks.FindIndex(x => x.Span == role.Span);
            if (same >= 0)
            {
                marks[same] = (role.Span, marks[same].Class + " ev-" + s_roles[r]);
            }
            else if (!marks.Any(x => x.Span.Start < role.Span.End && role.Span.Start < x.Span.End))
            {
                marks.Add((role.Span, "ev-" + s_roles[r]));
            }
        }

        marks.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        TextSpan sentence = SentenceOf(document, m.Trigger.Start);
        int from = Math.Max(sentence.Start, Math.Min(marks[0].Span.Start, m.Trigger.Start) - Margin);
        int to = Math.Min(sentence.End, marks.Max(x => x.Span.End) + Margin);
        from = Math.Min(from, marks[0].Span.Start);
        to = Math.Max(to, marks.Max(x => x.Span.End));
        if (from > sentence.Start)
        {
            writer.Write("\u2026");
        }

        int at = from;
        foreach ((TextSpan span, string cls) in marks)
        {
            HtmlText.Write(writer, Flat(text, at, span.Start));
            writer.Write("<span class=\"");
            writer.Write(cls);
            writer.Write("\">");
            HtmlText.Write(writer, Flat(text, span.Start, span.End));
            writer.Write("</span>");
            at = span.End;
        }

        HtmlText.Write(writer, Flat(text, at, to));
        if (to < sentence.End)
        {
            writer.Write("\u2026");
        }
    }

    private static string Flat(string text, int start, int end) =>
        end <= start ? string.Empty : text[start..end].Replace('\n', ' ').Replace('\r', ' ');

    private static TextSpan SentenceOf(NewsDocument document, int offset)
    {
        foreach (Sentence s in document.Sentences)
        {
            if (s.Span.Start <= offset && offset < s.Span.End)
            {
                return s.Span;
            }
        }

        return new TextSpan(Math.Max(0, offset - Margin), Math.Min(document.Text.Length, offset + Margin));
    }

    private static EventRole?[] Roles(EventMention m) => [m.Attacker, m.Target, m.Place, m.Time, m.Count, m.Killed, m.Injured];
}
