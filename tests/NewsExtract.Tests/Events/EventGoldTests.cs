using NewsExtract.Evaluation;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Events;

/// <summary>
/// The event layer scored against the development articles' event gold (<c>../shared/dev-articles</c>, read at run
/// time, never copied). The floors sit under the figures recorded in docs/accuracy.md (seen data: the shipped model was
/// trained on these articles), so a regression fails here.
/// </summary>
public class EventGoldTests
{
    [Fact]
    public void EventGold_DevArticles_StayAboveTheFloors()
    {
        string folder = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "dev-articles"));
        Assert.SkipUnless(Directory.Exists(folder), $"no development articles at {folder}");
        EvalReport report = Evaluator.Run(TestPipeline.Extractor, folder);
        report.GetScore("events.trigger").F1.Should().BeGreaterThanOrEqualTo(0.95);
        report.GetScore("events.role").F1.Should().BeGreaterThanOrEqualTo(0.66);
        report.GetScore("events.identity").F1.Should().BeGreaterThanOrEqualTo(0.69);
        report.GetScore("events.trigger").Gold.Should().Be(136, "the twelve articles hold 136 gold mentions");
    }

    [Fact]
    public void EventScorer_MatchesByOverlap_LargestFirst()
    {
        var gold = new List<GoldEvent>
        {
            new(new TextSpan(0, 13), "E1", "rocket", EventPolarity.Asserted, new Dictionary<string, GoldEventRole>()),
            new(new TextSpan(20, 26), "E1", null, EventPolarity.Asserted, new Dictionary<string, GoldEventRole>()),
        };
        var predicted = new List<EventMention>
        {
            new(new TextSpan(7, 13), EventType.Attack, null, EventPolarity.Asserted, "E1"),
            new(new TextSpan(30, 36), EventType.Attack, null, EventPolarity.Asserted, "E2"),
        };
        EventScorer.Match(gold, predicted).Should().Equal((0, 0));
    }
}
