using System.Globalization;

namespace NewsExtract;

/// <summary>A bar of a chart: its label, a second line (a type or kind), its value, its colour class and an optional link.</summary>
internal readonly record struct Bar(string Label, string? Sub, double Value, string ColourClass, string? Href = null);

/// <summary>A segment of a stacked bar: the series it belongs to and its value.</summary>
internal readonly record struct Segment(string Series, double Value);

/// <summary>
/// Inline SVG charts for the corpus report: horizontal bars, a time line of columns and stacked bars. Each chart has
/// a title, axis labels, every value in a <c>&lt;title&gt;</c> (shown on hover) and the values in text beside the
/// marks. The SVGs scale with a <c>viewBox</c>, so they stay readable at any width.
/// </summary>
internal static class SvgCharts
{
    private const int Width = 640;
    private const int LabelWidth = 230;
    private const int Row = 22;

    /// <summary>Writes a horizontal bar chart, one bar per row, longest first as given.</summary>
    public static void HorizontalBars(TextWriter w, string id, string title, string axisLabel, IReadOnlyList<Bar> bars, IReadOnlyList<(string ColourClass, string Label)>? legend = null)
    {
        w.Write("<figure class=\"chart\" id=\"");
        w.Write(id);
        w.Write("\">\n<figcaption>");
        HtmlText.Write(w, title);
        w.Write("</figcaption>\n");
        if (bars.Count == 0)
        {
            w.Write("<p class=\"empty\">Nothing to show.</p>\n</figure>\n");
            return;
        }

        double max = Math.Max(1, bars.Max(b => b.Value));
        int height = bars.Count * Row + 34;
        int barArea = Width - LabelWidth - 70;
        w.Write(Fmt("<svg class=\"bars\" viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"", Width, height));
        HtmlText.Write(w, title);
        w.Write("\">\n");
        for (int i = 0; i < bars.Count; i++)
        {
            Bar bar = bars[i];
            double y = i * Row + 4;
            double length = Math.Max(1, bar.Value / max * barArea);
            w.Write(bar.Href is null ? "<g class=\"bar\">" : "<a class=\"bar\" href=\"");
            if (bar.Href is not null)
            {
                HtmlText.Write(w, bar.Href);
                w.Write("\">");
            }

            w.Write("<title>");
            HtmlText.Write(w, bar.Label);
            if (bar.Sub is not null)
            {
                w.Write(" (");
                HtmlText.Write(w, bar.Sub);
                w.Write(')');
            }

            w.Write(": ");
            w.Write(HtmlText.Number(bar.Value));
            w.Write("</title>");
            w.Write(Fmt("<text class=\"lbl\" x=\"{0}\" y=\"{1}\" text-anchor=\"end\">", LabelWidth - 6, y + 14));
            HtmlText.Write(w, HtmlText.OneLine(bar.Label, 34));
            w.Write("</text>");
            w.Write(Fmt("<rect class=\"{0}\" x=\"{1}\" y=\"{2}\" width=\"{3}\" height=\"{4}\" rx=\"2\"></rect>", bar.ColourClass, LabelWidth, y + 2, length, Row - 6));
            w.Write(Fmt("<text class=\"val\" x=\"{0}\" y=\"{1}\">{2}</text>", LabelWidth + length + 5, y + 14, HtmlText.Number(bar.Value)));
            w.Write(bar.Href is null ? "</g>\n" : "</a>\n");
        }

        double axisY = bars.Count * Row + 8;
        w.Write(Fmt("<line class=\"axis\" x1=\"{0}\" y1=\"2\" x2=\"{0}\" y2=\"{1}\"></line>", LabelWidth, axisY));
        w.Write(Fmt("<text class=\"axis-label\" x=\"{0}\" y=\"{1}\" text-anchor=\"middle\">", LabelWidth + barArea / 2, axisY + 20));
        HtmlText.Write(w, axisLabel);
        w.Write("</text>\n</svg>\n");
        if (legend is not null)
        {
            w.Write("<p class=\"legend\">");
            foreach ((string colour, string label) in legend)
            {
                w.Write("<span class=\"key\"><svg viewBox=\"0 0 10 10\" width=\"10\" height=\"10\"><rect class=\"");
                w.Write(colour);
                w.Write("\" width=\"10\" height=\"10\"></rect></svg> ");
                HtmlText.Write(w, label);
                w.Write("</span> ");
            }

            w.Write("</p>\n");
        }

        w.Write("</figure>\n");
    }

    /// <summary>Writes columns over time (one per bucket, in order) with the y axis from zero to the peak.</summary>
    public static void Columns(TextWriter w, string id, string title, string yLabel, string xLabel, IReadOnlyList<(string Label, double Value)> buckets, string colourClass)
    {
        w.Write("<figure class=\"chart\" id=\"");
        w.Write(id);
        w.Write("\">\n<figcaption>");
        HtmlText.Write(w, title);
        w.Write("</figcaption>\n");
        if (buckets.Count == 0)
        {
            w.Write("<p class=\"empty\">No dated article.</p>\n</figure>\n");
            return;
        }

        const int left = 56, right = 10, top = 10, plot = 150, height = 210;
        double max = Math.Max(1, buckets.Max(b => b.Value));
        double step = (double)(Width - left - right) / buckets.Count;
        w.Write(Fmt("<svg class=\"columns\" viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"", Width, height));
        HtmlText.Write(w, title);
        w.Write("\">\n");
        foreach (double tick in new[] { 0, max / 2, max })
        {
            double y = top + plot - tick / max * plot;
            w.Write(Fmt("<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"></line>", left, y, Width - right));
            w.Write(Fmt("<text class=\"tick\" x=\"{0}\" y=\"{1}\" text-anchor=\"end\">{2}</text>", left - 4, y + 4, HtmlText.Number(Math.Round(tick, 1))));
        }

        int labelEvery = Math.Max(1, (int)Math.Ceiling(buckets.Count / 8.0));
        for (int i = 0; i < buckets.Count; i++)
        {
            (string label, double value) = buckets[i];
            double h = value / max * plot;
            double x = left + i * step;
            w.Write("<g class=\"col\"><title>");
            HtmlText.Write(w, label);
            w.Write(": ");
            w.Write(HtmlText.Number(value));
            w.Write("</title>");
            w.Write(Fmt("<rect class=\"{0}\" x=\"{1}\" y=\"{2}\" width=\"{3}\" height=\"{4}\"></rect>", colourClass, x + step * 0.1, top + plot - h, Math.Max(0.5, step * 0.8), h));
            if (buckets.Count <= 40 && value > 0)
            {
                w.Write(Fmt("<text class=\"val\" x=\"{0}\" y=\"{1}\" text-anchor=\"middle\">{2}</text>", x + step / 2, top + plot - h - 3, HtmlText.Number(value)));
            }

            w.Write("</g>");
            if (i % labelEvery == 0)
            {
                w.Write(Fmt("<text class=\"tick\" x=\"{0}\" y=\"{1}\" text-anchor=\"middle\">", x + step / 2, top + plot + 16));
                HtmlText.Write(w, label);
                w.Write("</text>");
            }

            w.Write('\n');
        }

        w.Write(Fmt("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"></line>", left, top + plot, Width - right));
        w.Write(Fmt("<text class=\"axis-label\" x=\"{0}\" y=\"{1}\" text-anchor=\"middle\">", (left + Width) / 2, height - 6));
        HtmlText.Write(w, xLabel);
        w.Write(Fmt("</text><text class=\"axis-label\" transform=\"rotate(-90)\" x=\"{0}\" y=\"14\" text-anchor=\"middle\">", -(top + plot / 2)));
        HtmlText.Write(w, yLabel);
        w.Write("</text>\n</svg>\n");
        (string peakLabel, double peak) = buckets.MaxBy(b => b.Value);
        w.Write("<p class=\"note\">Total ");
        w.Write(HtmlText.Number(buckets.Sum(b => b.Value)));
        w.Write("; peak ");
        w.Write(HtmlText.Number(peak));
        w.Write(" in ");
        HtmlText.Write(w, peakLabel);
        w.Write(".</p>\n</figure>\n");
    }

    /// <summary>Writes one stacked horizontal bar per row, its segments in the order of <paramref name="series"/>, with a legend.</summary>
    public static void StackedBars(TextWriter w, string id, string title, string axisLabel, IReadOnlyList<string> series, IReadOnlyList<(string Label, Segment[] Segments)> rows)
    {
        w.Write("<figure class=\"chart\" id=\"");
        w.Write(id);
        w.Write("\">\n<figcaption>");
        HtmlText.Write(w, title);
        w.Write("</figcaption>\n");
        if (rows.Count == 0)
        {
            w.Write("<p class=\"empty\">No statement.</p>\n</figure>\n");
            return;
        }

        double max = Math.Max(1, rows.Max(r => r.Segments.Sum(s => s.Value)));
        int barArea = Width - LabelWidth - 70;
        int height = rows.Count * Row + 58;
        w.Write(Fmt("<svg class=\"bars\" viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"", Width, height));
        HtmlText.Write(w, title);
        w.Write("\">\n");
        for (int i = 0; i < rows.Count; i++)
        {
            (string label, Segment[] segments) = rows[i];
            double y = i * Row + 4;
            w.Write(Fmt("<text class=\"lbl\" x=\"{0}\" y=\"{1}\" text-anchor=\"end\">", LabelWidth - 6, y + 14));
            HtmlText.Write(w, label);
            w.Write("</text>");
            double x = LabelWidth;
            foreach (Segment segment in segments)
            {
                if (segment.Value <= 0)
                {
                    continue;
                }

                double length = segment.Value / max * barArea;
                w.Write("<g class=\"seg\"><title>");
                HtmlText.Write(w, label + ", " + segment.Series + ": " + HtmlText.Number(segment.Value));
                w.Write(Fmt("</title><rect class=\"s-{0}\" x=\"{1}\" y=\"{2}\" width=\"{3}\" height=\"{4}\"></rect></g>", series.ToList().IndexOf(segment.Series), x, y + 2, Math.Max(1, length), Row - 6));
                x += length;
            }

            w.Write(Fmt("<text class=\"val\" x=\"{0}\" y=\"{1}\">", x + 5, y + 14));
            w.Write(string.Join(" / ", segments.Select(s => HtmlText.Number(s.Value))));
            w.Write("</text>\n");
        }

        double axisY = rows.Count * Row + 8;
        w.Write(Fmt("<line class=\"axis\" x1=\"{0}\" y1=\"2\" x2=\"{0}\" y2=\"{1}\"></line>", LabelWidth, axisY));
        w.Write(Fmt("<text class=\"axis-label\" x=\"{0}\" y=\"{1}\" text-anchor=\"middle\">", LabelWidth + barArea / 2, axisY + 18));
        HtmlText.Write(w, axisLabel + " (" + string.Join(" / ", series) + ")");
        w.Write("</text>");
        double legendX = LabelWidth;
        for (int s = 0; s < series.Count; s++)
        {
            w.Write(Fmt("<rect class=\"s-{0}\" x=\"{1}\" y=\"{2}\" width=\"12\" height=\"12\"></rect><text class=\"tick\" x=\"{3}\" y=\"{4}\">", s, legendX, axisY + 30, legendX + 16, axisY + 40));
            HtmlText.Write(w, series[s]);
            w.Write("</text>");
            legendX += 110;
        }

        w.Write("\n</svg>\n</figure>\n");
    }

    /// <summary>Formats with the invariant culture; doubles get at most one decimal.</summary>
    internal static string Fmt(string format, params object[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is double d)
            {
                args[i] = Math.Round(d, 1).ToString("0.#", CultureInfo.InvariantCulture);
            }
        }

        return string.Format(CultureInfo.InvariantCulture, format, args);
    }
}
