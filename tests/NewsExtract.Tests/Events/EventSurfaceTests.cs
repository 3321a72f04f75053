using System.Text;
using System.Text.Json;
using NewsExtract.Cli;
using NewsExtract.Cli.Export;
using NewsExtract.Tests.Batch;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Events;

/// <summary>Where a user sees the event layer: the CLI switch, the export table, the report and the article page.</summary>
public class EventSurfaceTests
{
    private const string Story =
        "The Pentagon said Kataib Hezbollah fired rockets in Baghdad on Tuesday, wounding two U.S. troops.\n\n" +
        "A spokesman said the base was not damaged.";

    private static readonly DateOnly s_published = new(2024, 2, 1);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, TextReader.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static NewsDocument Annotated() => TestPipeline.Extractor.Annotate(Story, s_published, "story", TestContext.Current.CancellationToken);

    [Fact]
    public void Cli_EventsAreOnByDefault_AndExcludeEventsSwitchesThemOff()
    {
        using var folder = new TempFolder();
        string path = folder.Write("story.txt", Story);

        (int code, string output, string err) = Run("annotate", path, "--include", "events", "--compact");
        code.Should().Be(CliApp.Success, err);
        using (JsonDocument json = JsonDocument.Parse(output))
        {
            json.RootElement.GetProperty("events").GetArrayLength().Should().BeGreaterThan(0);
            json.RootElement.GetProperty("eventRecords").GetArrayLength().Should().BeGreaterThan(0);
        }

        (code, output, err) = Run("annotate", path, "--exclude", "events", "--compact");
        code.Should().Be(CliApp.Success, err);
        using (JsonDocument json = JsonDocument.Parse(output))
        {
            int Count(string name) => json.RootElement.TryGetProperty(name, out JsonElement a) ? a.GetArrayLength() : 0;
            Count("events").Should().Be(0);
            Count("eventRecords").Should().Be(0);
            json.RootElement.GetProperty("entities").GetArrayLength().Should().BeGreaterThan(0, "the other layers stay");
        }
    }

    [Theory]
    [InlineData("--exclude", "tokens")]
    [InlineData("--include", "bogus")]
    public void Cli_UnknownLayerName_IsAUsageErrorThatListsEvents(string option, string name)
    {
        using var folder = new TempFolder();
        string path = folder.Write("story.txt", Story);
        (int code, _, string err) = Run("annotate", path, option, name);
        code.Should().Be(CliApp.UsageError);
        err.Should().Contain(name).And.Contain("events");
    }

    [Fact]
    public void Cli_IncludeAndExcludeEvents_IsAUsageError()
    {
        using var folder = new TempFolder();
        string path = folder.Write("story.txt", Story);
        Run("annotate", path, "--include", "events", "--exclude", "events").Code.Should().Be(CliApp.UsageError);
        Run("batch", folder.Path, "--out", Path.Combine(folder.Path, "out.jsonl"), "--exclude", "events,tokens").Code.Should().Be(CliApp.UsageError);
    }

    [Fact]
    public void Export_EventsTable_HasTheColumnsAndOneRowPerRecord()
    {
        NewsDocument doc = Annotated();
        EventRecord record = doc.EventRecords.Should().ContainSingle().Subject;
        using var folder = new TempFolder();
        string input = folder.Write("in.jsonl", NewsDocumentJson.Serialize(doc, indented: false) + "\n");
        string outDir = Path.Combine(folder.Path, "csv");

        (int code, _, string err) = Run("export", input, "--out", outDir, "--format", "csv");

        code.Should().Be(CliApp.Success, err);
        string[] lines = File.ReadAllLines(Path.Combine(outDir, "events.csv"), Encoding.UTF8);
        string[] header = lines[0].Split(',');
        header.Should().Equal(EventRows.Table.Columns.Select(c => c.Name));
        header.Should().StartWith(["document_id", "event", "date"]);
        header.Should().Contain(["attacker", "target", "place", "latitude", "longitude", "instrument", "count", "killed", "injured", "sources"]);
        lines.Should().HaveCount(2, "one record, one row");
        Dictionary<string, string> row = header.Zip(lines[1].Split(',')).ToDictionary(p => p.First, p => p.Second);
        row["event"].Should().Be(record.Event);
        row["attacker"].Should().Be("Kataib Hezbollah");
        row["attacker_key"].Should().Be("kataib-hezbollah");
        row["place"].Should().Be("Baghdad");
        double.Parse(row["latitude"], System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(33.3, 0.5);
        row["instrument"].Should().Be("rocket");
        row["date"].Should().Be("2024-01-30", "Tuesday before Thursday 1 February");
        row["injured"].Should().Be("2");
        row["sources"].Should().Be("Pentagon", "the source span of \"The Pentagon said\"");
        row["polarity"].Should().Be("Asserted");
    }

    [Fact]
    public void Report_DocumentWithEvents_HasTheAttackTimelineAndMap()
    {
        NewsDocument doc = Annotated();
        var report = new CorpusReport();
        report.AddLine(NewsDocumentJson.Serialize(doc, indented: false));

        string html = report.RenderHtml();

        html.Should().Contain("id=\"attack-timeline\"").And.Contain("class=\"a-0\"");
        html.Should().Contain("2024-01-30, Kataib Hezbollah: 1", "the act is drawn on its day, in its attacker's series");
        int map = html.IndexOf("id=\"attack-map\"", StringComparison.Ordinal);
        map.Should().BePositive();
        html.IndexOf("<circle", map, StringComparison.Ordinal).Should().BePositive("Baghdad has coordinates");
        html.Should().Contain("Baghdad: 1 attacks");
    }

    [Fact]
    public void Report_DocumentWithoutEvents_SaysSo()
    {
        var report = new CorpusReport();
        report.AddLine(NewsDocumentJson.Serialize(TestPipeline.Extractor.Annotate("The minister visited Baghdad on Monday.", s_published, "quiet", TestContext.Current.CancellationToken), indented: false));
        report.RenderHtml().Should().Contain("No dated attack.");
    }

    [Fact]
    public void ArticlePage_ListsTheEventWithItsRolesHighlighted()
    {
        NewsDocument doc = Annotated();

        string html = NewsDocumentHtml.Render(doc);

        html.Should().Contain("<span class=\"ev\" data-ev=\"E1\"", "the trigger is marked in the text");
        int section = html.IndexOf("id=\"events\"", StringComparison.Ordinal);
        section.Should().BePositive();
        string events = html[section..];
        events.Should().Contain("<span class=\"ev-trigger\">fired</span>");
        events.Should().Contain("<span class=\"ev-attacker\">Kataib Hezbollah</span>");
        events.Should().Contain("<span class=\"ev-place\">Baghdad</span>");
        events.Should().Contain("<span class=\"ev-time\">Tuesday</span>");
        events.Should().Contain("<span class=\"ev-injured\">two U.S. troops</span>");
    }
}
