using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Events;

/// <summary>
/// Identity of event mentions and the role errors of the second pass (places taken for attackers, a victim taken for
/// the attacker, a base taken for the place), on sentences written for these tests.
/// </summary>
public class EventIdentityRoleTests
{
    private static (NewsDocument Doc, EventMention[] Events) Run(string text, DateOnly? published = null)
    {
        NewsDocument doc = TestPipeline.Annotate(text, published);
        Invariants.Check(doc);
        return (doc, [.. doc.Events]);
    }

    private static string Text(NewsDocument doc, EventRole? role) => role is EventRole r ? doc.GetText(r.Span) : "";

    private static EventMention Trigger(NewsDocument doc, EventMention[] events, string trigger) =>
        events.Should().ContainSingle(e => doc.GetText(e.Trigger) == trigger).Subject;

    [Fact]
    public void Place_NameInsideTheTargetPhrase_WinsOverTheBase()
    {
        // Decision 7: the place is Baghdad, the base is the target.
        (NewsDocument doc, EventMention[] events) = Run("Militants fired rockets at a U.S. base in Baghdad on Monday.", new DateOnly(2024, 2, 1));
        EventMention e = Trigger(doc, events, "fired");
        Text(doc, e.Place).Should().Be("Baghdad");
        e.Place!.Value.Key.Should().Be("baghdad");
        Text(doc, e.Target).Should().Contain("base");
    }

    [Fact]
    public void Place_ABaseWithNoPlaceName_StaysThePlace()
    {
        (NewsDocument doc, EventMention[] events) = Run("Militants fired rockets at a U.S. base on Monday.", new DateOnly(2024, 2, 1));
        Text(doc, Trigger(doc, events, "fired").Place).Should().Contain("base");
    }

    [Fact]
    public void Attacker_ACityBeforeTheTrigger_IsThePlaceNotTheAttacker()
    {
        (NewsDocument doc, EventMention[] events) = Run("The Erbil airport drone attack wounded two contractors.", new DateOnly(2024, 2, 1));
        EventMention e = Trigger(doc, events, "drone attack");
        e.Attacker.Should().BeNull();
        Text(doc, e.Place).Should().Contain("Erbil");
    }

    [Fact]
    public void Attacker_ACountryBeforeTheTrigger_StaysTheAttacker()
    {
        (NewsDocument doc, EventMention[] events) = Run("An Israeli airstrike hit a depot outside Damascus.", new DateOnly(2024, 2, 1));
        EventMention e = Trigger(doc, events, "airstrike");
        e.Attacker!.Value.Key.Should().Be("israel");
    }

    [Fact]
    public void Attacker_AnElliptialOrdinal_IsNeverTheAttacker()
    {
        (NewsDocument doc, EventMention[] events) = Run("Officials said one drone was intercepted and that a second struck a building at the base.", new DateOnly(2024, 2, 1));
        EventMention e = Trigger(doc, events, "struck");
        Text(doc, e.Attacker).Should().NotContain("second");
    }

    [Fact]
    public void Victim_APersonBeforeTheTrigger_IsTheTarget_AndTiesTheAct()
    {
        (NewsDocument doc, EventMention[] events) = Run(
            "A U.S. drone strike killed Qassem Soleimani near Baghdad airport in January. Rocket fire on U.S. bases rose in 2019, and it has grown since the Soleimani strike.",
            new DateOnly(2020, 3, 1));
        EventMention first = Trigger(doc, events, "drone strike");
        EventMention later = events.Should().ContainSingle(e => doc.GetText(e.Trigger) == "strike").Subject;
        Text(doc, later.Attacker).Should().NotContain("Soleimani");
        Text(doc, later.Target).Should().Contain("Soleimani");
        later.Event.Should().Be(first.Event);
    }

    [Fact]
    public void Identity_DifferentWeekdaysWithNoPublicationDate_AreTwoActs()
    {
        (NewsDocument doc, EventMention[] events) = Run("Rockets struck the base on Saturday. Militants attacked the airport on Wednesday.");
        Trigger(doc, events, "struck").Event.Should().NotBe(Trigger(doc, events, "attacked").Event);
    }

    [Fact]
    public void Identity_TheAttacksAfterACountedSet_JoinTheSet()
    {
        (NewsDocument doc, EventMention[] events) = Run(
            "Militias have launched more than 60 attacks on U.S. forces since October. The attacks have wounded dozens of soldiers.",
            new DateOnly(2024, 2, 1));
        events.Select(e => e.Event).Distinct().Should().ContainSingle();
        doc.EventRecords.Should().ContainSingle().Which.Aggregate.Should().BeTrue();
    }

    [Fact]
    public void Place_ACountryConjoinedWithForces_IsPartOfTheTarget()
    {
        (NewsDocument doc, EventMention[] events) = Run("Kataib Hezbollah claimed the attacks on U.S. and coalition forces last week.", new DateOnly(2024, 2, 1));
        EventMention e = events.Should().ContainSingle().Subject;
        Text(doc, e.Place).Should().NotBe("U.S.");
        Text(doc, e.Target).Should().Contain("coalition");
    }
}
