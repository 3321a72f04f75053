using System.Collections.Frozen;

namespace NewsExtract;

/// <summary>
/// Words for people in place of the enum names of the data (<c>ArmedGroup</c> is "armed group",
/// <c>AccordingTo</c> is "'according to'"). The JSON keeps the enum names; pages show these.
/// </summary>
internal static class HumanNames
{
    private static readonly FrozenDictionary<string, string> s_names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Entity types.
        ["Person"] = "person",
        ["ArmedGroup"] = "armed group",
        ["StateForce"] = "state force",
        ["Government"] = "government",
        ["Organization"] = "organization",
        ["GeoPolitical"] = "country or region",
        ["Location"] = "place",
        ["Facility"] = "facility",
        ["Nationality"] = "nationality",

        // Statement kinds.
        ["Direct"] = "direct quote",
        ["Indirect"] = "reported speech",
        ["AccordingTo"] = "\u201Caccording to\u201D",
        ["Mixed"] = "partial quote",

        // Source kinds.
        ["Named"] = "named",
        ["Pronoun"] = "pronoun",
        ["Nominal"] = "described",
        ["Anonymous"] = "anonymous",
        ["Document"] = "document",

        // Stances.
        ["Asserted"] = "asserted",
        ["Denied"] = "denied",
        ["Hedged"] = "hedged",

        // Count qualifiers and categories.
        ["Exact"] = "exactly",
        ["AtLeast"] = "at least",
        ["MoreThan"] = "more than",
        ["About"] = "about",
        ["UpTo"] = "up to",
        ["LessThan"] = "less than",
        ["Range"] = "range",
        ["Plus"] = "plus",
        ["Attacks"] = "attacks",
        ["Munitions"] = "munitions",
        ["Personnel"] = "personnel",
        ["Killed"] = "killed",
        ["Injured"] = "injured",
        ["People"] = "people",
        ["Facilities"] = "facilities",
        ["Vehicles"] = "vehicles",
        ["Other"] = "other",

        // Zones.
        ["Headline"] = "headline",
        ["Dateline"] = "dateline",
        ["Body"] = "body",
        ["Bullet"] = "bullet",
        ["Caption"] = "caption",
        ["Boilerplate"] = "boilerplate",
        ["References"] = "references",

        // Date granularities.
        ["Day"] = "day",
        ["Month"] = "month",
        ["Year"] = "year",
        ["Interval"] = "period",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The word for an enum name of the data, or the name itself when it has none.</summary>
    public static string Of(string name) => s_names.GetValueOrDefault(name, name);

    /// <summary>The word for an enum value.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => Of(value.ToString());

    /// <summary>The word with a capital first letter, for headings and table cells.</summary>
    public static string Capitalized(string name)
    {
        string word = Of(name);
        return word.Length > 0 && char.IsLower(word[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
    }
}
