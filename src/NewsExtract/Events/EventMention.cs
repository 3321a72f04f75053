namespace NewsExtract;

/// <summary>The kind of event a mention names. One type for now: every use of force is an attack.</summary>
public enum EventType : byte
{
    /// <summary>A use of force, whoever uses it: a rocket attack, an air strike, a bombing, a raid, a killing.</summary>
    Attack,
}

/// <summary>Whether the text reports the event as having happened.</summary>
public enum EventPolarity : byte
{
    /// <summary>Reported as having happened.</summary>
    Asserted,
    /// <summary>Negated or denied: "no attack took place".</summary>
    Denied,
    /// <summary>Hedged: "an apparent drone attack", "reportedly struck".</summary>
    Hedged,
}

/// <summary>The means of an attack, as one word (<c>docs/output-format.md</c> lists them).</summary>
public enum EventInstrument : byte
{
    /// <summary>Rockets.</summary>
    Rocket,
    /// <summary>Mortars.</summary>
    Mortar,
    /// <summary>Drones (UAVs).</summary>
    Drone,
    /// <summary>Missiles.</summary>
    Missile,
    /// <summary>Air strikes, bombing from the air.</summary>
    Airstrike,
    /// <summary>Roadside bombs, improvised explosive devices.</summary>
    Ied,
    /// <summary>Gunfire, shootings.</summary>
    Gunfire,
    /// <summary>Artillery, shelling.</summary>
    Artillery,
    /// <summary>Another named means (a car bomb, a grenade).</summary>
    Other,
}

/// <summary>A role of an event mention: a span in the trigger's sentence, with the key of the entity it names.</summary>
/// <param name="Span">The role's text.</param>
/// <param name="Key">The key of the named entity the span is or refers to, or <see langword="null"/>.</param>
public readonly record struct EventRole(TextSpan Span, string? Key);

/// <summary>
/// One mention of a use of force that the text reports (<c>EVENTS.md</c>): the trigger, the instrument, the polarity and
/// the roles found in the trigger's sentence, with the identity shared by the mentions of one act.
/// </summary>
/// <param name="Trigger">The word or shortest phrase naming the use of force: "drone strike", "attacked".</param>
/// <param name="Type">The event type.</param>
/// <param name="Instrument">The means, or <see langword="null"/> when the sentence does not say.</param>
/// <param name="Polarity">Asserted, denied or hedged.</param>
/// <param name="Event">The identity: mentions of the same act share it ("E1", "E2", ... in reading order of first mention).</param>
public sealed record EventMention(TextSpan Trigger, EventType Type, EventInstrument? Instrument, EventPolarity Polarity, string Event)
{
    /// <summary>Gets who used force, or <see langword="null"/>.</summary>
    public EventRole? Attacker { get; init; }

    /// <summary>Gets what or who was attacked, or <see langword="null"/>.</summary>
    public EventRole? Target { get; init; }

    /// <summary>Gets where it happened, or <see langword="null"/>.</summary>
    public EventRole? Place { get; init; }

    /// <summary>Gets the time expression of the act, or <see langword="null"/>.</summary>
    public EventRole? Time { get; init; }

    /// <summary>Gets the count of acts for an aggregate ("at least 38 times"), or <see langword="null"/>.</summary>
    public EventRole? Count { get; init; }

    /// <summary>Gets the phrase naming or counting the dead, or <see langword="null"/>.</summary>
    public EventRole? Killed { get; init; }

    /// <summary>Gets the phrase naming or counting the wounded, or <see langword="null"/>.</summary>
    public EventRole? Injured { get; init; }
}
