using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Quantities;

/// <summary>Every date of the seed articles' body text, resolved against the dateline (regressions named after the article).</summary>
public class SeedDateTests
{
    private static Dictionary<string, string?> Dates(string article)
    {
        NewsDocument doc = TestPipeline.Annotate(ArticleText.ReadFile(Path.Combine(Repo.Corpus, article + ".txt")));
        return doc.Dates.GroupBy(d => doc.GetText(d.Span)).ToDictionary(g => g.Key, g => g.First().Value);
    }

    [Fact]
    public void Seed001_DatesResolveAgainstTheDateline()
    {
        Dictionary<string, string?> dates = Dates("001_25cfb80024d744cb");
        dates.Should().Contain("January 23, 2020", "2020-01-23")
            .And.Contain("Thursday", "2020-01-23")
            .And.Contain("a couple of days ago", "2020-01-21")
            .And.Contain("last month", "2019-12")
            .And.Contain("this month", "2020-01")
            .And.Contain("the past year", "2019-01-24/2020-01-23")
            .And.Contain("March of last year", "2019-03");
    }

    [Fact]
    public void Seed002_DatesResolveAgainstTheDateline()
    {
        Dictionary<string, string?> dates = Dates("002_5a8e1774ef59a1cc");
        dates.Should().Contain("June 22, 2020", "2020-06-22")
            .And.Contain("June 18, 2020", "2020-06-18")
            .And.Contain("June 18", "2020-06-18")
            .And.Contain("June 11", "2020-06-11")
            .And.Contain("May 7", "2020-05-07")
            .And.Contain("January 3, 2020", "2020-01-03")
            .And.Contain("June 19", "2020-06-19")
            .And.Contain("July", "2020-07");
    }

    [Fact]
    public void Seed000_MonthDatelineGivesThePublicationMonth()
    {
        Dictionary<string, string?> dates = Dates("000_646a17b035a1324a");
        dates.Should().Contain("November 2023", "2023-11")
            .And.Contain("since October 17", "2023-10-17/2023-11-01")
            .And.Contain("August", "2023-08")
            .And.Contain("the past year", "2022-11-02/2023-11-01")
            .And.Contain("the past month", "2023-10-02/2023-11-01");
    }

    [Fact]
    public void Seed004_WithoutDateline_RelativeDatesHaveNoValue()
    {
        Dictionary<string, string?> dates = Dates("004_0797fbdfc2b6d695");
        dates.Should().Contain("Monday", null).And.Contain("2003", "2003");
        dates["Since October 28"].Should().BeNull();
    }

    [Fact]
    public void Seed003_YearsAndFullDates()
    {
        Dictionary<string, string?> dates = Dates("003_764265a9b38b4031");
        dates.Should().Contain("2011", "2011").And.Contain("January 24, 2020", "2020-01-24").And.Contain("October 25, 2019", "2019-10-25");
    }
}
