using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace NewsExtract.Tests.Reporting;

public class CorpusReportTests
{
    private static readonly string[] s_charts = ["top-mentions", "top-sources", "timeline-articles", "timeline-attacks", "kind-stance", "map"];

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static XElement ById(XDocument page, string id) => page.Descendants().Single(e => (string?)e.Attribute("id") == id);

    private static XElement[] BodyRows(XDocument page, string tableId) => ById(page, tableId).Element("tbody")!.Elements("tr").ToArray();

    private static CorpusReport Report(IEnumerable<string> lines, CorpusReportOptions? options = null)
    {
        var report = new CorpusReport(options);
        foreach (string line in lines)
        {
            report.AddLine(line);
        }

        return report;
    }

    [Fact]
    public void Report_CorpusLines_HasTotalsEveryChartAndEveryTableRow()
    {
        NewsDocument[] docs = ReportInputs.Documents;
        CorpusReport report = Report(ReportInputs.Lines);
        string html = report.RenderHtml();
        XDocument page = Parse(html);

        report.Articles.Should().Be(docs.Length);
        report.Statements.Should().Be(docs.Sum(d => d.Attributions.Length));
        report.EntityMentions.Should().Be(docs.Sum(d => d.Entities.Length));
        string totals = ById(page, "who").Document!.Descendants("dl").Single().Value;
        totals.Should().Contain(docs.Length + "articles").And.Contain(report.Statements.ToString("#,0") + "statements")
            .And.Contain(docs.Sum(d => d.Quantities.Length) + "counts");
        foreach (string id in s_charts)
        {
            ById(page, id).Descendants().Should().Contain(e => e.Name.LocalName == "svg", $"chart {id} is drawn");
        }

        int actors = docs.SelectMany(d => d.Entities).Where(e => e.IsActor).Select(e => e.Key).Distinct().Count();
        ById(page, "top-mentions").Descendants().Count(e => e.Name.LocalName == "rect").Should().Be(Math.Min(20, actors) + 5, "one bar per top actor and five legend keys");
        XElement[] who = BodyRows(page, "who-table");
        who.Should().HaveCount((int)report.Statements);
        string[] links = who.Select(r => (string)r.Descendants("a").Single().Attribute("href")!).ToArray();
        links.Should().OnlyContain(l => Regex.IsMatch(l, "^#a-[0-9]+$"));
        BodyRows(page, "articles-table").Should().HaveCount(docs.Length);
        string[] rowIds = page.Descendants("tr").Select(tr => (string?)tr.Attribute("id")).OfType<string>().ToArray();
        links.Distinct().Select(l => l.Substring(1)).Should().BeSubsetOf(rowIds, "every row links to an article row");
        XElement map = ById(page, "map");
        map.Descendants().Count(e => e.Name.LocalName == "path").Should().Be(WorldMap.Outline.Length).And.BeGreaterThan(150);
        map.Descendants().Count(e => e.Name.LocalName == "circle").Should()
            .Be(Math.Min(50, docs.SelectMany(d => d.Entities).Where(e => e.Attributes.ContainsKey("lat")).Select(e => e.Key).Distinct().Count()));
        html.Should().NotMatchRegex("(src|href)=\"(https?:)?//", "the page loads nothing from outside");
    }

    [Fact]
    public void Report_WhoSaidWhat_RowHoldsSourceKindStanceFullContentAndArticle()
    {
        NewsDocument doc = ReportInputs.Documents.First(d => d.Attributions.Any(a => a.Stance == Stance.Hedged));
        XDocument page = Parse(Report([NewsDocumentJson.Serialize(doc, indented: false)]).RenderHtml());
        XElement[] rows = BodyRows(page, "who-table");

        rows.Should().HaveCount(doc.Attributions.Length);
        for (int i = 0; i < rows.Length; i++)
        {
            Attribution a = doc.Attributions[i];
            string[] cells = rows[i].Elements("td").Select(c => c.Value).ToArray();
            if (a.Source is StatementSource source)
            {
                cells[0].Should().StartWith(Regex.Replace(doc.GetText(source.Span).Trim(), @"\s+", " "));
                cells[1].Should().Be(HumanNames.Of(source.Kind));
            }

            cells[2].Should().StartWith(HumanNames.Of(a.Kind));
            cells[3].Should().Be(HumanNames.Of(a.Stance));
            cells[4].Should().Be(Regex.Replace(doc.GetText(a.Content).Trim(), @"\s+", " "), "content is never cut");
            cells[5].Should().Be(doc.Id);
        }
    }

