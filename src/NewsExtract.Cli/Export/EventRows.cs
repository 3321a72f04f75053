using System.Text;
using System.Text.Json;

namespace NewsExtract.Cli.Export;

/// <summary>
/// The <c>events</c> table of <c>newsextract export</c>: one row per event record (<c>eventRecords</c> of the
/// document JSON, one per act or aggregate): who used force against whom, where, when, with what, how many times, at
/// what cost, and who says so (the sources of the statements that report, claim, deny or blame it).
/// </summary>
internal static class EventRows
{
    private static Column T(string name) => new(name, ColumnType.Text);

    private static Column I(string name) => new(name, ColumnType.Integer);

    private static Column R(string name) => new(name, ColumnType.Real);

    /// <summary>The columns: <c>date</c> is the day of the act or the first day of an aggregate's range (ISO), <c>date_to</c> its last day.</summary>
    public static readonly TableSpec Table = new("events",
        [T("document_id"), T("event"), T("date"), T("date_to"), T("attacker"), T("attacker_key"), T("attacker_type"), T("target"), T("target_key"),
         T("target_type"), T("place"), T("place_key"), R("latitude"), R("longitude"), T("instrument"), R("count"), R("killed"), R("injured"),
         T("sources"), T("source_keys"), T("polarity"), new Column("aggregate", ColumnType.Boolean), I("mentions"), I("first_start")]);

    /// <summary>Adds one row per record of the document <paramref name="root"/> to <paramref name="writer"/>.</summary>
    public static void Add(JsonElement root, string id, ITableWriter writer)
    {
        JsonElement statements = ExportTables.Get(root, "attributions");
        JsonElement mentions = ExportTables.Get(root, "events");
        foreach (JsonElement r in ExportTables.Items(root, "eventRecords"))
        {
            JsonElement attacker = ExportTables.Get(r, "attacker"), target = ExportTables.Get(r, "target"), place = ExportTables.Get(r, "place");
            (string? sources, string? sourceKeys) = Sources(r, statements);
            int count = 0;
            long? firstStart = null;
            foreach (JsonElement m in ExportTables.Items(r, "mentions"))
            {
                count++;
                firstStart ??= FirstStart(m, mentions);
            }

            JsonElement aggregate = ExportTables.Get(r, "aggregate");
            writer.Add([id, ExportTables.Str(r, "event"), ExportTables.Str(r, "from"), ExportTables.Str(r, "to"),
                ExportTables.Str(attacker, "text"), ExportTables.Str(attacker, "key"), ExportTables.Str(attacker, "entityType"),
                ExportTables.Str(target, "text"), ExportTables.Str(target, "key"), ExportTables.Str(target, "entityType"),
                ExportTables.Str(place, "text"), ExportTables.Str(place, "key"), ExportTables.Real(place, "latitude"), ExportTables.Real(place, "longitude"),
                ExportTables.Str(r, "instrument"), Value(r, "count"), Value(r, "killed"), Value(r, "injured"), sources, sourceKeys,
                ExportTables.Str(r, "polarity"), aggregate.ValueKind == JsonValueKind.True ? true : aggregate.ValueKind == JsonValueKind.False ? false : null,
                (long)count, firstStart]);
        }
    }

    private static double? Value(JsonElement record, string name) => ExportTables.Real(ExportTables.Get(record, name), "value");

    /// <summary>The trigger start of mention <c>eN</c> (its id in <c>events</c>), or null.</summary>
    private static long? FirstStart(JsonElement id, JsonElement mentions)
    {
        if (id.ValueKind != JsonValueKind.String || id.GetString() is not ['e', .. string digits]
            || !int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)
            || mentions.ValueKind != JsonValueKind.Array || n < 1 || n > mentions.GetArrayLength())
        {
            return null;
        }

        return ExportTables.Int(ExportTables.Get(mentions[n - 1], "trigger"), "start");
    }

    /// <summary>The distinct source texts and keys of the record's statements, each joined by "; ".</summary>
    private static (string? Texts, string? Keys) Sources(JsonElement record, JsonElement statements)
    {
        StringBuilder? texts = null, keys = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonElement s in ExportTables.Items(record, "statements"))
        {
            if (s.ValueKind != JsonValueKind.Number || !s.TryGetInt32(out int index) || statements.ValueKind != JsonValueKind.Array
                || index < 0 || index >= statements.GetArrayLength())
            {
                continue;
            }

            JsonElement source = ExportTables.Get(statements[index], "source");
            if (ExportTables.Str(source, "text") is string text && seen.Add(text))
            {
                (texts ??= new StringBuilder()).Append(texts.Length > 0 ? "; " : "").Append(text);
                if (ExportTables.Str(source, "key") is string key && seen.Add("\0" + key))
                {
                    (keys ??= new StringBuilder()).Append(keys.Length > 0 ? "; " : "").Append(key);
                }
            }
        }

        return (texts?.ToString(), keys?.ToString());
    }
}
