using System.Globalization;
using System.Text.Json;

namespace NewsExtract;

/// <summary>
/// Writes the event layer: <c>events</c> (mentions, in the shape of <c>NAME.events.json</c>, EVENTS.md) and
/// <c>eventRecords</c> (one per identity), documented in <c>docs/output-format.md</c>.
/// </summary>
internal static class EventJson
{
    public static void Write(Utf8JsonWriter writer, NewsDocument document)
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
            writer.WriteString("instrument", InstrumentName(e.Instrument));
            WriteRole(writer, text, "attacker", e.Attacker, keyed: true);
            WriteRole(writer, text, "target", e.Target, keyed: true);
            WriteRole(writer, text, "place", e.Place, keyed: true);
            WriteRole(writer, text, "time", e.Time, keyed: false);
            WriteRole(writer, text, "count", e.Count, keyed: false);
            WriteRole(writer, text, "killed", e.Killed, keyed: false);
            WriteRole(writer, text, "injured", e.Injured, keyed: false);
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
            writer.WriteString("instrument", InstrumentName(r.Instrument));
            WriteParticipant(writer, text, "attacker", r.Attacker);
            WriteParticipant(writer, text, "target", r.Target);
            if (r.Place is EventPlace p)
            {
                writer.WriteStartObject("place");
                WriteSpan(writer, text, p.Span);
                writer.WriteString("key", p.Key);
                WriteNumber(writer, "latitude", p.Latitude);
                WriteNumber(writer, "longitude", p.Longitude);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("place");
            }

            writer.WriteString("from", r.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("to", r.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteNumber(writer, text, "count", r.Count);
            WriteNumber(writer, text, "killed", r.Killed);
            WriteNumber(writer, text, "injured", r.Injured);
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

    private static void WriteRole(Utf8JsonWriter writer, string text, string name, EventRole? role, bool keyed)
    {
        if (role is not EventRole r)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        WriteSpan(writer, text, r.Span);
        if (keyed)
        {
            writer.WriteString("key", r.Key);
        }

        writer.WriteEndObject();
    }

    private static void WriteParticipant(Utf8JsonWriter writer, string text, string name, EventParticipant? p)
    {
        if (p is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        WriteSpan(writer, text, p.Span);
        writer.WriteString("key", p.Key);
        writer.WriteString("entityType", p.Type?.ToString());
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string text, string name, EventNumber? n)
    {
        if (n is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        WriteSpan(writer, text, n.Span);
        writer.WriteNumber("value", n.Value);
        writer.WriteString("qualifier", n.Qualifier.ToString());
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is double v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteSpan(Utf8JsonWriter writer, string text, TextSpan span)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteString("text", span.Slice(text));
    }
}
