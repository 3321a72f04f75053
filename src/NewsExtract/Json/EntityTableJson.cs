using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace NewsExtract;

/// <summary>
/// Writes the entity layer in output schema 2: <c>entities</c>, a table with each entity once (type, key, canonical
/// name, attributes, coordinates) in order of first mention, then <c>mentions</c>, each a span with the index of its
/// entity in that table and its origin. Schema 1 repeated the entity's fields on every mention, which was most of the
/// bytes of an article's JSON.
/// </summary>
/// <remarks>
/// Two mentions share a row only when everything the row holds is equal (key, type, name, attributes), so expanding
/// the table back onto the mentions gives exactly the schema 1 objects. Gazetteer coordinates (the <c>lat</c> and
/// <c>lon</c> attributes, strings in schema 1) become numbers in <c>coordinates</c>.
/// A new per-mention field goes in <see cref="WriteMention"/>, a new per-entity field in <see cref="WriteEntity"/>.
/// </remarks>
internal static class EntityTableJson
{
    /// <summary>Writes the <c>entities</c> table and the <c>mentions</c> array.</summary>
    public static void Write(Utf8JsonWriter writer, NewsDocument document)
    {
        ImmutableArray<EntityMention> mentions = document.Entities;
        int[] rowOf = new int[mentions.Length];
        var rows = new List<EntityMention>();
        var firstRowByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < mentions.Length; i++)
        {
            rowOf[i] = RowFor(mentions[i], rows, firstRowByKey);
        }

        writer.WriteStartArray("entities");
        foreach (EntityMention row in rows)
        {
            WriteEntity(writer, row);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("mentions");
        for (int i = 0; i < mentions.Length; i++)
        {
            WriteMention(writer, document.Text, mentions[i], rowOf[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>The table row of a mention: an existing equal row, or a new one.</summary>
    private static int RowFor(EntityMention mention, List<EntityMention> rows, Dictionary<string, int> firstRowByKey)
    {
        if (firstRowByKey.TryGetValue(mention.Key, out int first))
        {
            // Rows with the same key are rare beyond the first (a key given two types); scan them in order.
            for (int r = first; r < rows.Count; r++)
            {
                if (SameEntity(rows[r], mention))
                {
                    return r;
                }
            }
        }
        else
        {
            firstRowByKey.Add(mention.Key, rows.Count);
        }

        rows.Add(mention);
        return rows.Count - 1;
    }

    private static bool SameEntity(EntityMention a, EntityMention b) =>
        a.Type == b.Type
        && string.Equals(a.Key, b.Key, StringComparison.Ordinal)
        && string.Equals(a.Name, b.Name, StringComparison.Ordinal)
        && SameAttributes(a.Attributes, b.Attributes);

    private static bool SameAttributes(FrozenDictionary<string, string> a, FrozenDictionary<string, string> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (KeyValuePair<string, string> pair in a)
        {
            if (!b.TryGetValue(pair.Key, out string? value) || !string.Equals(value, pair.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteEntity(Utf8JsonWriter writer, EntityMention entity)
    {
        JsonSpans.FlushIfLarge(writer);
        writer.WriteStartObject();
        writer.WriteString("type", EnumNames.Of(entity.Type));
        writer.WriteString("key", entity.Key);
        writer.WriteString("name", entity.Name);
        bool hasCoordinates = TryCoordinates(entity.Attributes, out double lat, out double lon);
        if (entity.Attributes.Count > (hasCoordinates ? 2 : 0))
        {
            writer.WriteStartObject("attributes");
            foreach (KeyValuePair<string, string> pair in entity.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (!hasCoordinates || (pair.Key != "lat" && pair.Key != "lon"))
                {
                    writer.WriteString(pair.Key, pair.Value);
                }
            }

            writer.WriteEndObject();
        }

        if (hasCoordinates)
        {
            writer.WriteStartObject("coordinates");
            writer.WriteNumber("lat", lat);
            writer.WriteNumber("lon", lon);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteMention(Utf8JsonWriter writer, string text, EntityMention mention, int entity)
    {
        writer.WriteStartObject();
        JsonSpans.WriteSpan(writer, text, mention.Span);
        writer.WriteNumber("entity", entity);

        // Most mentions come from a gazetteer: that origin is the default and goes unwritten.
        if (mention.Origin != EntityOrigin.Gazetteer)
        {
            writer.WriteString("origin", EnumNames.Of(mention.Origin));
        }

        if (mention.Origin == EntityOrigin.Model)
        {
            writer.WriteNumber("score", Math.Round(mention.Score, 3));
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// A statement's <c>about.quantities</c> and <c>about.dates</c> in schema 2: the indices of the counts and dates
    /// inside its content in the document's <c>quantities</c> and <c>dates</c> arrays (schema 1 repeats their spans).
    /// </summary>
    internal static void WriteAboutIndices(Utf8JsonWriter writer, NewsDocument document, TextSpan content)
    {
        writer.WriteStartArray("quantities");
        foreach (Quantity q in document.QuantitiesIn(content))
        {
            writer.WriteNumberValue(document.Quantities.IndexOf(q));
        }

        writer.WriteEndArray();
        writer.WriteStartArray("dates");
        foreach (DateMention d in document.DatesIn(content))
        {
            writer.WriteNumberValue(document.Dates.IndexOf(d));
        }

        writer.WriteEndArray();
    }

    /// <summary>Both gazetteer coordinates, when present and finite numbers (schema 1 wrote them as strings).</summary>
    internal static bool TryCoordinates(FrozenDictionary<string, string> attributes, out double lat, out double lon)
    {
        lat = 0;
        lon = 0;
        return attributes.TryGetValue("lat", out string? latText) && attributes.TryGetValue("lon", out string? lonText)
            && TryNumber(latText, out lat) && TryNumber(lonText, out lon);
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
