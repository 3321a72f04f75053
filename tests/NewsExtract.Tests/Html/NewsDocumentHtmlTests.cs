using System.Collections.Frozen;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Html;

public class NewsDocumentHtmlTests
{
    private const string Attack = "Officials said <script>alert(1)</script> and \"><img src=x onerror=alert(1)> were found; R&amp;D & 'quotes'.";

    private static readonly ConcurrentDictionary<string, (NewsDocument Document, string Html)> s_seeds = new(StringComparer.Ordinal);

    public static TheoryData<string> Seeds() => new(Repo.CorpusArticles().Select(p => Path.GetFileName(p)));

    private static (NewsDocument Document, string Html) Seed(string file) => s_seeds.GetOrAdd(file, f =>
    {
        string path = Path.Combine(Repo.Corpus, f);
        NewsDocument doc = TestPipeline.Extractor.Annotate(ArticleText.ReadFile(path), id: Path.GetFileNameWithoutExtension(f));
        Invariants.Check(doc);
        return (doc, NewsDocumentHtml.Render(doc));
    });

    private static TextSpan Find(string text, string part, int occurrence = 1)
    {
        int at = -1;
        for (int i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(part, at + 1, StringComparison.Ordinal);
            at.Should().BeGreaterThanOrEqualTo(0, $"'{part}' occurs {occurrence} time(s) in the test text");
        }

        return new TextSpan(at, at + part.Length);
    }

    [Fact]
    public void Render_AttackStringsInTheArticle_AreEscapedAndShownAsText()
    {
        NewsDocument doc = TestPipeline.Extractor.Annotate(Attack, id: "<script>alert('id')</script>\"><b>", cancellationToken: TestContext.Current.CancellationToken);
        string html = NewsDocumentHtml.Render(doc);

        html.Should().NotContain("<script>alert").And.NotContain("<img").And.NotContain("<b>alert");
        Regex.Count(html, "<script", RegexOptions.IgnoreCase).Should().Be(1, "the page's only script is its own");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;")
            .And.Contain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
            .And.Contain("R&amp;amp;D &amp; &#39;quotes&#39;")
            .And.Contain("<title>&lt;script&gt;alert(&#39;id&#39;)&lt;/script&gt;&quot;&gt;&lt;b&gt;</title>");

        HtmlPage page = HtmlPage.Parse(html);
        page.ArticleText.Should().Be(Attack);
        page.Document.Descendants("img").Should().BeEmpty();
        page.Document.Descendants("script").Should().ContainSingle();
        page.Document.Descendants("title").Single().Value.Should().Be(doc.Id);
    }

    [Fact]
    public void Render_EntityNameAndKeyWithMarkup_AreEscapedInTheTooltip()
    {
        NewsExtractor extractor = NewsExtractor.Create(new NewsExtractorOptions
        {
            GazetteerEntries = [new GazetteerEntry("zephyr\"><i>'front'", EntityType.ArmedGroup, "Zephyr <b>Front</b> & Co", "Zephyr Front")],
        });
        NewsDocument doc = extractor.Annotate("Fighters of the Zephyr Front attacked the base on Monday.", cancellationToken: TestContext.Current.CancellationToken);
        EntityMention zephyr = doc.Entities.Should().ContainSingle(e => e.Key.StartsWith("zephyr", StringComparison.Ordinal)).Subject;

        string html = NewsDocumentHtml.Render(doc);

        html.Should().NotContain("<b>Front").And.NotContain("<i>");
        html.Should().Contain("title=\"Zephyr &lt;b&gt;Front&lt;/b&gt; &amp; Co \u2014 zephyr&quot;&gt;&lt;i&gt;&#39;front&#39; \u2014 Armed group\"");
        HtmlPage page = HtmlPage.Parse(html);
        page.Document.Descendants("b").Should().NotContain(b => b.Value == "Front");
        page.Pieces.Should().ContainSingle(p => p.Class == "ent ent-ArmedGroup")
            .Which.Title.Should().Be(zephyr.Name + " \u2014 " + zephyr.Key + " \u2014 Armed group");
    }

