using System.Globalization;
using System.Text;

namespace NewsExtract;

/// <summary>Writes the corpus report page from a <see cref="CorpusTally"/>. See <see cref="CorpusReport"/>.</summary>
internal static class ReportPage
{
    private static readonly string[] s_stances = ["Asserted", "Hedged", "Denied"];

    private static readonly (string, string)[] s_actorLegend =
        [.. new[] { "Person", "ArmedGroup", "StateForce", "Government", "Organization" }.Select(t => ("t-" + t, HumanNames.Of(t)))];

    private static readonly (string, string)[] s_sourceLegend =
        [.. new[] { "Named", "Nominal", "Anonymous", "Document", "Pronoun" }.Select(k => ("k-" + k, HumanNames.Of(k) + " source"))];

    public static void Write(TextWriter w, CorpusTally tally, CorpusReportOptions options)
    {
        string title = options.Title ?? "Corpus report";
        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>");
        HtmlText.Write(w, title);
        w.Write("</title>\n<style>");
        w.Write(ReportAssets.Css);
        w.Write("</style>\n</head>\n<body>\n<header class=\"head\">\n<h1 dir=\"auto\">");
        HtmlText.Write(w, title);
        w.Write("</h1>\n");
        WriteTotals(w, tally);
        w.Write("<nav class=\"toc\"><a href=\"#actors\">Actors</a> <a href=\"#time\">Time line</a> <a href=\"#kinds\">Statements</a> ");
        w.Write("<a href=\"#map\">Map</a> <a href=\"#attacks\">Attacks</a> <a href=\"#who\">Who said what</a> <a href=\"#articles\">Articles</a></nav>\n</header>\n<main>\n");

        w.Write("<section class=\"grid\" id=\"actors\">\n");
        SvgCharts.HorizontalBars(w, "top-mentions", "Top actors by mentions", "mentions", ActorBars(tally, options.Top), s_actorLegend);
        SvgCharts.HorizontalBars(w, "top-sources", "Top sources by statements", "statements", SourceBars(tally, options.Top), s_sourceLegend);
        w.Write("</section>\n<section class=\"grid\" id=\"time\">\n");
        (string unit, List<(string, double)> articles, List<(string, double)> attacks) = TimeLine(tally);
        SvgCharts.Columns(w, "timeline-articles", "Articles by publication " + unit, "articles", "publication " + unit, articles, "c-articles");
        SvgCharts.Columns(w, "timeline-attacks", "Attacks counted in the articles, by publication " + unit, "attacks stated", "publication " + unit, attacks, "c-attacks");
        w.Write("</section>\n<section class=\"grid\" id=\"kinds\">\n");
        WriteKindStance(w, tally);
        w.Write("</section>\n<section id=\"places\">\n");
        List<TopCounter<PlaceInfo>.Entry> places = tally.Places.Top(Math.Max(options.Top, 50));
        WorldMap.Write(w, places);
        WritePlaces(w, places.Take(options.Top).ToList());
        w.Write("</section>\n");
        EventCharts.Write(w, tally.Events, options.Top);
        WriteStatements(w, tally, options);
        WriteArticles(w, tally, options);
        WriteNotes(w, tally, options);
        w.Write("</main>\n<script>");
        w.Write(ReportAssets.Script);
        w.Write("</script>\n</body>\n</html>\n");
    }

    private static void WriteTotals(TextWriter w, CorpusTally tally)
    {
        w.Write("<dl class=\"totals\">\n");
        Total(w, "articles", HtmlText.Grouped(tally.Articles));
        Total(w, "failed", HtmlText.Grouped(tally.Failed));
        Total(w, "entity mentions", HtmlText.Grouped(tally.EntityMentions));
        Total(w, "statements", HtmlText.Grouped(tally.StatementCount));
        Total(w, "counts", HtmlText.Grouped(tally.QuantityCount));
        Total(w, "dates", HtmlText.Grouped(tally.DateCount));
        string range = tally.First is DateOnly first && tally.Last is DateOnly last
            ? Iso(first) + " \u2013 " + Iso(last)
            : "none";
        Total(w, "published", range);
        Total(w, "undated articles", HtmlText.Grouped(tally.Undated));
        if (tally.Unreadable > 0)
        {
            Total(w, "unreadable lines", HtmlText.Grouped(tally.Unreadable));
        }

        w.Write("</dl>\n");
    }

