using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Quantities;

public class DateTests
{
    private static readonly DateOnly s_published = new(2020, 1, 23); // a Thursday

    private static DateMention Single(string text, string span, DateOnly? published)
    {
        NewsDocument doc = TestPipeline.Annotate(text, published);
        int start = text.IndexOf(span, StringComparison.Ordinal);
        return doc.Dates.Should().ContainSingle(d => d.Span == new TextSpan(start, start + span.Length), $"'{span}' is one date").Subject;
    }

    public static TheoryData<string, string, string, DateGranularity, bool> Cases => new()
    {
        { "The strike on January 3, 2020 killed him.", "January 3, 2020", "2020-01-03", DateGranularity.Day, false },
        { "It happened on 3 January 2020 at night.", "3 January 2020", "2020-01-03", DateGranularity.Day, false },
        { "The brief is dated November 2023 here.", "November 2023", "2023-11", DateGranularity.Month, false },
        { "ISIS lost its land in March of 2019.", "March of 2019", "2019-03", DateGranularity.Month, false },
        { "The troops left in 2011.", "2011", "2011", DateGranularity.Year, false },
        { "The June 18 rocket attack hit the embassy.", "June 18", "2019-06-18", DateGranularity.Day, true },
        { "Attacks rose since October 17.", "since October 17", "2019-10-17/2020-01-23", DateGranularity.Day, true },
        { "Jeffrey said on Thursday that it was quiet.", "Thursday", "2020-01-23", DateGranularity.Day, true },
        { "Rockets fell on Monday night.", "Monday", "2020-01-20", DateGranularity.Day, true },
        { "The attacks peaked last month.", "last month", "2019-12", DateGranularity.Month, true },
        { "The attacks peaked this month.", "this month", "2020-01", DateGranularity.Month, true },
        { "The caliphate fell in March of last year.", "March of last year", "2019-03", DateGranularity.Month, true },
        { "Several hit the compound a couple of days ago.", "a couple of days ago", "2020-01-21", DateGranularity.Day, true },
        { "No attack came during the past year.", "the past year", "2019-01-24/2020-01-23", DateGranularity.Day, true },
        { "Strikes rose over the past month.", "the past month", "2019-12-24/2020-01-23", DateGranularity.Day, true },
        { "He resigned in early December.", "early December", "2019-12", DateGranularity.Month, true },
        { "A session follows in February.", "February", "2020-02", DateGranularity.Month, true },
        { "It was quiet yesterday.", "yesterday", "2020-01-22", DateGranularity.Day, true },
        { "Two weeks ago the base was hit.", "Two weeks ago", "2020-01-09", DateGranularity.Day, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Date_ResolvesAgainstPublication(string text, string span, string value, DateGranularity granularity, bool relative)
    {
        DateMention date = Single(text, span, s_published);
        date.Value.Should().Be(value);
        date.Granularity.Should().Be(granularity);
        date.Relative.Should().Be(relative);
    }

    [Theory]
    [InlineData("The attacks peaked last month.", "last month")]
    [InlineData("Jeffrey said on Thursday that it was quiet.", "Thursday")]
    [InlineData("The June 18 rocket attack hit the embassy.", "June 18")]
    public void RelativeDate_WithoutPublication_KeepsTextWithoutValue(string text, string span)
    {
        DateMention date = Single(text, span, published: null);
        date.Value.Should().BeNull("a date that cannot be resolved is never guessed");
    }

    [Fact]
    public void Dateline_GivesThePublicationDateForRelativeDates()
    {
        const string text = "Title\n\nJanuary 23, 2020\n\nThe attacks peaked last month.";
        DateMention date = Single(text, "last month", published: null);
        date.Value.Should().Be("2019-12");
    }

    [Fact]
    public void May_AsAVerb_IsNotADate()
    {
        TestPipeline.Annotate("Officials may respond soon.", s_published).Dates.Should().BeEmpty();
    }
}