    [Fact]
    public void Report_HostileTextInEveryField_IsEscapedAndIsolated()
    {
        string html = Report(ReportInputs.HostileLines().Concat(ReportInputs.Lines.Take(2))).RenderHtml();
        XDocument page = Parse(html);

        page.Descendants().Where(e => e.Name.LocalName == "img").Should().BeEmpty();
        page.Descendants().Where(e => e.Name.LocalName == "script").Should().ContainSingle("the page's only script is its own");
        Regex.Count(html, "</script>").Should().Be(1);
        Regex.Count(html, "onerror=alert").Should().BeGreaterThan(5, "the hostile text is shown, as text");
        html.Should().Contain("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;").And.NotContain("\u0007");
        Regex.Matches(html, "class=\"([^\"]*)\"").Select(m => m.Groups[1].Value).Should().OnlyContain(c => Regex.IsMatch(c, "^[A-Za-z0-9 _-]*$"), "no class comes from the input unchecked");
        foreach (XText text in page.DescendantNodes().OfType<XText>().Where(t => t.Value.Contains('\u202E')))
        {
            text.Ancestors().Select(e => e.Name.LocalName).Should().Contain(n => n == "bdi" || n == "svg" || n == "td",
                $"right-to-left text is isolated: '{text.Parent}'");
        }
    }

    [Fact]
    public void Report_HostileTextInEveryField_IsIsolatedOutsideSvgByBdiOrDirAuto()
    {
        XDocument page = Parse(Report(ReportInputs.HostileLines()).RenderHtml());

        var exposed = page.DescendantNodes().OfType<XText>()
            .Where(t => t.Value.Contains('\u202E'))
            .Where(t => !t.Ancestors().Any(e => e.Name.LocalName is "bdi" or "svg" || (string?)e.Attribute("dir") == "auto"))
            .Select(t => t.Parent!.Name.LocalName + ": " + t.Value)
            .ToList();

        exposed.Should().BeEmpty("every field from the input sits in <bdi> or dir=\"auto\" (SVG text is isolated by the style sheet)");
    }

    [Fact]
    public void Report_Limits_CapTheTablesAndSaySo()
    {
        var options = new CorpusReportOptions { MaxStatements = 5, MaxArticles = 3, Top = 4 };
        CorpusReport report = Report(ReportInputs.Lines, options);
        XDocument page = Parse(report.RenderHtml());

        BodyRows(page, "who-table").Should().HaveCount(5);
        BodyRows(page, "articles-table").Should().HaveCount(3);
        ById(page, "who").Value.Should().Contain("The first 5 of " + report.Statements.ToString("#,0") + " statements");
        ById(page, "top-mentions").Descendants().Count(e => e.Name.LocalName == "rect").Should().Be(4 + 5);
        BodyRows(page, "places-table").Should().HaveCount(4);
    }

    [Fact]
    public void Report_UnreadableLines_AreCountedAndTheFirstIsNamed()
    {
        var report = new CorpusReport();
        report.AddLines(new StringReader("not json\n\n{\"no\":\"id\"}\n" + ReportInputs.Lines[0] + "\n"), "part-0.jsonl", TestContext.Current.CancellationToken);
        string html = report.RenderHtml();

        report.Unreadable.Should().Be(2);
        report.Articles.Should().Be(1);
        html.Should().Contain("2 unreadable lines were skipped; the first: <bdi>part-0.jsonl:1:");
    }

