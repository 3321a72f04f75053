using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Attributions;

/// <summary>The patterns of issue 15, one sentence each, written for these tests (invented names where no gazetteer
/// entry is needed). Each must give the statement with its kind, source, cue and content, whichever sieve finds it.</summary>
public class ParseAttributionTests
{
    private static string Slice(string text, TextSpan span) => text[span.Start..span.End];

    public static TheoryData<string, AttributionKind, string, string, string> Patterns => new()
    {
        // A quotation before a speaker the gazetteer does not know, in both orders.
        { "\"We think so,\" Smith said.", AttributionKind.Direct, "Smith", "said", "We think so," },
        { "\"The convoy is safe,\" said Mr. Burton.", AttributionKind.Direct, "Burton", "said", "The convoy is safe," },
        // Framing verbs.
        { "Prime Minister Tarik Osei called the strike a violation of Iraqi sovereignty.", AttributionKind.Indirect, "Tarik Osei", "called", "the strike a violation of Iraqi sovereignty" },
        { "The ministry described the attack as an assassination attempt.", AttributionKind.Indirect, "The ministry", "described", "the attack as an assassination attempt" },
        { "The Zephyr Front condemned the strike on the depot.", AttributionKind.Indirect, "Zephyr Front", "condemned", "the strike on the depot" },
        { "Harakat al-Nujaba remains the loudest of the factions but has claimed two attacks this year.", AttributionKind.Indirect, "Harakat al-Nujaba", "claimed", "two attacks" },
        { "Kataib Hezbollah vowed to avenge the commander.", AttributionKind.Indirect, "Kataib Hezbollah", "vowed", "to avenge the commander" },
        { "The Pentagon confirmed that two soldiers were wounded.", AttributionKind.Indirect, "Pentagon", "confirmed", "two soldiers were wounded" },
        { "Tarik Osei insisted that the forces would stay.", AttributionKind.Indirect, "Tarik Osei", "insisted", "the forces would stay" },
        { "The embassy urged its citizens to leave the country.", AttributionKind.Indirect, "The embassy", "urged", "to leave the country" },
        { "Tarik Osei pledged to rebuild the base.", AttributionKind.Indirect, "Tarik Osei", "pledged", "to rebuild the base" },
        // Documents as sources.
        { "A statement said the base had been hit by three rockets.", AttributionKind.Indirect, "A statement", "said", "the base had been hit by three rockets" },
        { "The report, released on Sunday, found that the militia fired twelve rockets.", AttributionKind.Indirect, "The report", "found", "the militia fired twelve rockets" },
        { "In a post on Telegram, the group said it would retaliate.", AttributionKind.Indirect, "the group", "said", "it would retaliate" },
        // Fronted content and a long speaker.
        { "The attack, which killed three, was planned by the brigade, a senior official who spoke on condition of anonymity said.", AttributionKind.Indirect, "a senior official", "said", "The attack, which killed three, was planned by the brigade" },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Pattern_GivesItsStatement(string text, AttributionKind kind, string source, string cue, string content)
    {
        NewsExtract.Attribution[] all = TestPipeline.Annotate(text).Attributions.ToArray();
        all.Should().Contain(a => a.Kind == kind && a.Source != null && Slice(text, a.Source.Span) == source
            && a.Cue != null && Slice(text, a.Cue.Value) == cue && Slice(text, a.Content) == content,
            "the sentence holds that statement; found: " + string.Join(" | ", all.Select(a => $"{a.Kind} {(a.Source is { } s ? Slice(text, s.Span) : "-")} {(a.Cue is { } c ? Slice(text, c) : "-")} [{Slice(text, a.Content)}] {a.Rule}")));
    }

    [Fact]
    public void SurnameOnly_TakesTheKeyOfThePersonNamedBefore()
    {
        const string text = "Lloyd Austin visited the base on Monday. \"We are staying,\" Austin said.";
        NewsExtract.Attribution a = TestPipeline.Annotate(text).Attributions.Should().ContainSingle().Subject;
        Slice(text, a.Source!.Span).Should().Be("Austin");
        a.Source.Key.Should().Be("lloyd-austin");
    }

    [Fact]
    public void Nested_GivesBothStatementsWithTheirOwnSources()
    {
        const string text = "Tarik Osei said that the commander had told him the attack was a mistake.";
        NewsExtract.Attribution[] all = TestPipeline.Annotate(text).Attributions.ToArray();
        all.Should().Contain(a => Slice(text, a.Source!.Span) == "Tarik Osei" && Slice(text, a.Content) == "the commander had told him the attack was a mistake");
        all.Should().Contain(a => Slice(text, a.Source!.Span) == "the commander" && Slice(text, a.Content).EndsWith("the attack was a mistake", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The militia did not say whether it fired the rockets.")]
    [InlineData("No group claimed the attack on the convoy.")]
    [InlineData("The rockets landed near the airport on Sunday night.")]
    public void NoStatement_IsInvented(string text) =>
        TestPipeline.Annotate(text).Attributions.Should().BeEmpty();

    [Fact]
    public void Transcript_CuesInsideATurnAreStatements_TheLabelIsNot()
    {
        const string text = "Q: Did the militia fire the rockets?\n\nA: We believe the militia fired them from the north.";
        NewsExtract.Attribution a = TestPipeline.Annotate(text).Attributions.Should().ContainSingle().Subject;
        Slice(text, a.Source!.Span).Should().Be("We");
        Slice(text, a.Cue!.Value).Should().Be("believe");
        Slice(text, a.Content).Should().Be("the militia fired them from the north");
    }

    [Fact]
    public void SpeakerTurn_FirstPersonCueTakesTheSpeakersKey()
    {
        const string text = "GEN. VICKERY: The base is quiet, and I think the attacks will stop.";
        NewsExtract.Attribution a = TestPipeline.Annotate(text).Attributions.Should().ContainSingle().Subject;
        Slice(text, a.Source!.Span).Should().Be("I");
        a.Source.Key.Should().Be("vickery");
        Slice(text, a.Content).Should().Be("the attacks will stop");
    }

    [Fact]
    public void ParseSieve_ReadsThePipelinesParse_WhenSyntaxIsOn()
    {
        const string text = "\"We think so,\" Smith said.";
        var full = NewsExtractor.Create(new NewsExtractorOptions { Syntax = SyntaxLevel.Full, NameModel = false }); // no model name, so no surface sieve knows the speaker
        NewsExtract.Attribution a = full.Annotate(text, cancellationToken: TestContext.Current.CancellationToken).Attributions.Should().ContainSingle().Subject;
        a.Rule.Should().Be("ParseSpeech");
        Slice(text, a.Content).Should().Be("We think so,");
    }
}
