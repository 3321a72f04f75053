using System.Text.Json;

namespace NewsExtract.Evaluation;

/// <summary>A gold role of an event mention.</summary>
/// <param name="Span">The role's span.</param>
/// <param name="Key">The entity key, or <see langword="null"/>.</param>
public sealed record GoldEventRole(TextSpan Span, string? Key);

/// <summary>A gold event mention (<c>NAME.events.json</c>, EVENTS.md).</summary>
/// <param name="Trigger">The trigger's span.</param>
/// <param name="Event">The identity id: mentions of one act share it.</param>
/// <param name="Instrument">The instrument word, or <see langword="null"/>.</param>
/// <param name="Polarity">Asserted, denied or hedged.</param>
/// <param name="Roles">The non-null roles by name (<c>attacker</c>, <c>target</c>, <c>place</c>, <c>time</c>, <c>count</c>, <c>killed</c>, <c>injured</c>).</param>
public sealed record GoldEvent(TextSpan Trigger, string Event, string? Instrument, EventPolarity Polarity, IReadOnlyDictionary<string, GoldEventRole> Roles)
{
    /// <summary>The role names of EVENTS.md, in its order.</summary>
    public static readonly IReadOnlyList<string> RoleNames = ["attacker", "target", "place", "time", "count", "killed", "injured"];

    /// <summary>Loads <c>NAME.events.json</c> and checks every span against the article text.</summary>
    /// <param name="path">The file.</param>
    /// <param name="text">The article it annotates.</param>
    /// <returns>The mentions, in file order.</returns>
    /// <exception cref="FormatException">A span is outside the article, or its text differs from the article's.</exception>
    /// <exception cref="JsonException">The file is not valid JSON.</exception>
    public static IReadOnlyList<GoldEvent> Load(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(path));
        return Parse(json.RootElement, text, Path.GetFileName(path));
    }

    internal static List<GoldEvent> Parse(JsonElement root, string text, string name)
    {
        var result = new List<GoldEvent>();
        if (!root.TryGetProperty("events", out JsonElement events) || events.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (JsonElement e in events.EnumerateArray())
        {
            TextSpan trigger = Span(e.GetProperty("trigger"), text, name);
            string id = e.TryGetProperty("event", out JsonElement ev) && ev.ValueKind == JsonValueKind.String ? ev.GetString()! : "";
            string? instrument = e.TryGetProperty("instrument", out JsonElement i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            EventPolarity polarity = e.TryGetProperty("polarity", out JsonElement p) && p.ValueKind == JsonValueKind.String
                && Enum.TryParse(p.GetString(), out EventPolarity pol) ? pol : EventPolarity.Asserted;
            var roles = new Dictionary<string, GoldEventRole>(StringComparer.Ordinal);
            foreach (string role in RoleNames)
            {
                if (e.TryGetProperty(role, out JsonElement r) && r.ValueKind == JsonValueKind.Object)
                {
                    string? key = r.TryGetProperty("key", out JsonElement k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
                    roles[role] = new GoldEventRole(Span(r, text, name), key);
                }
            }

            result.Add(new GoldEvent(trigger, id, instrument, polarity, roles));
        }

        return result;
    }

    private static TextSpan Span(JsonElement e, string text, string file)
    {
        int start = e.GetProperty("start").GetInt32();
        int end = e.GetProperty("end").GetInt32();
        string? spanText = e.TryGetProperty("text", out JsonElement t) ? t.GetString() : null;
        if (start < 0 || end > text.Length || start >= end)
        {
            throw new FormatException($"{file}: event span [{start}, {end}) is outside the article (length {text.Length}) or empty.");
        }

        if (spanText is not null && !text.AsSpan(start, end - start).SequenceEqual(spanText))
        {
            throw new FormatException($"{file}: event span [{start}, {end}) has text \"{spanText}\" but the article has \"{text[start..end]}\".");
        }

        return new TextSpan(start, end);
    }
}