    private static void Total(TextWriter w, string what, string value)
    {
        w.Write("<div class=\"total\"><dd>");
        HtmlText.Write(w, value);
        w.Write("</dd><dt>");
        w.Write(what);
        w.Write("</dt></div>\n");
    }

    private static List<Bar> ActorBars(CorpusTally tally, int top) =>
        tally.Actors.Top(top).Select(e => new Bar(e.Info.Name, HumanNames.Of(e.Info.Type), e.Count, "t-" + e.Info.Type)).ToList();

    private static List<Bar> SourceBars(CorpusTally tally, int top) =>
        tally.Sources.Top(top).Select(e =>
        {
            string label = e.Info.Key is string key ? tally.NameOf(key) : HtmlText.OneLine(e.Info.Label, 60);
            string colour = e.Info.Kind is "Named" or "Nominal" or "Anonymous" or "Document" or "Pronoun" ? "k-" + e.Info.Kind : "k-other";
            return new Bar(label, HumanNames.Of(e.Info.Kind) + " source", e.Count, colour);
        }).ToList();

    /// <summary>Day buckets for up to three months of publication dates, months up to ten years, years beyond; empty buckets included.</summary>
    internal static (string Unit, List<(string, double)> Articles, List<(string, double)> Attacks) TimeLine(CorpusTally tally)
    {
        var articles = new List<(string, double)>();
        var attacks = new List<(string, double)>();
        if (tally.First is not DateOnly first || tally.Last is not DateOnly last)
        {
            return ("day", articles, attacks);
        }

        int days = last.DayNumber - first.DayNumber;
        Func<DateOnly, DateOnly> bucket;
        Func<DateOnly, DateOnly> next;
        string unit, format;
        if (days <= 92)
        {
            (unit, format, bucket, next) = ("day", "yyyy-MM-dd", d => d, d => d.AddDays(1));
        }
        else if (days <= 3660)
        {
            (unit, format, bucket, next) = ("month", "yyyy-MM", d => new DateOnly(d.Year, d.Month, 1), d => d.AddMonths(1));
        }
        else
        {
            (unit, format, bucket, next) = ("year", "yyyy", d => new DateOnly(d.Year, 1, 1), d => d.AddYears(1));
        }

        var byArticles = new SortedDictionary<DateOnly, double>();
        var byAttacks = new SortedDictionary<DateOnly, double>();
        foreach ((DateOnly day, long n) in tally.ArticlesByDay)
        {
            byArticles[bucket(day)] = byArticles.GetValueOrDefault(bucket(day)) + n;
        }

        foreach ((DateOnly day, double n) in tally.AttacksByDay)
        {
            byAttacks[bucket(day)] = byAttacks.GetValueOrDefault(bucket(day)) + n;
        }

        for (DateOnly d = bucket(first); d <= last; d = next(d))
        {
            string label = d.ToString(format, CultureInfo.InvariantCulture);
            articles.Add((label, byArticles.GetValueOrDefault(d)));
            attacks.Add((label, byAttacks.GetValueOrDefault(d)));
        }

        return (unit, articles, attacks);
    }

    private static void WriteKindStance(TextWriter w, CorpusTally tally)
    {
        string[] series = s_stances.Select(HumanNames.Of).ToArray();
        var rows = tally.KindStance
            .OrderByDescending(k => k.Value.Values.Sum())
            .Select(k => (HumanNames.Capitalized(k.Key) + " source", s_stances.Select(s => new Segment(HumanNames.Of(s), k.Value.GetValueOrDefault(s))).ToArray()))
            .ToList();
        SvgCharts.StackedBars(w, "kind-stance", "Statements by source kind and stance", "statements", series, rows);
        w.Write("<figure class=\"chart\"><figcaption>The same in numbers</figcaption>\n<table class=\"data\" id=\"kind-stance-table\">\n<thead><tr><th>Source kind</th>");
        foreach (string s in series)
        {
            w.Write("<th class=\"num\">");
            w.Write(s);
            w.Write("</th>");
        }

        w.Write("<th class=\"num\">total</th></tr></thead>\n<tbody>\n");
        foreach ((string label, Segment[] segments) in rows)
        {
            w.Write("<tr><td>");
            HtmlText.WriteIsolated(w, label);
            w.Write("</td>");
            foreach (Segment s in segments)
            {
                w.Write("<td class=\"num\">");
                w.Write(HtmlText.Number(s.Value));
                w.Write("</td>");
            }

            w.Write("<td class=\"num\">");
            w.Write(HtmlText.Number(segments.Sum(s => s.Value)));
            w.Write("</td></tr>\n");
        }

        w.Write("</tbody>\n</table>\n</figure>\n");
    }

