using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Events;

/// <summary>The event layer on short sentences written for these tests, one pattern of EVENTS.md each.</summary>
public class EventPatternTests
{
    private static (NewsDocument Doc, EventMention[] Events) Run(string text)
    {
        NewsDocument doc = TestPipeline.Annotate(text, new DateOnly(2024, 2, 1));
        Invariants.Check(doc);
        return (doc, [.. doc.Events]);
    }

    private static string Text(NewsDocument doc, EventRole? role) => role is EventRole r ? doc.GetText(r.Span) : "";

    [Fact]
    public void Event_Passive_ByAgentIsAttacker_SubjectIsTarget()
    {
        (NewsDocument doc, EventMention[] events) = Run("Al-Asad Air Base was struck by Kataib Hezbollah on Friday.");
        EventMention e = events.Should().ContainSingle().Subject;
        doc.GetText(e.Trigger).Should().Be("struck");
        Text(doc, e.Attacker).Should().Be("Kataib Hezbollah");
        e.Attacker!.Value.Key.Should().Be("kataib-hezbollah");
        Text(doc, e.Target).Should().Contain("Al-Asad Air Base");
        Text(doc, e.Time).Should().Be("Friday");
        e.Polarity.Should().Be(EventPolarity.Asserted);
    }

    [Fact]
    public void Event_Nominal_PossessorIsAttacker_OnIsTarget_MeansInTrigger()
    {
        (NewsDocument doc, EventMention[] events) = Run("Kataib Hezbollah (KH) denied nothing. KH's drone attack on the outpost killed three U.S. soldiers.");
        EventMention e = events.Should().ContainSingle().Subject;
        doc.GetText(e.Trigger).Should().Be("drone attack");
        e.Instrument.Should().Be(EventInstrument.Drone);
        e.Attacker!.Value.Key.Should().Be("kataib-hezbollah");
        Text(doc, e.Target).Should().Be("the outpost");
        Text(doc, e.Killed).Should().Be("three U.S. soldiers");
    }

    [Fact]
    public void Event_Aggregate_CountsTimes()
    {
        (NewsDocument doc, EventMention[] events) = Run("Iran-backed militias have attacked U.S. forces at least 38 times since October 17.");
        EventMention e = events.Should().ContainSingle().Subject;
        doc.GetText(e.Trigger).Should().Be("attacked");
        Text(doc, e.Count).Should().Contain("38 times");
        Text(doc, e.Target).Should().Be("U.S. forces");
        EventRecord record = doc.EventRecords.Should().ContainSingle().Subject;
        record.Aggregate.Should().BeTrue();
    }

    [Fact]
    public void Event_Aggregate_CountOfAttacksWithALightVerb()
    {
        (NewsDocument doc, EventMention[] events) = Run("Militias have carried out more than 40 attacks on U.S. forces since Oct. 17.");
        EventMention e = events.Should().ContainSingle().Subject;
        doc.GetText(e.Trigger).Should().Be("attacks");
        Text(doc, e.Count).Should().Contain("more than 40");
        Text(doc, e.Target).Should().Be("U.S. forces");
        doc.EventRecords.Should().ContainSingle().Which.Aggregate.Should().BeTrue();
    }

    [Fact]
    public void Event_BarePluralAfterASet_JoinsTheSet()
    {
        (_, EventMention[] events) = Run(
            "Iran-backed militias have launched 38 attacks on U.S. forces since October 17. Iran-backed attacks have injured 14 soldiers.");
        events.Should().HaveCount(2);
        events[1].Event.Should().Be(events[0].Event, "a plural with no count of its own speaks of the set the text is telling");
    }

    [Fact]
    public void Event_Negated_IsDenied()
    {
        (_, EventMention[] events) = Run("Officials said no attack took place at the base.");
        events.Should().ContainSingle().Which.Polarity.Should().Be(EventPolarity.Denied);
    }

    [Fact]
    public void Event_ApparentAttack_IsHedged()
    {
        (_, EventMention[] events) = Run("An apparent drone attack hit the base near Erbil.");
        events.Should().NotBeEmpty();
        events[0].Polarity.Should().Be(EventPolarity.Hedged);
    }

    [Fact]
    public void Event_Interception_IsNotAnEvent()
    {
        (_, EventMention[] events) = Run("Coalition forces intercepted two drones over the base.");
        events.Should().BeEmpty();
    }

