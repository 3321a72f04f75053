using System.Collections.Immutable;

namespace NewsExtract;

/// <summary>An actor of an event record: the entity's key and type, or only the words when no entity is named.</summary>
/// <param name="Span">The role span of the first mention that gives it.</param>
/// <param name="Key">The entity key, or <see langword="null"/> ("U.S. forces", "the militia" with no antecedent).</param>
/// <param name="Type">The entity type, or <see langword="null"/> when <paramref name="Key"/> is.</param>
public sealed record EventParticipant(TextSpan Span, string? Key, EntityType? Type);

/// <summary>The place of an event record, with coordinates when the gazetteer gives them.</summary>
/// <param name="Span">The place span of the first mention that gives it.</param>
/// <param name="Key">The entity key, or <see langword="null"/>.</param>
/// <param name="Latitude">Degrees north, or <see langword="null"/>.</param>
/// <param name="Longitude">Degrees east, or <see langword="null"/>.</param>
public sealed record EventPlace(TextSpan Span, string? Key, double? Latitude, double? Longitude);

/// <summary>A number of an event record (acts, dead, wounded), from the count layer.</summary>
/// <param name="Span">The phrase it comes from.</param>
/// <param name="Value">The number.</param>
/// <param name="Qualifier">How the number is qualified ("at least", "more than").</param>
public sealed record EventNumber(TextSpan Span, double Value, QuantityQualifier Qualifier);

/// <summary>
/// One act (or one aggregate of acts) of a document: the mentions that share an <see cref="EventMention.Event"/> id,
/// joined with the entities, places, dates, counts and the statements that report them.
/// </summary>
/// <param name="Event">The identity shared by the mentions.</param>
/// <param name="Type">The event type.</param>
/// <param name="Polarity">Asserted when any mention asserts it; else denied or hedged as the mentions say.</param>
public sealed record EventRecord(string Event, EventType Type, EventPolarity Polarity)
{
    /// <summary>Gets the first instrument a mention names, or <see langword="null"/>.</summary>
    public EventInstrument? Instrument { get; init; }

    /// <summary>Gets whether the record is an aggregate of several acts ("38 attacks since October 17").</summary>
    public bool Aggregate { get; init; }

    /// <summary>Gets who used force, or <see langword="null"/>.</summary>
    public EventParticipant? Attacker { get; init; }

    /// <summary>Gets what or who was attacked, or <see langword="null"/>.</summary>
    public EventParticipant? Target { get; init; }

    /// <summary>Gets where, or <see langword="null"/>.</summary>
    public EventPlace? Place { get; init; }

    /// <summary>Gets the first day of the act or of the aggregate's period, or <see langword="null"/>.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Gets the last day (equal to <see cref="From"/> for one day), or <see langword="null"/>.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Gets how many acts, for an aggregate, or <see langword="null"/>.</summary>
    public EventNumber? Count { get; init; }

    /// <summary>Gets how many were killed, when a mention gives a number, or <see langword="null"/>.</summary>
    public EventNumber? Killed { get; init; }

    /// <summary>Gets how many were injured, when a mention gives a number, or <see langword="null"/>.</summary>
    public EventNumber? Injured { get; init; }

    /// <summary>Gets the indexes of the mentions in <see cref="NewsDocument.Events"/>, in reading order.</summary>
    public ImmutableArray<int> Mentions { get; init; } = [];

    /// <summary>Gets the indexes of the statements in <see cref="NewsDocument.Attributions"/> whose content holds a mention.</summary>
    public ImmutableArray<int> Statements { get; init; } = [];
}
