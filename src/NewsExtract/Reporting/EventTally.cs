using System.Globalization;
using System.Text.Json;

namespace NewsExtract;

/// <summary>
/// The report's count of event records (<c>eventRecords</c> of each document): single acts by day and attacker for the
/// time line, and the places of acts and aggregates with gazetteer coordinates for the attack map. Denied events are
/// left out. Bounded like the other counters: at most <see cref="CorpusReportOptions.MaxKeys"/> attackers, places and
/// (day, attacker) pairs; past that a pair is counted under <see cref="Other"/>.
/// </summary>
internal sealed class EventTally
{
    /// <summary>The attacker label of acts whose attacker is not named or was dropped by the bound.</summary>
    public const string Other = "(unnamed)";

    private readonly int _maxKeys;

    public EventTally(int maxKeys)
    {
        _maxKeys = maxKeys;
        Attackers = new TopCounter<string>(maxKeys);
        Places = new TopCounter<PlaceInfo>(maxKeys);
    }

    /// <summary>Gets the number of single acts counted (records that are not aggregates and not denied).</summary>
    public long Acts { get; private set; }

    /// <summary>Gets the number of aggregate records ("38 attacks since ...") counted on the map only.</summary>
    public long Aggregates { get; private set; }

    /// <summary>Gets the number of denied records, left out.</summary>
    public long Denied { get; private set; }

    /// <summary>Gets the number of acts with no date (neither the act's nor the publication's).</summary>
    public long Undated { get; private set; }

    /// <summary>Gets the first and last day of a dated act.</summary>
    public DateOnly? First { get; private set; }

    /// <inheritdoc cref="First"/>
    public DateOnly? Last { get; private set; }

    /// <summary>Acts by attacker key (or attacker words when no key); the info is the label shown.</summary>
    public TopCounter<string> Attackers { get; }

    /// <summary>Places of acts and aggregates with coordinates, keyed by place key or words.</summary>
    public TopCounter<PlaceInfo> Places { get; }

    /// <summary>Acts by (day, attacker key); <see cref="Other"/> for unnamed attackers.</summary>
    public Dictionary<(DateOnly Day, string Attacker), long> ByDay { get; } = [];

    /// <summary>Counts the records of one document.</summary>
    /// <param name="root">The document JSON.</param>
    /// <param name="published">Its publication date: the date of an act the text does not date.</param>
    /// <param name="nameOf">The display name of an entity key.</param>
    public void Add(JsonElement root, DateOnly? published, Func<string, string> nameOf)
    {
        if (!root.TryGetProperty("eventRecords", out JsonElement records) || records.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (JsonElement r in records.EnumerateArray())
        {
            if (Str(r, "polarity") == "Denied")
            {
                Denied++;
                continue;
            }

            AddPlace(r);
            if (r.TryGetProperty("aggregate", out JsonElement aggregate) && aggregate.ValueKind == JsonValueKind.True)
            {
                Aggregates++;
                continue;
            }

            Acts++;
            string attacker = Other;
            if (r.TryGetProperty("attacker", out JsonElement a) && a.ValueKind == JsonValueKind.Object)
            {
                string? key = Str(a, "key");
                string? text = Str(a, "text");
                if (key is not null || text is not null)
                {
                    attacker = key ?? text!.ToLowerInvariant();
                    // An attacker that is not an actor of the entity layer (a place named as attacker) has no name: its words.
                    string label = key is not null && nameOf(key) is string name && name != key ? name : text ?? key!;
                    Attackers.Add(attacker, 1, () => label);
                }
            }

            DateOnly? day = Day(Str(r, "from")) ?? published;
            if (day is not DateOnly d)
            {
                Undated++;
                continue;
            }

            First = First is DateOnly f && f <= d ? f : d;
            Last = Last is DateOnly l && l >= d ? l : d;
            if (!ByDay.ContainsKey((d, attacker)) && ByDay.Count >= _maxKeys)
            {
                attacker = Other;
            }

            ByDay[(d, attacker)] = ByDay.GetValueOrDefault((d, attacker)) + 1;
        }
    }

    private void AddPlace(JsonElement r)
    {
        if (!r.TryGetProperty("place", out JsonElement p) || p.ValueKind != JsonValueKind.Object
            || Coordinate(p, "latitude", 90) is not double lat || Coordinate(p, "longitude", 180) is not double lon)
        {
            return;
        }

        string name = Str(p, "text") ?? "?";
        Places.Add(Str(p, "key") ?? name.ToLowerInvariant(), 1, () => new PlaceInfo(name, "Place", lat, lon));
    }

    private static double? Coordinate(JsonElement place, string name, double limit) =>
        place.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number && v.GetDouble() is double d
        && double.IsFinite(d) && Math.Abs(d) <= limit ? d : null;

    private static DateOnly? Day(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? d : null;

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
