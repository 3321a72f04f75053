using System.Text.Json;

namespace NewsExtract.Evaluation;

/// <summary>A gold entity mention.</summary>
/// <param name="Span">The mention.</param>
/// <param name="Type">Its type.</param>
/// <param name="Key">Its entity key (only which mentions share a key matters).</param>
public sealed record GoldEntity(TextSpan Span, EntityType Type, string Key);

/// <summary>A gold count.</summary>
/// <param name="Span">The count.</param>
/// <param name="Value">The first number.</param>
/// <param name="Max">The range's upper end, or <see langword="null"/>.</param>
/// <param name="Noun">The counted noun's lemma.</param>
public sealed record GoldQuantity(TextSpan Span, double Value, double? Max, string? Noun);

/// <summary>A gold attributed statement.</summary>
/// <param name="Kind">How it is reported.</param>
/// <param name="Source">The source's span, or <see langword="null"/>.</param>
/// <param name="SourceKey">The entity key of the source, or <see langword="null"/>.</param>
/// <param name="SourceKind">The kind of source mention, or <see langword="null"/>.</param>
/// <param name="Cue">The cue's span, or <see langword="null"/>.</param>
/// <param name="Content">The content's span.</param>
public sealed record GoldAttribution(AttributionKind Kind, TextSpan? Source, string? SourceKey, SourceKind? SourceKind, TextSpan? Cue, TextSpan Content);

/// <summary>
/// A gold file (<c>NAME.gold.json</c>) in the shape of the annotation guidelines, checked against its article text.
/// </summary>
public sealed class GoldDocument
{
    private GoldDocument(string id, string text, DateOnly? published, IReadOnlyList<GoldEntity> entities, IReadOnlyList<GoldQuantity> quantities, IReadOnlyList<GoldAttribution> attributions)
    {
        Id = id;
        Text = text;
        Published = published;
        Entities = entities;
        Quantities = quantities;
        Attributions = attributions;
    }

    /// <summary>Gets the document id.</summary>
    public string Id { get; }

    /// <summary>Gets the article text.</summary>
    public string Text { get; }

    /// <summary>Gets the publication date the gold gives.</summary>
    public DateOnly? Published { get; }

    /// <summary>Gets the gold entity mentions.</summary>
    public IReadOnlyList<GoldEntity> Entities { get; }

    /// <summary>Gets the gold counts.</summary>
    public IReadOnlyList<GoldQuantity> Quantities { get; }

    /// <summary>Gets the gold attributions.</summary>
    public IReadOnlyList<GoldAttribution> Attributions { get; }

    /// <summary>Gets the gold event mentions from <c>NAME.events.json</c>, or <see langword="null"/> when there is no such file.</summary>
    public IReadOnlyList<GoldEvent>? Events { get; internal set; }

    /// <summary>Loads a gold file and validates it against its article text.</summary>
    /// <param name="goldPath">Path of <c>NAME.gold.json</c>.</param>
    /// <param name="text">The article text it annotates.</param>
    /// <returns>The gold document.</returns>
    /// <exception cref="FormatException">A span is out of range, its <c>text</c> differs from the article, or a type or kind is not allowed.</exception>
    /// <exception cref="JsonException">The file is not valid JSON.</exception>
    public static GoldDocument Load(string goldPath, string text)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        ArgumentNullException.ThrowIfNull(text);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(goldPath));
        return Parse(json.RootElement, text, goldPath);
    }

    internal static GoldDocument Parse(JsonElement root, string text, string name)
    {
        string id = root.TryGetProperty("id", out JsonElement idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : name;
        DateOnly? published = null;
        if (root.TryGetProperty("published", out JsonElement p) && p.ValueKind == JsonValueKind.String)
        {
            published = DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        var entities = new List<GoldEntity>();
        foreach (JsonElement e in Array(root, "entities"))
        {
            TextSpan span = ReadSpan(e, text, name, "entity");
            entities.Add(new GoldEntity(span, ParseEnum<EntityType>(e, "type", name), RequiredString(e, "key", name)));
        }

        var quantities = new List<GoldQuantity>();
        foreach (JsonElement q in Array(root, "quantities"))
        {
            TextSpan span = ReadSpan(q, text, name, "quantity");
            double value = q.GetProperty("value").GetDouble();
            double? max = q.TryGetProperty("max", out JsonElement m) && m.ValueKind == JsonValueKind.Number ? m.GetDouble() : null;
            string? noun = q.TryGetProperty("noun", out JsonElement n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            quantities.Add(new GoldQuantity(span, value, max, noun));
        }

        var attributions = new List<GoldAttribution>();
        foreach (JsonElement a in Array(root, "attributions"))
        {
            AttributionKind kind = ParseEnum<AttributionKind>(a, "kind", name);
            TextSpan content = ReadSpan(a.GetProperty("content"), text, name, "content");
            TextSpan? source = null, cue = null;
            string? sourceKey = null;
            SourceKind? sourceKind = null;
            if (a.TryGetProperty("source", out JsonElement s) && s.ValueKind == JsonValueKind.Object)
            {
                source = ReadSpan(s, text, name, "source");
                sourceKey = s.TryGetProperty("key", out JsonElement k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
                sourceKind = ParseEnum<SourceKind>(s, "kind", name);
            }

            if (a.TryGetProperty("cue", out JsonElement c) && c.ValueKind == JsonValueKind.Object)
            {
                cue = ReadSpan(c, text, name, "cue");
            }

            attributions.Add(new GoldAttribution(kind, source, sourceKey, sourceKind, cue, content));
        }

        return new GoldDocument(id, text, published, entities, quantities, attributions);
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : default;

    private static string RequiredString(JsonElement e, string property, string file) =>
        e.TryGetProperty(property, out JsonElement v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new FormatException($"{file}: an item has no string '{property}'.");

    private static T ParseEnum<T>(JsonElement e, string property, string file)
        where T : struct, Enum
    {
        string value = RequiredString(e, property, file);
        return Enum.TryParse(value, ignoreCase: false, out T result) && Enum.IsDefined(result) && !int.TryParse(value, out _)
            ? result
            : throw new FormatException($"{file}: '{value}' is not an allowed {property} ({string.Join(", ", Enum.GetNames<T>())}).");
    }

    private static TextSpan ReadSpan(JsonElement e, string text, string file, string what)
    {
        int start = e.GetProperty("start").GetInt32();
        int end = e.GetProperty("end").GetInt32();
        string? spanText = e.TryGetProperty("text", out JsonElement t) ? t.GetString() : null;
        if (start < 0 || end > text.Length || start >= end)
        {
            throw new FormatException($"{file}: {what} [{start}, {end}) is outside the article (length {text.Length}) or empty.");
        }

        if (spanText is null || !text.AsSpan(start, end - start).SequenceEqual(spanText))
        {
            throw new FormatException($"{file}: {what} [{start}, {end}) has text \"{spanText}\" but the article has \"{text[start..end]}\".");
        }

        return new TextSpan(start, end);
    }
}