    [Fact]
    public void Render_DataFromAnnotations_IsEscapedInTheTable()
    {
        string text = "The <x> said \"all is well\" today.";
        var doc = new NewsDocument(text)
        {
            Id = "a&b",
            Attributions =
            [
                new Attribution(
                    AttributionKind.Direct,
                    new StatementSource(Find(text, "The <x>"), SourceKind.Anonymous, "k<e>y") { Description = "an \"official\" & <friend>" },
                    Find(text, "said"),
                    "s<a>y",
                    Find(text, "all is well"),
                    Stance.Asserted,
                    "r<u>le"),
            ],
        };

        string html = NewsDocumentHtml.Render(doc);

        html.Should().Contain("<bdi>The &lt;x&gt;</bdi> <span class=\"sub\">anonymous source \u00B7 <bdi>k&lt;e&gt;y</bdi> \u00B7 <bdi>an &quot;official&quot; &amp; &lt;friend&gt;</bdi></span>")
            .And.Contain("<bdi>s&lt;a&gt;y</bdi></td>")
            .And.Contain("title=\"rule: r&lt;u&gt;le\"");
        HtmlPage page = HtmlPage.Parse(html);
        page.ArticleText.Should().Be(text);
        page.Document.Descendants("x").Should().BeEmpty();
        page.Document.Descendants("friend").Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Render_SeedArticle_IsWellFormedAndKeepsTheTextExactly(string file)
    {
        (NewsDocument doc, string html) = Seed(file);

        HtmlPage page = HtmlPage.Parse(html);

        page.ArticleText.Should().Be(HtmlPage.NormalizeNewlines(doc.Text), "stripping the tags gives the article back, nothing lost or doubled");
        page.Document.Root!.Name.LocalName.Should().Be("html");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Render_SeedArticle_MarksEveryEntityWithItsNameKeyAndType(string file)
    {
        (NewsDocument doc, string html) = Seed(file);
        doc.Entities.Should().NotBeEmpty();
        HtmlPage page = HtmlPage.Parse(html);

        foreach (EntityMention e in doc.Entities)
        {
            string title = NewsDocumentHtml.EntityTitle(e);
            title.Should().Contain(e.Name).And.Contain(e.Key).And.Contain(HumanNames.Capitalized(e.Type.ToString()));
            List<(int Start, int End)> covered = HtmlPage.Coverage(page.Pieces.Where(p => p.Class == "ent ent-" + e.Type && p.Title == title));
            covered.Should().Contain(HtmlPage.Normalized(doc.Text, e.Span), $"entity '{doc.GetText(e.Span)}' {e.Span} is marked as {e.Type} with key {e.Key}");
        }

        HtmlPage.Coverage(page.Pieces.Where(p => p.Class.StartsWith("ent ", StringComparison.Ordinal)))
            .Should().Equal(HtmlPage.Merge(doc.Entities.Select(e => HtmlPage.Normalized(doc.Text, e.Span))), "nothing else is marked as an entity");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Render_SeedArticle_MarksEveryCountAndDate(string file)
    {
        (NewsDocument doc, string html) = Seed(file);
        HtmlPage page = HtmlPage.Parse(html);

        HtmlPage.Coverage(page.Pieces.Where(p => p.Class == "qty"))
            .Should().Equal(HtmlPage.Merge(doc.Quantities.Select(q => HtmlPage.Normalized(doc.Text, q.Span))));
        HtmlPage.Coverage(page.Pieces.Where(p => p.Class == "date"))
            .Should().Equal(HtmlPage.Merge(doc.Dates.Select(d => HtmlPage.Normalized(doc.Text, d.Span))));
        page.Pieces.Where(p => p.Class == "qty").Should().OnlyContain(p => p.Title!.StartsWith("Count: ", StringComparison.Ordinal));
        foreach (DateMention d in doc.Dates.Where(d => d.Value is not null))
        {
            page.Pieces.Should().Contain(p => p.Class == "date" && p.Title!.Contains(d.Value!, StringComparison.Ordinal), $"date '{doc.GetText(d.Span)}' shows its value");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Render_SeedArticle_GivesEachStatementsContentSourceAndCueTheSameIndex(string file)
    {
        (NewsDocument doc, string html) = Seed(file);
        HtmlPage page = HtmlPage.Parse(html);
        CheckStatements(doc, page);
        page.Document.Descendants("tr").Count(r => r.Attribute("data-row") is not null).Should().Be(doc.Attributions.Length);
    }

    [Fact]
    public void Render_SeedArticles_HaveStatementsWithSourcesAndCues()
    {
        // Guards the statement tests above: they check nothing on a corpus without attributed statements.
        IEnumerable<Attribution> all = Repo.CorpusArticles().SelectMany(p => Seed(Path.GetFileName(p)).Document.Attributions);
        all.Count(a => a.Source is not null && a.Cue is not null).Should().BeGreaterThan(5);
    }

    private static void CheckStatements(NewsDocument doc, HtmlPage page)
    {
        for (int i = 0; i < doc.Attributions.Length; i++)
        {
            Attribution a = doc.Attributions[i];
            HtmlPage.Coverage(page.Pieces.Where(p => p.Class == "st" && p.Lists("data-st", i)))
                .Should().Equal([HtmlPage.Normalized(doc.Text, a.Content)], $"statement {i} content '{doc.GetText(a.Content)}' carries data-st {i}");
            List<(int Start, int End)> expected = a.Source is { } source ? [HtmlPage.Normalized(doc.Text, source.Span)] : [];
            HtmlPage.Coverage(page.Pieces.Where(p => p.Class == "src" && p.Lists("data-src", i)))
                .Should().Equal(expected, $"statement {i}'s source carries data-src {i}");
            expected = a.Cue is TextSpan cue ? [HtmlPage.Normalized(doc.Text, cue)] : [];
            HtmlPage.Coverage(page.Pieces.Where(p => p.Class == "cue" && p.Lists("data-cue", i)))
                .Should().Equal(expected, $"statement {i}'s cue carries data-cue {i}");
        }
    }

    [Fact]
    public void Render_CrossingAndSharedSpans_StayWellFormedAndEveryMarkCoversItsSpan()
    {
        string text = "Ann Lee said the 300 troops left Basra on 3 May, and Bob Roe told reporters the troops left.\n\nEnd.";
        TextSpan content0 = Find(text, "the 300 troops left Basra on 3 May");
        var doc = new NewsDocument(text)
        {
            Zones = [new Zone(Find(text, "Ann Lee said the 300 troops"), ZoneKind.Headline)],
            Paragraphs = [new Paragraph(Find(text, text[..^6])), new Paragraph(Find(text, "End."))],
            Entities =
            [
                // "Lee said" crosses the end of the source "Ann Lee" and the start of the cue "said".
                new EntityMention(Find(text, "Lee said"), EntityType.Person, "lee", "Ann Lee", EntityOrigin.Rule),
                new EntityMention(Find(text, "Basra"), EntityType.GeoPolitical, "basra", "Basra", EntityOrigin.Gazetteer),
                new EntityMention(Find(text, "Bob"), EntityType.Person, "bob-roe", "Bob Roe", EntityOrigin.Rule),
            ],
            Quantities =
            [
                new Quantity(Find(text, "300 troops"), 300, null, QuantityQualifier.Exact, "troop", QuantityCategory.Personnel),
                new Quantity(Find(text, "troops left Basra"), 2, 5, QuantityQualifier.Range, null, QuantityCategory.Other),
            ],
            Dates =
            [
                new DateMention(Find(text, "3 May"), new DateOnly(2020, 5, 3), new DateOnly(2020, 5, 3), DateGranularity.Day, false),
                new DateMention(Find(text, "May, and Bob"), null, null, DateGranularity.Month, true),
            ],
            Attributions =
            [
                new Attribution(AttributionKind.Indirect, new StatementSource(Find(text, "Ann Lee"), SourceKind.Named, "lee"), Find(text, "said"), "say", content0, Stance.Asserted, "a"),
                // Crosses the end of statement 0 and holds its own source and half of its cue.
                new Attribution(AttributionKind.Indirect, new StatementSource(Find(text, "Bob Roe"), SourceKind.Named, "bob-roe"), Find(text, "told reporters"), "tell", Find(text, "Basra on 3 May, and Bob Roe told"), Stance.Hedged, "b"),
                // Shares statement 0's content, without source or cue.
                new Attribution(AttributionKind.Indirect, null, null, null, content0, Stance.Denied, "c"),
            ],
        };

        string html = NewsDocumentHtml.Render(doc);

        HtmlPage page = HtmlPage.Parse(html);
        page.ArticleText.Should().Be(text);
        CheckStatements(doc, page);
        page.Pieces.Should().Contain(p => p.Class == "st" && p.Lists("data-st", 0) && p.Lists("data-st", 2), "a piece inside two statements lists both");
        foreach (EntityMention e in doc.Entities)
        {
            HtmlPage.Coverage(page.Pieces.Where(p => p.Title == NewsDocumentHtml.EntityTitle(e))).Should().Equal([(e.Span.Start, e.Span.End)]);
        }

        HtmlPage.Coverage(page.Pieces.Where(p => p.Class == "qty")).Should().Equal([(Find(text, "300").Start, Find(text, "Basra").End)]);
        HtmlPage.Coverage(page.Pieces.Where(p => p.Class == "qty" && p.Title!.Contains("Count: 2\u20135 (no noun)", StringComparison.Ordinal)))
            .Should().Equal([(doc.Quantities[1].Span.Start, doc.Quantities[1].Span.End)]);
        HtmlPage.Coverage(page.Pieces.Where(p => p.Class == "date" && p.Title!.Contains("2020-05-03", StringComparison.Ordinal)))
            .Should().Equal([(doc.Dates[0].Span.Start, doc.Dates[0].Span.End)]);
        HtmlPage.Coverage(page.Pieces.Where(p => p.Class == "zone zone-Headline")).Should().Equal([(doc.Zones[0].Span.Start, doc.Zones[0].Span.End)]);
    }

    [Fact]
    public void Render_CharactersHtmlCannotCarry_BecomeVisibleStandIns()
    {
        var doc = new NewsDocument("a\u0000b\u0007c\td\u00E9\uD83D\uDE00e\uD800f\uFFFEg\r\nh");

        HtmlPage page = HtmlPage.Parse(NewsDocumentHtml.Render(doc));

        page.ArticleText.Should().Be("a\u2400b\u2407c\td\u00E9\uD83D\uDE00e\uFFFDf\uFFFDg\nh");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Render_SeedArticle_LoadsNothingFromOutsideThePage(string file)
    {
        (NewsDocument doc, string html) = Seed(file);
        doc.Text.Should().NotContain("http", "the check below needs an article without URLs");
        HtmlPage page = HtmlPage.Parse(html);
        XDocument d = page.Document;

        html.Should().NotContain("http").And.NotContain("//").And.NotContain("url(").And.NotContain("@import");
        d.Descendants().Select(e => e.Name.LocalName).Should().NotContain(["link", "img", "iframe", "object", "embed", "base", "source", "video", "audio", "form", "frame"]);
        d.Descendants().Attributes().Select(a => a.Name.LocalName).Should().NotContain(["src", "href", "srcset", "action", "formaction", "background", "poster", "style"]);
        d.Descendants().Attributes().Select(a => a.Name.LocalName).Should().NotContain(n => n.StartsWith("on", StringComparison.Ordinal), "no inline event handler");
        d.Descendants("script").Should().ContainSingle().Which.Attributes().Should().BeEmpty();
        d.Descendants("style").Should().ContainSingle();
    }

    [Fact]
    public void Render_SameDocument_GivesTheSameBytesAndWriteMatchesRender()
    {
        (NewsDocument doc, string html) = Seed("001_25cfb80024d744cb.txt");
        NewsDocument again = TestPipeline.Extractor.Annotate(doc.Text, id: doc.Id, cancellationToken: TestContext.Current.CancellationToken);
        var writer = new StringWriter();

        NewsDocumentHtml.Write(again, writer);

        NewsDocumentHtml.Render(again).Should().Be(html);
        writer.ToString().Should().Be(html);
        html.Should().NotContain("\r", "line ends are \\n whatever the platform");
    }

    [Fact]
    public void Render_Header_ShowsHeadlineFileDatelineAndLayerCounts()
    {
        (NewsDocument doc, string html) = Seed("001_25cfb80024d744cb.txt");
        string headline = doc.GetText(doc.Zones.First(z => z.Kind == ZoneKind.Headline).Span).Trim();

        html.Should().Contain("<title>" + headline + "</title>")
            .And.Contain("<h1 dir=\"auto\">" + headline + "</h1>")
            .And.Contain("file <b><bdi>001_25cfb80024d744cb</bdi></b>")
            .And.Contain("dateline <b><bdi>January 23, 2020</bdi></b>")
            .And.Contain("published <b>2020-01-23</b> (from the dateline)")
            .And.Contain($"<b>{doc.Entities.Length}</b> entity mentions of <b>{doc.Entities.Select(e => e.Key).Distinct().Count()}</b> entities")
            .And.Contain($"<b>{doc.Quantities.Length}</b> counts")
            .And.Contain($"<b>{doc.Dates.Length}</b> dates")
            .And.Contain($"<b>{doc.Attributions.Length}</b> statements");
        NewsDocumentHtml.Render(doc, new HtmlRenderOptions { Title = "Jeffrey & co" }).Should().Contain("<title>Jeffrey &amp; co</title>");
    }

    [Fact]
    public void Render_StatementTable_GroupsBySourceWithFullContentAndKindAndStanceInWords()
    {
        (NewsDocument doc, string html) = Seed("001_25cfb80024d744cb.txt");
        HtmlPage page = HtmlPage.Parse(html);
        XElement[] groups = page.Document.Descendants("tbody").Where(b => (string?)b.Attribute("class") == "group").ToArray();
        XElement[] rows = groups.SelectMany(g => g.Elements("tr").Where(r => r.Attribute("data-row") is not null)).ToArray();

        rows.Select(r => int.Parse((string)r.Attribute("data-row")!)).Should().BeEquivalentTo(Enumerable.Range(0, doc.Attributions.Length), "every statement has one row");
        groups.Length.Should().BeLessThan(doc.Attributions.Length, "Jeffrey's statements share a group");
        foreach (XElement group in groups)
        {
            string heading = group.Elements("tr").First().Value;
            int[] members = group.Elements("tr").Skip(1).Select(r => int.Parse((string)r.Attribute("data-row")!)).ToArray();
            members.Select(i => doc.Attributions[i].Source?.Key ?? doc.Attributions[i].Source?.Span.GetText(doc.Text).ToLowerInvariant())
                .Distinct().Should().ContainSingle("a group holds one source");
            heading.Should().EndWith(members.Length == 1 ? "1 statement" : members.Length + " statements");
        }

        foreach (XElement row in rows)
        {
            int i = int.Parse((string)row.Attribute("data-row")!);
            Attribution a = doc.Attributions[i];
            XElement[] cells = row.Elements("td").ToArray();
            cells[0].Value.Should().Be((i + 1).ToString());
            if (a.CueLemma is not null)
            {
                cells[1].Value.Should().EndWith(a.CueLemma);
            }

            cells[2].Value.Should().Be(HumanNames.Of(a.Kind) + HumanNames.Of(a.Stance)).And.NotContain("AccordingTo");
            cells[3].Value.Should().Be(Regex.Replace(doc.GetText(a.Content).Trim(), @"\s+", " "), "the content is shown in full");
        }
    }

    [Fact]
    public void Render_EntityIndex_ListsEveryKeyWithTypeMentionsAndCoordinates()
    {
        (NewsDocument doc, string html) = Seed("001_25cfb80024d744cb.txt");
        HtmlPage page = HtmlPage.Parse(html);
        XElement[] rows = page.Document.Descendants("table").Single(t => (string?)t.Attribute("id") == "entity-index").Element("tbody")!.Elements("tr").ToArray();

        rows.Select(r => r.Elements("td").ElementAt(2).Value).Should().Equal(doc.Entities.Select(e => e.Key).Distinct());
        foreach (XElement row in rows)
        {
            XElement[] cells = row.Elements("td").ToArray();
            EntityMention first = doc.Entities.First(e => e.Key == cells[2].Value);
            cells[0].Value.Should().Be(HumanNames.Capitalized(first.Type.ToString()));
            cells[3].Value.Should().Be(doc.Entities.Count(e => e.Key == first.Key).ToString());
            cells[4].Value.Should().Be(first.Attributes.TryGetValue("lat", out string? lat) ? lat + ", " + first.Attributes["lon"] : "\u2014");
        }

        rows.Should().Contain(r => r.Elements("td").ElementAt(2).Value == "iraq" && r.Elements("td").ElementAt(4).Value.Contains(','), "Iraq has gazetteer coordinates");
    }

    [Fact]
    public void Render_CountsDatesAndZones_ShowTheirValuesAndNamesInTheMarkup()
    {
        (NewsDocument doc, string html) = Seed("001_25cfb80024d744cb.txt");
        HtmlPage page = HtmlPage.Parse(html);

        page.Pieces.Where(p => p.Class == "qty").Select(p => (string?)p.Element.Attribute("data-v")).Should().NotContainNulls()
            .And.Contain(v => v!.Contains("attack", StringComparison.Ordinal));
        page.Pieces.Where(p => p.Class == "date").Select(p => (string?)p.Element.Attribute("data-v")).Should().Contain("2020-01-23");
        page.Pieces.Where(p => p.Class.StartsWith("zone ", StringComparison.Ordinal)).Select(p => (string?)p.Element.Attribute("data-zone"))
            .Should().Contain(["headline", "caption", "dateline"]);
        html.Should().Contain(".qty::after, .date::after { content: attr(data-v)").And.Contain("@media print")
            .And.NotContain("ArmedGroup <small>").And.Contain("Armed group <small>");
    }

    [Fact]
    public void Render_HostileTextAndBidiControlsInEveryField_AreEscapedAndIsolated()
    {
        const string H = "</script><img src=x onerror=alert(1)>\u202Eevil\u2066";
        string text = H + "\n\n" + H + " said " + H + " on " + H + ".";
        TextSpan headline = new(0, H.Length);
        TextSpan source = Find(text, H, 2), cue = Find(text, "said"), content = Find(text, H, 3), last = Find(text, H, 4);
        var doc = new NewsDocument(text)
        {
            Id = H,
            Zones = [new Zone(headline, ZoneKind.Headline), new Zone(new TextSpan(headline.End + 2, text.Length), ZoneKind.Caption)],
            Entities =
            [
                new EntityMention(source, EntityType.ArmedGroup, H, H, EntityOrigin.Gazetteer)
                {
                    Attributes = new Dictionary<string, string> { ["lat"] = H, ["lon"] = H }.ToFrozenDictionary(),
                },
            ],
            Quantities = [new Quantity(content, 3, null, QuantityQualifier.AtLeast, H, QuantityCategory.Attacks)],
            Attributions =
            [
                new Attribution(AttributionKind.Direct, new StatementSource(source, SourceKind.Named, H) { Description = H }, cue, H, content, Stance.Denied, H),
                new Attribution(AttributionKind.AccordingTo, new StatementSource(last, SourceKind.Anonymous, null) { Description = H }, null, null, content, Stance.Hedged, H),
            ],
        };

        string html = NewsDocumentHtml.Render(doc);
        HtmlPage page = HtmlPage.Parse(html);

        page.ArticleText.Should().Be(text);
        page.Document.Descendants("img").Should().BeEmpty();
        page.Document.Descendants("script").Should().ContainSingle();
        Regex.Count(html, "</script>").Should().Be(1);
        page.Document.Descendants("title").Single().Value.Should().Be(H, "the headline is the title, as text");
        var exposed = page.Document.DescendantNodes().OfType<XText>()
            .Where(t => t.Value.Contains('\u202E') && t.Parent!.Name.LocalName != "title")
            .Where(t => !t.Ancestors().Any(e => e.Name.LocalName == "bdi" || (string?)e.Attribute("dir") == "auto"))
            .Select(t => t.Parent!.Name.LocalName + ": " + t.Value)
            .ToList();
        exposed.Should().BeEmpty("every field from the article sits in <bdi> or dir=\"auto\"");
    }

    [Fact]
    public void Render_NoStatements_SaysSoInsteadOfAnEmptyTable()
    {
        NewsDocument doc = TestPipeline.Annotate("Rockets hit the base.");

        string html = NewsDocumentHtml.Render(doc);

        html.Should().Contain("No attributed statement was found.").And.NotContain("<table");
        HtmlPage.Parse(html).ArticleText.Should().Be("Rockets hit the base.");
    }

    [Fact]
    public void Render_NullArguments_Throw()
    {
        Action render = () => NewsDocumentHtml.Render(null!);
        Action write = () => NewsDocumentHtml.Write(TestPipeline.Annotate("x"), null!);

        render.Should().Throw<ArgumentNullException>();
        write.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Render_EmptyDocument_IsAValidPage()
    {
        HtmlPage page = HtmlPage.Parse(NewsDocumentHtml.Render(new NewsDocument(string.Empty)));

        page.ArticleText.Should().BeEmpty();
    }
}