    [Fact]
    public void Event_KillingWithNoAttackWord_KilledIsTheTrigger()
    {
        (NewsDocument doc, EventMention[] events) = Run("Gunmen killed two guards in Basra on Tuesday.");
        EventMention e = events.Should().ContainSingle().Subject;
        doc.GetText(e.Trigger).Should().Be("killed");
        Text(doc, e.Killed).Should().Be("two guards");
        Text(doc, e.Place).Should().Be("Basra");
    }

    [Fact]
    public void Event_TwoTriggersOneAct_TheMeansWins()
    {
        (NewsDocument doc, EventMention[] events) = Run("A drone strike killed two militia commanders in Baghdad.");
        EventMention e = events.Should().ContainSingle().Subject;
        doc.GetText(e.Trigger).Should().Be("drone strike");
        Text(doc, e.Killed).Should().Be("two militia commanders");
        e.Place!.Value.Key.Should().Be("baghdad");
    }

    [Fact]
    public void Event_LightVerb_TheNounIsTheTrigger()
    {
        (NewsDocument doc, EventMention[] events) = Run("The militia launched attacks on U.S. bases in Syria.");
        EventMention e = events.Should().ContainSingle().Subject;
        doc.GetText(e.Trigger).Should().Be("attacks");
        Text(doc, e.Attacker).Should().Be("The militia");
        Text(doc, e.Target).Should().Contain("U.S. bases");
        e.Place!.Value.Key.Should().Be("syria");
    }

    [Fact]
    public void Event_Threat_IsNotAnEvent()
    {
        (_, EventMention[] events) = Run("The group vowed to retaliate against American interests.");
        events.Should().BeEmpty();
    }

    [Fact]
    public void Event_AttackOnCity_CityIsPlaceNotTarget()
    {
        (NewsDocument doc, EventMention[] events) = Run("The rocket attack on Erbil caused no casualties.");
        EventMention e = events.Should().ContainSingle().Subject;
        e.Instrument.Should().Be(EventInstrument.Rocket);
        Text(doc, e.Place).Should().Be("Erbil");
        e.Target.Should().BeNull();
    }

    [Fact]
    public void Event_RepeatedMentions_ShareOneIdentity()
    {
        (NewsDocument doc, EventMention[] events) = Run(
            "A rocket attack struck Camp Taji on Friday. The attack wounded two soldiers. Officials said the attack came from the north.");
        events.Length.Should().BeGreaterThanOrEqualTo(2);
        events.Select(e => e.Event).Distinct().Should().ContainSingle();
        EventRecord record = doc.EventRecords.Should().ContainSingle().Subject;
        record.From.Should().NotBeNull();
        record.Mentions.Length.Should().Be(events.Length);
    }

    [Fact]
    public void Event_DifferentMeansAndAttackers_AreDifferentActs()
    {
        (_, EventMention[] events) = Run("Militants fired rockets at the base in Erbil. Separately, a U.S. airstrike hit a militia depot in Syria.");
        events.Select(e => e.Event).Distinct().Should().HaveCountGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Event_Record_PlaceHasCoordinatesFromTheGazetteer()
    {
        (NewsDocument doc, _) = Run("Rockets landed in Baghdad on Monday.");
        EventRecord record = doc.EventRecords.Should().ContainSingle().Subject;
        record.Place!.Key.Should().Be("baghdad");
        record.Place.Latitude.Should().BeApproximately(33.3, 0.5);
        record.Instrument.Should().Be(EventInstrument.Rocket);
    }

    [Fact]
    public void Event_Json_WritesMentionsAndRecords()
    {
        (NewsDocument doc, _) = Run("A drone strike killed two militia commanders in Baghdad.");
        string json = NewsDocumentJson.Serialize(doc);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        System.Text.Json.JsonElement e = parsed.RootElement.GetProperty("events")[0];
        e.GetProperty("trigger").GetProperty("text").GetString().Should().Be("drone strike");
        e.GetProperty("instrument").GetString().Should().Be("drone");
        e.GetProperty("event").GetString().Should().Be("E1");
        parsed.RootElement.GetProperty("eventRecords")[0].GetProperty("mentions")[0].GetString().Should().Be("e1");
    }

    [Fact]
    public void Event_Off_LeavesTheLayersEmpty()
    {
        NewsDocument doc = NewsExtractor.Create(new NewsExtractorOptions { Events = false }).Annotate("A drone strike killed two men.", cancellationToken: TestContext.Current.CancellationToken);
        doc.Events.Should().BeEmpty();
        doc.EventRecords.Should().BeEmpty();
    }
}
