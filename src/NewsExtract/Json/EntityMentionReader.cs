using System.Globalization;
using System.Text.Json;

namespace NewsExtract;

/// <summary>
/// Reads the entity mentions of one output line in either schema, for the readers of <c>batch</c> output (report,
/// export): in schema 1 a mention is its own entity; in schema 2 it points into the <c>entities</c> table.
/// </summary>
internal static class EntityMentionReader
{
    /// <summary>
    /// Each mention with the object holding its entity's fields (type, key, name, attributes, coordinates) and its
    /// origin (schema 2 leaves the default, <c>Gazetteer</c>, unwritten).
    /// </summary>
    public static IEnumerable<(JsonElement Mention, JsonElement Entity, string? Origin)> Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        bool tabled = root.TryGetProperty("schema", out JsonElement schema) && schema.ValueKind == JsonValueKind.Number
            && schema.TryGetInt32(out int version) && version >= 2;
        if (!root.TryGetProperty(tabled ? "mentions" : "entities", out JsonElement mentions) || mentions.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        JsonElement table = tabled && root.TryGetProperty("entities", out JsonElement t) && t.ValueKind == JsonValueKind.Array ? t : default;
        int rows = table.ValueKind == JsonValueKind.Array ? table.GetArrayLength() : 0;
        foreach (JsonElement mention in mentions.EnumerateArray())
        {
            if (!tabled)
            {
                yield return (mention, mention, StringOf(mention, "origin"));
            }
            else if (mention.ValueKind == JsonValueKind.Object && mention.TryGetProperty("entity", out JsonElement index)
                     && index.ValueKind == JsonValueKind.Number && index.TryGetInt32(out int row) && row >= 0 && row < rows)
            {
                yield return (mention, table[row], StringOf(mention, "origin") ?? nameof(EntityOrigin.Gazetteer));
            }
            else
            {
                yield return (mention, default, StringOf(mention, "origin"));
            }
        }
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>
    /// A coordinate of an entity: schema 2's <c>coordinates.lat</c> (a number), else schema 1's <c>attributes.lat</c>
    /// (a string such as "33.00", or a number); null when absent, not finite or beyond <paramref name="limit"/>.
    /// </summary>
    public static double? Coordinate(JsonElement entity, string name, double limit)
    {
        if (entity.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        JsonElement value = default;
        if (entity.TryGetProperty("coordinates", out JsonElement coordinates) && coordinates.ValueKind == JsonValueKind.Object)
        {
            coordinates.TryGetProperty(name, out value);
        }
        else if (entity.TryGetProperty("attributes", out JsonElement attributes) && attributes.ValueKind == JsonValueKind.Object)
        {
            attributes.TryGetProperty(name, out value);
        }

        double parsed;
        if (value.ValueKind == JsonValueKind.Number)
        {
            parsed = value.GetDouble();
        }
        else if (value.ValueKind != JsonValueKind.String
                 || !double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out parsed))
        {
            return null;
        }

        return double.IsFinite(parsed) && Math.Abs(parsed) <= limit ? parsed : null;
    }
}