    [Fact]
    public void Report_ArticleLinkTemplate_LinksRowsToTheArticleUrlEscaped()
    {
        string line = ReportInputs.HostileLines()[0].Replace("\"id\":\"", "\"id\":\"sub dir/a?b#", StringComparison.Ordinal);
        XDocument page = Parse(Report([line], new CorpusReportOptions { ArticleLink = "pages/{id}.html" }).RenderHtml());

        string href = (string)BodyRows(page, "who-table")[0].Descendants("a").Single().Attribute("href")!;
        href.Should().StartWith("pages/sub%20dir/a%3Fb%23%3C/script%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%E2%80%AE", "each part between slashes is escaped").And.EndWith(".html");
    }

    [Fact]
    public void Report_Empty_IsAValidPageThatSaysThereIsNothing()
    {
        XDocument page = Parse(new CorpusReport().RenderHtml());

        BodyRows(page, "who-table").Should().BeEmpty();
        ById(page, "timeline-articles").Value.Should().Contain("No dated article.");
        ById(page, "map").Descendants().Count(e => e.Name.LocalName == "circle").Should().Be(0);
    }

    [Fact]
    public void Report_SameInput_GivesTheSameBytes()
    {
        Report(ReportInputs.Lines).RenderHtml().Should().Be(Report(ReportInputs.Lines).RenderHtml());
    }

    [Fact]
    public void TimeLine_ShortSpan_HasOneColumnPerDayIncludingEmptyDays()
    {
        var report = new CorpusReport();
        report.AddLine("{\"id\":\"a\",\"published\":\"2024-01-30\",\"quantities\":[{\"value\":4,\"category\":\"Attacks\"},{\"value\":9,\"category\":\"Killed\"}]}");
        report.AddLine("{\"id\":\"b\",\"published\":\"2024-02-02\",\"quantities\":[{\"value\":2,\"category\":\"Attacks\"}]}");
        report.AddLine("{\"id\":\"c\",\"published\":\"2024-02-02\"}");

        (string unit, List<(string, double)> articles, List<(string, double)> attacks) = ReportPage.TimeLine(report.Tally);

        unit.Should().Be("day");
        articles.Should().Equal(("2024-01-30", 1.0), ("2024-01-31", 0.0), ("2024-02-01", 0.0), ("2024-02-02", 2.0));
        attacks.Should().Equal(("2024-01-30", 4.0), ("2024-01-31", 0.0), ("2024-02-01", 0.0), ("2024-02-02", 2.0));
    }

    [Fact]
    public void TimeLine_LongSpan_HasMonthColumns()
    {
        var report = new CorpusReport();
        report.AddLine("{\"id\":\"a\",\"published\":\"2023-11-30\"}");
        report.AddLine("{\"id\":\"b\",\"published\":\"2024-03-15\"}");

        (string unit, List<(string Label, double)> articles, _) = ReportPage.TimeLine(report.Tally);

        unit.Should().Be("month");
        articles.Select(a => a.Label).Should().Equal("2023-11", "2023-12", "2024-01", "2024-02", "2024-03");
    }

    [Fact]
    public void TopCounter_ManyDistinctKeys_StaysWithinCapacityAndKeepsTheFrequentKeyExact()
    {
        var counter = new TopCounter<string>(100);
        for (int i = 0; i < 10_000; i++)
        {
            counter.Add("rare-" + i, 1, () => "r");
            if (i % 10 == 0)
            {
                counter.Add("frequent", 1, () => "f");
            }
        }

        counter.Count.Should().BeLessThanOrEqualTo(100);
        counter.Dropped.Should().BeGreaterThan(9_000);
        counter.Top(1).Single().Should().BeEquivalentTo(new { Key = "frequent", Count = 1000L, Info = "f" });
        counter.MaxDropped.Should().Be(1);
    }

    [Fact]
    public void Options_OutOfRange_Throw()
    {
        Action top = () => _ = new CorpusReportOptions { Top = 0 };
        Action keys = () => _ = new CorpusReportOptions { MaxKeys = 5 };

        top.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*Top*");
        keys.Should().Throw<ArgumentOutOfRangeException>();
    }
}
