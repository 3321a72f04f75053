using System.Globalization;
using System.Text.Json;

namespace NewsExtract;

/// <summary>
/// Writes the event layer: <c>events</c> (mentions, in the shape of <c>NAME.events.json</c>, EVENTS.md) and
/// <c>eventRecords</c> (one per identity), documented in <c>docs/output-format.md</c>.
/// </summary>
internal static class EventJson
{
    /// <param name="writer">Where to write.</param>
    /// <param name="document">The document.</param>
    /// <param name="omitNulls">Leave out properties without a value (schema 2) instead of writing them as null (schema 1).</param>
    public static void Write(Utf8JsonWriter writer, NewsDocument document, bool omitNulls = false)
    {
        string text = document.Text;
        writer.WriteStartArray("events");
        for (int i = 0; i < document.Events.Length; i++)
        {
            EventMention e = document.Events[i];
            writer.WriteStartObject();
            writer.WriteString("id", MentionId(i));
            writer.WriteString("type", e.Type.ToString());
            writer.WriteString("event", e.Event);
            writer.WriteStartObject("trigger");
            WriteSpan(writer, text, e.Trigger);
            writer.WriteEndObject();
            WriteOptional(writer, "instrument", InstrumentName(e.Instrument), omitNulls);
            WriteRole(writer, text, "attacker", e.Attacker, keyed: true, omitNulls);
            WriteRole(writer, text, "target", e.Target, keyed: true, omitNulls);
            WriteRole(writer, text, "place", e.Place, keyed: true, omitNulls);
            WriteRole(writer, text, "time", e.Time, keyed: false, omitNulls);
            WriteRole(writer, text, "count", e.Count, keyed: false, omitNulls);
            WriteRole(writer, text, "killed", e.Killed, keyed: false, omitNulls);
            WriteRole(writer, text, "injured", e.Injured, keyed: false, omitNulls);
            writer.WriteString("polarity", e.Polarity.ToString());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("eventRecords");
        foreach (EventRecord r in document.EventRecords)
        {
            writer.WriteStartObject();
            writer.WriteString("event", r.Event);
            writer.WriteString("type", r.Type.ToString());
            writer.WriteString("polarity", r.Polarity.ToString());
            writer.WriteBoolean("aggregate", r.Aggregate);
            WriteOptional(writer, "instrument", InstrumentName(r.Instrument), omitNulls);
            WriteParticipant(writer, text, "attacker", r.Attacker, omitNulls);
            WriteParticipant(writer, text, "target", r.Target, omitNulls);
            if (r.Place is EventPlace p)
            {
                writer.WriteStartObject("place");
                WriteSpan(writer, text, p.Span);
                WriteOptional(writer, "key", p.Key, omitNulls);
                WriteNumber(writer, "latitude", p.Latitude, omitNulls);
                WriteNumber(writer, "longitude", p.Longitude, omitNulls);
                writer.WriteEndObject();
            }
            else if (!omitNulls)
            {
                writer.WriteNull("place");
            }

            WriteOptional(writer, "from", r.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), omitNulls);
            WriteOptional(writer, "to", r.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), omitNulls);
            WriteNumber(writer, text, "count", r.Count, omitNulls);
            WriteNumber(writer, text, "killed", r.Killed, omitNulls);
            WriteNumber(writer, text, "injured", r.Injured, omitNulls);
            writer.WriteStartArray("mentions");
            foreach (int m in r.Mentions)
            {
                writer.WriteStringValue(MentionId(m));
            }

            writer.WriteEndArray();
            writer.WriteStartArray("statements");
            foreach (int s in r.Statements)
            {
                writer.WriteNumberValue(s);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            if (writer.BytesPending > 1 << 16)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>The mention's id in the JSON: <c>e1</c>, <c>e2</c>, ... in reading order.</summary>
    public static string MentionId(int index) => "e" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The instrument as EVENTS.md writes it: <c>rocket</c>, <c>ied</c>, or null.</summary>
    public static string? InstrumentName(EventInstrument? instrument) => instrument?.ToString().ToLowerInvariant();

    private static void WriteRole(Utf8JsonWriter writer, string text, string name, EventRole? role, bool keyed, bool omitNulls)
    {
        if (role is not EventRole r)
        {
            if (!omitNulls)
            {
                writer.WriteNull(name);
            }

            return;
        }

        writer.WriteStartObject(name);
        WriteSpan(writer, text, r.Span);
        if (keyed)
        {
            WriteOptional(writer, "key", r.Key, omitNulls);
        }

        writer.WriteEndObject();
    }

    private static void WriteParticipant(Utf8JsonWriter writer, string text, string name, EventParticipant? p, bool omitNulls)
    {
        if (p is null)
        {
            if (!omitNulls)
            {
                writer.WriteNull(name);
            }

            return;
        }

        writer.WriteStartObject(name);
        WriteSpan(writer, text, p.Span);
        WriteOptional(writer, "key", p.Key, omitNulls);
        WriteOptional(writer, "entityType", p.Type?.ToString(), omitNulls);
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string text, string name, EventNumber? n, bool omitNulls)
    {
        if (n is null)
        {
            if (!omitNulls)
            {
                writer.WriteNull(name);
            }

            return;
        }

        writer.WriteStartObject(name);
        WriteSpan(writer, text, n.Span);
        writer.WriteNumber("value", n.Value);
        writer.WriteString("qualifier", n.Qualifier.ToString());
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value, bool omitNulls)
    {
        if (value is double v)
        {
            writer.WriteNumber(name, v);
        }
        else if (!omitNulls)
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value, bool omitNulls)
    {
        if (value is not null || !omitNulls)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteSpan(Utf8JsonWriter writer, string text, TextSpan span)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteString("text", span.Slice(text));
    }
}