    private static void WritePlaces(TextWriter w, List<TopCounter<PlaceInfo>.Entry> places)
    {
        w.Write("<table class=\"data\" id=\"places-table\">\n<thead><tr><th>Place</th><th>Type</th><th>Key</th><th class=\"num\">Latitude, longitude</th><th class=\"num\">Mentions</th></tr></thead>\n<tbody>\n");
        foreach (TopCounter<PlaceInfo>.Entry p in places)
        {
            w.Write("<tr><td>");
            HtmlText.WriteIsolated(w, p.Info.Name);
            w.Write("</td><td>");
            w.Write(HumanNames.Of(p.Info.Type));
            w.Write("</td><td class=\"key\">");
            HtmlText.WriteIsolated(w, p.Key);
            w.Write("</td><td class=\"num\">");
            w.Write(WorldMap.Coordinates(p.Info));
            w.Write("</td><td class=\"num\">");
            w.Write(HtmlText.Grouped(p.Count));
            w.Write("</td></tr>\n");
        }

        w.Write("</tbody>\n</table>\n");
    }

    private static void WriteStatements(TextWriter w, CorpusTally tally, CorpusReportOptions options)
    {
        w.Write("<section id=\"who\">\n<h2>Who said what</h2>\n<p class=\"note\">");
        w.Write(tally.StatementRows.Count == tally.StatementCount
            ? "Every statement (" + HtmlText.Grouped(tally.StatementCount) + ")."
            : "The first " + HtmlText.Grouped(tally.StatementRows.Count) + " of " + HtmlText.Grouped(tally.StatementCount)
              + " statements; <code>newsextract export</code> writes them all.");
        w.Write(" Type to filter; click a column heading to sort.</p>\n");
        w.Write("<input type=\"search\" id=\"who-filter\" class=\"filter\" placeholder=\"Filter statements (source, content, article...)\" aria-label=\"Filter statements\" />\n");
        w.Write("<div class=\"scroll\"><table class=\"data sortable\" id=\"who-table\">\n<thead><tr><th data-sort=\"text\">Source</th><th data-sort=\"text\">Source kind</th>");
        w.Write("<th data-sort=\"text\">Statement</th><th data-sort=\"text\">Stance</th><th data-sort=\"text\">Content</th><th data-sort=\"text\">Article</th></tr></thead>\n<tbody>\n");
        foreach (StatementRow row in tally.StatementRows)
        {
            ArticleRow article = tally.ArticleRows[row.Article];
            w.Write("<tr><td class=\"src\">");
            if (row.Source is null)
            {
                w.Write("<span class=\"none\">(none)</span>");
            }
            else
            {
                HtmlText.WriteIsolated(w, HtmlText.OneLine(row.Source, 200));
                if (row.SourceKey is not null)
                {
                    w.Write("<div class=\"sub\">");
                    HtmlText.WriteIsolated(w, tally.NameOf(row.SourceKey));
                    w.Write("</div>");
                }
            }

            w.Write("</td><td>");
            HtmlText.WriteIsolated(w, row.SourceKind is null ? "none" : HumanNames.Of(row.SourceKind));
            w.Write("</td><td>");
            HtmlText.WriteIsolated(w, HumanNames.Of(row.Kind));
            if (row.Cue is not null)
            {
                w.Write("<div class=\"sub\">cue: ");
                HtmlText.WriteIsolated(w, row.Cue);
                w.Write("</div>");
            }

            w.Write("</td><td class=\"stance-");
            w.Write(row.Stance is "Asserted" or "Denied" or "Hedged" ? row.Stance : "other");
            w.Write("\">");
            HtmlText.WriteIsolated(w, HumanNames.Of(row.Stance));
            w.Write("</td><td class=\"content\" dir=\"auto\">");
            HtmlText.Write(w, HtmlText.OneLine(row.Content, int.MaxValue - 1));
            w.Write("</td><td class=\"art\"><a href=\"");
            HtmlText.Write(w, ArticleHref(options, article, row.Article));
            w.Write("\">");
            HtmlText.WriteIsolated(w, article.Id);
            w.Write("</a></td></tr>\n");
        }

        w.Write("</tbody>\n</table></div>\n</section>\n");
    }

