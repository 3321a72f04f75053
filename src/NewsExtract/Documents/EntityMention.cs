using System.Collections.Frozen;

namespace NewsExtract;

/// <summary>The type of a named actor or place, as defined in the annotation guidelines.</summary>
public enum EntityType : byte
{
    /// <summary>A named individual.</summary>
    Person,
    /// <summary>A non-state armed group, militia, terrorist organisation or umbrella front.</summary>
    ArmedGroup,
    /// <summary>A state's armed forces, commands, security and intelligence services, named military coalitions.</summary>
    StateForce,
    /// <summary>Governments, ministries, departments, legislatures, courts, executive offices.</summary>
    Government,
    /// <summary>Any other named organisation: media, agencies, think tanks, parties, companies.</summary>
    Organization,
    /// <summary>Countries, provinces, cities, towns, regions with a government.</summary>
    GeoPolitical,
    /// <summary>Named places without a government: seas, rivers, deserts, wide regions.</summary>
    Location,
    /// <summary>Bases, airports, embassies, camps, named buildings and fortified zones.</summary>
    Facility,
    /// <summary>A nationality, ethnic or religious adjective (<c>Iranian</c>, <c>Shia</c>); not an actor.</summary>
    Nationality,
}

/// <summary>How an entity mention was found.</summary>
public enum EntityOrigin : byte
{
    /// <summary>A gazetteer entry (built in or added by the user).</summary>
    Gazetteer,
    /// <summary>An acronym or short name defined in the text: "Kataib Hezbollah (KH)".</summary>
    Definition,
    /// <summary>Context rules: titles, speech verbs, organisation and place words, capitalisation.</summary>
    Rule,
    /// <summary>A later mention linked to an earlier, fuller one (a surname after a full name).</summary>
    Link,
    /// <summary>The learned name finder: a name no gazetteer lists, told by its context (see <see cref="EntityMention.Score"/>).</summary>
    Model,
}

/// <summary>One mention of a named actor or place, linked to its entity by <see cref="Key"/>.</summary>
/// <param name="Span">The name's text (no leading "the", no possessive, no title).</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Key">The entity's key: stable gazetteer key, or a slug of the fullest name in the document.</param>
/// <param name="Name">The entity's canonical name.</param>
/// <param name="Origin">How the mention was found.</param>
public sealed record EntityMention(TextSpan Span, EntityType Type, string Key, string Name, EntityOrigin Origin)
{
    /// <summary>Gets gazetteer attributes of the entity (affiliation, umbrella, kind, country, coordinates…); empty when unknown.</summary>
    public FrozenDictionary<string, string> Attributes { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>
    /// Gets how sure the finder is, in (0, 1]: 1 for gazetteer, definition and rule mentions; for
    /// <see cref="EntityOrigin.Model"/> mentions, the model's least margin over the name's tokens mapped through a logistic curve.
    /// </summary>
    public float Score { get; init; } = 1f;

    /// <summary>Gets whether the type is an actor type (Person through Organization).</summary>
    public bool IsActor => Type <= EntityType.Organization;

    /// <summary>Gets whether the type is a place type (GeoPolitical, Location, Facility).</summary>
    public bool IsPlace => Type is EntityType.GeoPolitical or EntityType.Location or EntityType.Facility;
}
