using NewsExtract.Cli;
using NewsExtract.Tests.Batch;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Robustness;

public class CalendarEdgeTests
{
    private const string Relative =
        "On Monday, officials said rockets hit the base. Last year the group struck twice, and last month again. "
        + "Next week talks resume; next month and next year too. Two weeks ago, a couple of days ago, five years ago "
        + "and a decade ago it was quiet. Yesterday, today and tomorrow. Over the past 10 days, the past year. "
        + "In July, in early December, March of last year, since October 17, June 18, this weekend, next weekend.";

    public static TheoryData<DateOnly> EdgeDates => new()
    {
        DateOnly.MinValue,
        DateOnly.MinValue.AddDays(1),
        new DateOnly(1, 12, 31),
        DateOnly.MaxValue,
        DateOnly.MaxValue.AddDays(-1),
        new DateOnly(9999, 1, 1),
    };

    [Theory]
    [MemberData(nameof(EdgeDates))]
    public void Dates_AtTheEndsOfTheCalendar_ResolveWithoutOverflow(DateOnly published)
    {
        NewsDocument doc = TestPipeline.Annotate(Relative, published);
        doc.Dates.Should().HaveCountGreaterThan(10, "every date is still found, resolved or not");
        foreach (DateMention date in doc.Dates)
        {
            (date.From is null).Should().Be(date.To is null, "a date off the calendar loses both ends, never one");
            if (date.From is DateOnly from && date.To is DateOnly to)
            {
                from.Should().BeOnOrBefore(to);
            }
        }
    }

    [Fact]
    public void Dates_LastYearAtYearOne_IsLeftUnresolved()
    {
        NewsDocument doc = TestPipeline.Annotate("The group struck last year.", DateOnly.MinValue);
        doc.Dates.Should().ContainSingle().Which.Value.Should().BeNull("year 0 is not on the calendar");
    }

    [Fact]
    public void Dates_NextYearAtYear9999_IsLeftUnresolved()
    {
        NewsDocument doc = TestPipeline.Annotate("Talks resume next year.", DateOnly.MaxValue);
        doc.Dates.Should().ContainSingle().Which.Value.Should().BeNull("year 10000 is not on the calendar");
    }

    [Fact]
    public void Dates_YesterdayOnTheSecondDay_StillResolves()
    {
        NewsDocument doc = TestPipeline.Annotate("It was quiet yesterday.", new DateOnly(1, 1, 2));
        doc.Dates.Should().ContainSingle().Which.Value.Should().Be("0001-01-01");
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Annotate_DateAtTheEndsOfTheCalendar_Succeeds(string date)
    {
        using var folder = new TempFolder();
        string path = folder.Write("a.txt", Relative);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(["annotate", path, "--date", date], TextReader.Null, stdout, stderr);
        stderr.ToString().Should().BeEmpty();
        code.Should().Be(CliApp.Success);
        stdout.ToString().Should().Contain("\"dates\"");
    }
}