    private static void WriteArticles(TextWriter w, CorpusTally tally, CorpusReportOptions options)
    {
        w.Write("<section id=\"articles\">\n<h2>Articles</h2>\n<p class=\"note\">");
        long all = tally.Articles + tally.Failed;
        w.Write(tally.ArticleRows.Count == all
            ? "Every article (" + HtmlText.Grouped(all) + ")."
            : "The first " + HtmlText.Grouped(tally.ArticleRows.Count) + " of " + HtmlText.Grouped(all) + " lines.");
        w.Write("</p>\n<div class=\"scroll\"><table class=\"data sortable\" id=\"articles-table\">\n<thead><tr><th data-sort=\"num\">#</th><th data-sort=\"text\">Article</th><th data-sort=\"text\">Published</th>");
        w.Write("<th data-sort=\"num\" class=\"num\">Entities</th><th data-sort=\"num\" class=\"num\">Statements</th><th data-sort=\"num\" class=\"num\">Counts</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < tally.ArticleRows.Count; i++)
        {
            ArticleRow a = tally.ArticleRows[i];
            w.Write("<tr id=\"a-");
            w.Write(HtmlText.Number(i));
            w.Write("\"><td class=\"num\">");
            w.Write(HtmlText.Number(i + 1));
            w.Write("</td><td>");
            if (options.ArticleLink is not null)
            {
                w.Write("<a href=\"");
                HtmlText.Write(w, ArticleHref(options, a, i));
                w.Write("\">");
                HtmlText.WriteIsolated(w, a.Id);
                w.Write("</a>");
            }
            else
            {
                HtmlText.WriteIsolated(w, a.Id);
            }

            if (a.Error is not null)
            {
                w.Write("<div class=\"error\">failed: ");
                HtmlText.WriteIsolated(w, HtmlText.OneLine(a.Error, 300));
                w.Write("</div>");
            }

            w.Write("</td><td>");
            w.Write(a.Published is DateOnly p ? Iso(p) : "\u2014");
            w.Write("</td><td class=\"num\">");
            w.Write(HtmlText.Number(a.Entities));
            w.Write("</td><td class=\"num\">");
            w.Write(HtmlText.Number(a.Statements));
            w.Write("</td><td class=\"num\">");
            w.Write(HtmlText.Number(a.Counts));
            w.Write("</td></tr>\n");
        }

        w.Write("</tbody>\n</table></div>\n</section>\n");
    }

    private static void WriteNotes(TextWriter w, CorpusTally tally, CorpusReportOptions options)
    {
        w.Write("<footer class=\"notes\">\n<p>Attacks are the counts whose category is <i>attacks</i> (\u201Cat least 38 attacks\u201D counts 38), dated by the article\u2019s publication date. ");
        w.Write("Sources count under their entity when resolved, else under their words; pronoun sources count only when resolved.</p>\n");
        long dropped = tally.Actors.Dropped + tally.Sources.Dropped + tally.Places.Dropped;
        if (dropped > 0)
        {
            long bound = Math.Max(tally.Actors.MaxDropped, Math.Max(tally.Sources.MaxDropped, tally.Places.MaxDropped));
            w.Write("<p>More than " + HtmlText.Grouped(options.MaxKeys) + " distinct keys: " + HtmlText.Grouped(dropped)
                + " rarely counted keys were dropped to bound memory, so a count shown may be low by up to " + HtmlText.Grouped(bound) + ".</p>\n");
        }

        if (tally.FirstUnreadable is string first)
        {
            w.Write("<p class=\"error\">" + HtmlText.Grouped(tally.Unreadable) + " unreadable lines were skipped; the first: ");
            HtmlText.WriteIsolated(w, HtmlText.OneLine(first, 300));
            w.Write("</p>\n");
        }

        w.Write("<p>Made by NewsExtract. Map outlines: Natural Earth (public domain) via world-atlas (ISC).</p>\n</footer>\n");
    }

    private static string ArticleHref(CorpusReportOptions options, ArticleRow article, int index)
    {
        if (options.ArticleLink is not string template)
        {
            return "#a-" + HtmlText.Number(index);
        }

        var id = new StringBuilder();
        foreach (string part in article.Id.Split('/'))
        {
            if (id.Length > 0)
            {
                id.Append('/');
            }

            id.Append(Uri.EscapeDataString(part));
        }

        return template.Replace("{id}", id.ToString(), StringComparison.Ordinal);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
