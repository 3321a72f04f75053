using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Tokenization;

public class ZoneTests
{
    private static (string Text, ZoneKind Kind)[] Zones(string text) =>
        TestPipeline.Annotate(text).Zones.Select(z => (text[z.Span.Start..z.Span.End], z.Kind)).ToArray();

    public static TheoryData<string, ZoneKind> Lines => new()
    {
        { "Scroll to Top", ZoneKind.Boilerplate },
        { "Featured Posts", ZoneKind.Boilerplate },
        { "Follow Us", ZoneKind.Boilerplate },
        { "\u2022 Facebook Basic Square", ZoneKind.Boilerplate },
        { "\u00A9 The Group - 2019 - All rights reserved.", ZoneKind.Boilerplate },
        { "Published under: Iran , Iraq", ZoneKind.Boilerplate },
        { "Source: Al Jazeera, News Agencies", ZoneKind.Boilerplate },
        { "Photo: a convoy near the border", ZoneKind.Caption },
        { "Images: U.S. Department of State", ZoneKind.Caption },
        { "Soldiers stand guard at a base / Getty Images", ZoneKind.Caption },
        { "The minister spoke to reporters [File: Someone/Reuters]", ZoneKind.Caption },
        { "In this photo provided Thursday, a missile is launched. (Army via AP)", ZoneKind.Caption },
        { "January 23, 2020", ZoneKind.Dateline },
        { "Thursday, 23 January 2020", ZoneKind.Dateline },
        { "November 2023", ZoneKind.Dateline },
        { "By Jane Doe", ZoneKind.Dateline },
        { "[4] \u201CA cited title\u201D, Some Outlet, January 24, 2020.", ZoneKind.References },
        { "\u2022 Rockets hit the base on Monday.", ZoneKind.Bullet },
        { "Militias Step Up Attacks on Bases", ZoneKind.Headline },
        { "Rockets hit the base on Monday, officials said.", ZoneKind.Body },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Zone_ClassifiesLine(string line, ZoneKind expected)
    {
        Zones("Some headline\n\n" + line + "\n\nA closing sentence of the body.")[1].Kind.Should().Be(expected);
    }

    [Fact]
    public void Zone_PhotoDescriptionAboveCreditIsCaption()
    {
        var zones = Zones("A Headline\n\nTroops look out of a helicopter\nTroops look out of a helicopter / Getty Images\nJanuary 23, 2020\n\nBody text.");
        zones.Select(z => z.Kind).Should().Equal(ZoneKind.Headline, ZoneKind.Caption, ZoneKind.Caption, ZoneKind.Dateline, ZoneKind.Body);
    }

    [Fact]
    public void Zone_BodyLinesOfOneParagraphFormOneZone()
    {
        Zones("First line of a paragraph that goes on,\nand the second line ends it.").Should().ContainSingle();
    }

    [Theory]
    [InlineData("Title\n\nJanuary 23, 2020\n\nBody.", "2020-01-23")]
    [InlineData("June 22, 2020\n\nIntelBrief: Title\n\nBody.", "2020-06-22")]
    [InlineData("Title\n\nNovember 2023\n\nBody.", "2023-11-01")]
    [InlineData("Title\n\nBody mentions January 3, 2020 in a sentence.", null)]
    public void Published_IsReadFromDateline(string text, string? expected)
    {
        NewsDocument doc = TestPipeline.Annotate(text);
        doc.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);
        (doc.Published is null).Should().Be(expected is null);
        doc.PublishedSource.Should().Be(expected is null ? PublishedDateSource.None : PublishedDateSource.Dateline);
    }

    [Fact]
    public void Published_CallerDateWinsOverDateline()
    {
        NewsDocument doc = TestPipeline.Annotate("Title\n\nJanuary 23, 2020\n\nBody.", new DateOnly(2021, 5, 1));
        doc.Published.Should().Be(new DateOnly(2021, 5, 1));
        doc.PublishedSource.Should().Be(PublishedDateSource.Caller);
    }

    [Fact]
    public void Paragraphs_SplitAtBlankLinesIncludingWhitespaceOnlyLines()
    {
        NewsDocument doc = TestPipeline.Annotate("One.\nStill one.\n\u00A0\nTwo.\n\n\nThree.");
        doc.Paragraphs.Select(p => doc.GetText(p.Span)).Should().Equal("One.\nStill one.", "Two.", "Three.");
    }
}
