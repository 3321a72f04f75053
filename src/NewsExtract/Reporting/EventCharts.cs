using System.Globalization;

namespace NewsExtract;

/// <summary>
/// The report's attack section (issue 20): a time line of single acts stacked by attacker (the five attackers with
/// most acts, the rest as "others") and a map of attack places, from <see cref="EventTally"/>.
/// </summary>
internal static class EventCharts
{
    private const int Series = 5;
    private const int Width = 640;

    public static void Write(TextWriter w, EventTally events, int top)
    {
        w.Write("<section class=\"grid\" id=\"attacks\">\n");
        WriteTimeline(w, events);
        w.Write("</section>\n<section id=\"attack-places\">\n");
        WorldMap.Write(w, events.Places.Top(Math.Max(top, 50)), "attack-map", "Attack places with gazetteer coordinates (dot area by attacks)", "attacks");
        w.Write("</section>\n");
    }

    /// <summary>The attackers shown as series (keys), most acts first, then <see cref="EventTally.Other"/> for the rest.</summary>
    internal static List<TopCounter<string>.Entry> TopAttackers(EventTally events) => events.Attackers.Top(Series);

    private static void WriteTimeline(TextWriter w, EventTally events)
    {
        w.Write("<figure class=\"chart wide\" id=\"attack-timeline\">\n<figcaption>Attacks by attacker over time (single acts by the date of the act)</figcaption>\n");
        if (events.First is not DateOnly first || events.Last is not DateOnly last)
        {
            w.Write("<p class=\"empty\">No dated attack.</p>\n</figure>\n");
            return;
        }

        List<TopCounter<string>.Entry> series = TopAttackers(events);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < series.Count; i++)
        {
            index[series[i].Key] = i;
        }

        (string unit, string format, Func<DateOnly, DateOnly> bucket, Func<DateOnly, DateOnly> next) = Buckets(last.DayNumber - first.DayNumber);
        var columns = new SortedDictionary<DateOnly, double[]>();
        for (DateOnly d = bucket(first); d <= last; d = next(d))
        {
            columns[d] = new double[series.Count + 1];
        }

        foreach (((DateOnly day, string attacker), long n) in events.ByDay)
        {
            int s = index.TryGetValue(attacker, out int i) ? i : series.Count;
            columns[bucket(day)][s] += n;
        }

        const int left = 56, right = 10, topMargin = 10, plot = 150, height = 210;
        double max = Math.Max(1, columns.Values.Max(c => c.Sum()));
        double step = (double)(Width - left - right) / columns.Count;
        w.Write(SvgCharts.Fmt("<svg class=\"columns\" viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"Attacks by attacker per {2}\">\n", Width, height, unit));
        foreach (double tick in new[] { 0, max / 2, max })
        {
            double y = topMargin + plot - tick / max * plot;
            w.Write(SvgCharts.Fmt("<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"></line>", left, y, Width - right));
            w.Write(SvgCharts.Fmt("<text class=\"tick\" x=\"{0}\" y=\"{1}\" text-anchor=\"end\">{2}</text>", left - 4, y + 4, HtmlText.Number(Math.Round(tick, 1))));
        }

        int labelEvery = Math.Max(1, (int)Math.Ceiling(columns.Count / 8.0));
        int col = 0;
        foreach ((DateOnly d, double[] values) in columns)
        {
            string label = d.ToString(format, CultureInfo.InvariantCulture);
            double x = left + col * step, y = topMargin + plot;
            for (int s = 0; s < values.Length; s++)
            {
                if (values[s] <= 0)
                {
                    continue;
                }

                double h = values[s] / max * plot;
                y -= h;
                w.Write("<g class=\"seg\"><title>");
                HtmlText.Write(w, label + ", " + SeriesName(series, s) + ": " + HtmlText.Number(values[s]));
                w.Write(SvgCharts.Fmt("</title><rect class=\"a-{0}\" x=\"{1}\" y=\"{2}\" width=\"{3}\" height=\"{4}\"></rect></g>", s, x + step * 0.1, y, Math.Max(1, step * 0.8), h));
            }

            if (col % labelEvery == 0)
            {
                w.Write(SvgCharts.Fmt("<text class=\"tick\" x=\"{0}\" y=\"{1}\" text-anchor=\"middle\">", x + step / 2, topMargin + plot + 16));
                HtmlText.Write(w, label);
                w.Write("</text>");
            }

            w.Write('\n');
            col++;
        }

        w.Write(SvgCharts.Fmt("<text class=\"axis-label\" x=\"{0}\" y=\"{1}\" text-anchor=\"middle\">date of the act ({2})</text>\n</svg>\n", left + (Width - left - right) / 2, height - 8, unit));
        w.Write("<p class=\"legend\">");
        for (int s = 0; s <= series.Count; s++)
        {
            w.Write(SvgCharts.Fmt("<span class=\"key\"><svg viewBox=\"0 0 10 10\" aria-hidden=\"true\"><rect class=\"a-{0}\" width=\"10\" height=\"10\"></rect></svg> ", s));
            HtmlText.WriteIsolated(w, SeriesName(series, s));
            w.Write("</span>");
        }

        w.Write("</p>\n<p class=\"note\">");
        w.Write(HtmlText.Number(events.Acts) + " acts (" + HtmlText.Number(events.Undated) + " undated, not drawn); ");
        w.Write(HtmlText.Number(events.Aggregates) + " aggregates (\"38 attacks since ...\") and " + HtmlText.Number(events.Denied));
        w.Write(" denied events are left out. An act the text does not date takes its article's publication date.</p>\n</figure>\n");
    }

    private static string SeriesName(List<TopCounter<string>.Entry> series, int s) =>
        s < series.Count ? series[s].Info : "others or unnamed";

    private static (string, string, Func<DateOnly, DateOnly>, Func<DateOnly, DateOnly>) Buckets(int days) =>
        days <= 92 ? ("day", "yyyy-MM-dd", d => d, d => d.AddDays(1))
        : days <= 3660 ? ("month", "yyyy-MM", d => new DateOnly(d.Year, d.Month, 1), d => d.AddMonths(1))
        : ("year", "yyyy", d => new DateOnly(d.Year, 1, 1), d => d.AddYears(1));
}
