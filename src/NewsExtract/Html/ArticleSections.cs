namespace NewsExtract;

/// <summary>
/// The article page's side sections: the index of entities (type, name, key, mentions, coordinates) and the
/// statements grouped by source with their full content, cue, kind and stance in words.
/// </summary>
internal static class ArticleSections
{
    /// <summary>Writes the entity index: one row per entity key, in order of first mention.</summary>
    public static void WriteEntityIndex(TextWriter writer, NewsDocument document)
    {
        writer.Write("<section class=\"index\" id=\"entities\">\n<h2>Entities <small>");
        var groups = document.Entities
            .Select((e, i) => (Entity: e, Index: i))
            .GroupBy(x => x.Entity.Key, StringComparer.Ordinal)
            .ToList();
        writer.Write(HtmlText.Number(groups.Count));
        writer.Write("</small></h2>\n");
        if (groups.Count == 0)
        {
            writer.Write("<p class=\"empty\">No entity was found.</p>\n</section>\n");
            return;
        }

        writer.Write("<table id=\"entity-index\" class=\"entity-index\">\n<thead><tr><th>Type</th><th>Name</th><th>Key</th><th class=\"num\">Mentions</th><th class=\"num\">Latitude, longitude</th></tr></thead>\n<tbody>\n");
        foreach (IGrouping<string, (EntityMention Entity, int Index)> group in groups)
        {
            EntityMention first = group.First().Entity;
            writer.Write("<tr><td><span class=\"ent ent-");
            writer.Write(first.Type.ToString());
            writer.Write("\">");
            writer.Write(HumanNames.Capitalized(first.Type.ToString()));
            writer.Write("</span></td><td>");
            HtmlText.WriteIsolated(writer, first.Name);
            var forms = group.Select(x => HtmlText.OneLine(document.GetText(x.Entity.Span), 80)).Distinct(StringComparer.Ordinal).Where(f => f != first.Name).ToList();
            if (forms.Count > 0)
            {
                writer.Write("<div class=\"sub\">as ");
                HtmlText.WriteIsolated(writer, string.Join(", ", forms.Take(6)));
                writer.Write("</div>");
            }

            writer.Write("</td><td class=\"key\">");
            HtmlText.WriteIsolated(writer, first.Key);
            writer.Write("</td><td class=\"num\">");
            writer.Write(HtmlText.Number(group.Count()));
            writer.Write("</td><td class=\"num\">");
            if (first.Attributes.TryGetValue("lat", out string? lat) && first.Attributes.TryGetValue("lon", out string? lon))
            {
                HtmlText.WriteIsolated(writer, lat + ", " + lon);
            }
            else
            {
                writer.Write("<span class=\"none\">\u2014</span>");
            }

            writer.Write("</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>
    /// Writes the statements grouped by source (the entity key when resolved, else the source's words; statements
    /// without a source last), groups in order of their first statement. Each row keeps its statement's index in
    /// <c>data-row</c>, which the page's script links to the text.
    /// </summary>
    public static void WriteStatements(TextWriter writer, NewsDocument document)
    {
        writer.Write("<h2>Statements <small>");
        writer.Write(HtmlText.Number(document.Attributions.Length));
        writer.Write("</small></h2>\n");
        if (document.Attributions.IsEmpty)
        {
            writer.Write("<p class=\"empty\">No attributed statement was found.</p>\n");
            return;
        }

        var groups = document.Attributions
            .Select((a, i) => (Statement: a, Index: i))
            .GroupBy(x => GroupKey(document, x.Statement), StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length == 0 ? 1 : 0)
            .ToList();
        writer.Write("<table id=\"statements\" class=\"statements\">\n<thead><tr><th>#</th><th>Words, cue</th><th>Kind</th><th>Content</th></tr></thead>\n");
        foreach (IGrouping<string, (Attribution Statement, int Index)> group in groups)
        {
            writer.Write("<tbody class=\"group\">\n<tr class=\"grp\"><th colspan=\"4\">");
            WriteSourceHeading(writer, document, group.First().Statement, group.Count());
            writer.Write("</th></tr>\n");
            foreach ((Attribution a, int i) in group)
            {
                WriteRow(writer, document, a, i);
            }

            writer.Write("</tbody>\n");
        }

        writer.Write("</table>\n");
    }

    private static string GroupKey(NewsDocument document, Attribution statement) => statement.Source switch
    {
        null => string.Empty,
        { Key: string key } => "k:" + key,
        StatementSource source => "t:" + HtmlText.OneLine(document.GetText(source.Span), 200).ToLowerInvariant(),
    };

    private static void WriteSourceHeading(TextWriter writer, NewsDocument document, Attribution first, int count)
    {
        if (first.Source is not StatementSource source)
        {
            writer.Write("<span class=\"none\">No source given</span>");
        }
        else
        {
            string? name = source.Key is null ? null : document.Entities.FirstOrDefault(e => e.Key == source.Key)?.Name;
            HtmlText.WriteIsolated(writer, name ?? HtmlText.OneLine(document.GetText(source.Span), 200));
            writer.Write(" <span class=\"sub\">");
            writer.Write(HumanNames.Of(source.Kind));
            writer.Write(" source");
            if (source.Key is not null)
            {
                writer.Write(" \u00B7 ");
                HtmlText.WriteIsolated(writer, source.Key);
            }

            if (source.Description is not null)
            {
                writer.Write(" \u00B7 ");
                HtmlText.WriteIsolated(writer, source.Description);
            }

            writer.Write("</span>");
        }

        writer.Write(" <span class=\"sub\">\u00B7 ");
        writer.Write(HtmlText.Number(count));
        writer.Write(count == 1 ? " statement</span>" : " statements</span>");
    }

    private static void WriteRow(TextWriter writer, NewsDocument document, Attribution a, int i)
    {
        writer.Write("<tr data-row=\"");
        writer.Write(HtmlText.Number(i));
        writer.Write("\" tabindex=\"0\" title=\"rule: ");
        HtmlText.Write(writer, a.Rule);
        writer.Write("\"><td class=\"n\">");
        writer.Write(HtmlText.Number(i + 1));
        writer.Write("</td><td>");
        if (a.Source is StatementSource source)
        {
            writer.Write("<div class=\"sub srcword\">");
            HtmlText.WriteIsolated(writer, HtmlText.OneLine(document.GetText(source.Span), 120));
            writer.Write("</div>");
        }

        if (a.CueLemma is not null)
        {
            HtmlText.WriteIsolated(writer, a.CueLemma);
        }
        else if (a.Cue is TextSpan cue)
        {
            HtmlText.WriteIsolated(writer, HtmlText.OneLine(document.GetText(cue), 120));
        }
        else
        {
            writer.Write("<span class=\"none\">(none)</span>");
        }

        writer.Write("</td><td class=\"k\">");
        writer.Write(HumanNames.Of(a.Kind));
        writer.Write("<div class=\"sub stance-");
        writer.Write(a.Stance.ToString());
        writer.Write("\">");
        writer.Write(HumanNames.Of(a.Stance));
        writer.Write("</div></td><td class=\"c\" dir=\"auto\">");
        HtmlText.Write(writer, HtmlText.OneLine(a.Content.GetText(document.Text), int.MaxValue - 1));
        writer.Write("</td></tr>\n");
    }
}
