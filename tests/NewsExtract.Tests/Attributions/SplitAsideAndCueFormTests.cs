using NewsExtract.Tests.Support;
using static NewsExtract.Tests.Attributions.StatementAssertions;

namespace NewsExtract.Tests.Attributions;

/// <summary>Issue 15, recall of reported speech (session 3): split asides, new cue forms, coordinated speakers, boundaries
/// and sources. Sentences written for these tests, one per pattern.</summary>
public class SplitAsideAndCueFormTests
{
    public static TheoryData<string, string, string, string> Patterns => new()
    {
        // Split asides: the guidelines give one span, so the content runs over the aside to the clause's end.
        { "The bill, he said, would hurt families.", "he", "said", "The bill, he said, would hurt families" },
        { "The new rules, the minister said, will take effect in March.", "the minister", "said", "The new rules, the minister said, will take effect in March" },
        { "The plan, according to officials, would cost billions.", "officials", "according to", "The plan, according to officials, would cost billions" },
        // New cue forms.
        { "The governor made clear that he would not sign the bill.", "The governor", "made clear", "he would not sign the bill" },
        { "The senator made it clear she would vote against the plan.", "The senator", "made it clear", "she would vote against the plan" },
        { "The poll shows that most voters oppose the tax.", "The poll", "shows", "most voters oppose the tax" },
        { "Records showed that the company had paid no tax.", "Records", "showed", "the company had paid no tax" },
        { "His claim that the election was rigged has been rejected.", "His", "claim", "the election was rigged" },
        // Coordinated speakers: one statement per speaker (guidelines).
        { "Obama and Clinton both said the deal was fair.", "Obama", "said", "the deal was fair" },
        { "Obama and Clinton both said the deal was fair.", "Clinton", "said", "the deal was fair" },
        // Boundaries: a promise ends before what it defies; a timeline's date is no part of the statement.
        { "The group vowed to continue attacks despite the warnings.", "The group", "vowed", "to continue attacks" },
        { "Oct. 26, 2023: Dozens of rockets are fired at a camp near the city, according to officials.", "officials", "according to", "Dozens of rockets are fired at a camp near the city" },
        { "Shells landed near the depot, police said Tuesday, only hours after an earlier raid.", "police", "said", "Shells landed near the depot" },
        { "An aide said in late May, when the talks had stalled, that the deal was dead.", "An aide", "said", "the deal was dead" },
        { "The army said the strikes killed two soldiers, while wounding five others.", "The army", "said", "the strikes killed two soldiers, while wounding five others" },
        { "The general said he expects more attacks on the bases: \"It is a very real risk.\"", "The general", "said", "he expects more attacks on the bases" },
        { "The general said he expects more attacks on the bases: \"It is a very real risk.\"", "The general", "said", "It is a very real risk." },
        { "The militias vowed to exact revenge for the strikes, signalling another cycle of violence.", "The militias", "vowed", "to exact revenge for the strikes" },
        { "He was responsible for the drone unit, an official from the group told reporters.", "an official from the group", "told reporters", "He was responsible for the drone unit" },
        { "The Zephyr Front \u2013 which had halted its raids in spring \u2013 said a senior leader of the front had died.", "Zephyr Front", "said", "a senior leader of the front had died" },
        // Sources: an unknown surname opening the sentence; a name owned by another name.
        { "Sanders, who is running for president, said the plan was too small.", "Sanders", "said", "the plan was too small" },
        { "Drones hit the runway, according to Iraq's Security Media Cell.", "Security Media Cell", "according to", "Drones hit the runway" },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Pattern_GivesItsStatement(string text, string source, string cue, string content)
        => StatementAssertions.ShouldGiveStatement(text, source, cue, content);

    [Theory]
    [InlineData("The video shows militants firing rockets at the base.")]
    [InlineData("The mayor, who spoke to a local radio station, has argued in his latest statements that the bridge will reopen.")]
    public void NoSpuriousStatement(string text)
    {
        NewsExtract.Attribution[] all = TestPipeline.Annotate(text).Attributions.ToArray();
        all.Should().NotContain(a => a.Cue != null && (Slice(text, a.Cue.Value) == "shows" || Slice(text, a.Cue.Value) == "statements"), Describe(text, all));
    }

    [Fact]
    public void CommaAnd_AfterAPlace_StartsANewSpeaker()
    {
        const string text = "Talks in Vienna stalled, and a senior commander told reporters that the truce would hold.";
        NewsExtract.Attribution[] all = TestPipeline.Annotate(text).Attributions.ToArray();
        all.Should().ContainSingle(a => Slice(text, a.Content) == "the truce would hold", Describe(text, all));
        all.Should().NotContain(a => a.Source != null && Slice(text, a.Source.Span) == "Vienna", Describe(text, all));
    }

    [Fact]
    public void QuotationSplitByItsAttribution_IsTwoDirectStatements()
    {
        const string text = "\"The bill,\" he said, \"would hurt families.\"";
        NewsExtract.Attribution[] all = TestPipeline.Annotate(text).Attributions.ToArray();
        all.Where(a => a.Kind == AttributionKind.Direct).Should().HaveCount(2, Describe(text, all));
    }
}
