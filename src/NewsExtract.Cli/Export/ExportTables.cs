using System.Text.Json;

namespace NewsExtract.Cli.Export;

/// <summary>The type of a column of an exported table; every column may hold nulls.</summary>
internal enum ColumnType
{
    Text,
    Integer,
    Real,
    Boolean,
}

/// <summary>A column of an exported table.</summary>
internal sealed record Column(string Name, ColumnType Type);

/// <summary>An exported table: its file name (without extension) and columns.</summary>
internal sealed record TableSpec(string Name, Column[] Columns);

/// <summary>Where the rows of one table go (a CSV or Parquet file).</summary>
internal interface ITableWriter : IDisposable
{
    /// <summary>Adds a row; the values follow the columns (string, long, double or bool, or null).</summary>
    void Add(object?[] row);
}

/// <summary>
/// The flat tables of <c>newsextract export</c>: documents, entity mentions, entities (one row per entity and
/// document), statements, counts, dates and events (<see cref="EventRows"/>). Every row holds the document id, and items hold their UTF-16 offsets.
/// </summary>
internal static class ExportTables
{
    private static Column T(string name) => new(name, ColumnType.Text);

    private static Column I(string name) => new(name, ColumnType.Integer);

    private static Column R(string name) => new(name, ColumnType.Real);

    public static readonly TableSpec Documents = new("documents",
        [T("document_id"), T("published"), T("error"), T("sha256"), I("bytes"), I("entity_mentions"), I("counts"), I("dates"), I("statements")]);

    public static readonly TableSpec EntityMentions = new("entity_mentions",
        [T("document_id"), I("index"), I("start"), I("end"), T("text"), T("type"), T("key"), T("name"), T("origin"), R("lat"), R("lon")]);

    public static readonly TableSpec Entities = new("entities",
        [T("document_id"), T("key"), T("type"), T("name"), I("mentions"), I("first_start"), R("lat"), R("lon")]);

    public static readonly TableSpec Statements = new("statements",
        [T("document_id"), I("index"), T("kind"), T("stance"), T("rule"), T("source_text"), T("source_key"), T("source_kind"), T("source_description"),
         I("source_start"), I("source_end"), T("cue_text"), T("cue_lemma"), I("cue_start"), I("cue_end"), T("content"), I("content_start"), I("content_end"),
         T("about_entities")]);

    public static readonly TableSpec Counts = new("counts",
        [T("document_id"), I("index"), I("start"), I("end"), T("text"), R("value"), R("max"), T("noun"), T("qualifier"), T("category")]);

    public static readonly TableSpec Dates = new("dates",
        [T("document_id"), I("index"), I("start"), I("end"), T("text"), T("value"), T("granularity"), new Column("relative", ColumnType.Boolean)]);

    public static readonly TableSpec[] All = [Documents, EntityMentions, Entities, Statements, Counts, Dates, EventRows.Table];

    /// <summary>Writes the rows of one batch line (a document or an error) to the writers, indexed like <see cref="All"/>.</summary>
    /// <exception cref="JsonException">The line is not JSON.</exception>
    /// <exception cref="FormatException">The line is not a document object with an id.</exception>
    public static void AddLine(string line, ITableWriter[] writers)
    {
        using JsonDocument json = JsonDocument.Parse(line);
        JsonElement root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object || Str(root, "id") is not string id)
        {
            throw new FormatException("not a document object with an id");
        }

        JsonElement file = Get(root, "file");
        if (Str(root, "error") is string error)
        {
            writers[0].Add([id, null, error, null, null, null, null, null, null]);
            return;
        }

        int mentions = 0, counts = 0, dates = 0, statements = 0;
        var entities = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        // Schema 1 or 2: each mention (span, origin) with the object that holds its entity's fields (issue 18).
        foreach ((JsonElement m, JsonElement e, string? origin) in EntityMentionReader.Read(root))
        {
            double? lat = EntityMentionReader.Coordinate(e, "lat", double.MaxValue), lon = EntityMentionReader.Coordinate(e, "lon", double.MaxValue);
            string? key = Str(e, "key");
            writers[1].Add([id, (long)mentions, Int(m, "start"), Int(m, "end"), Str(m, "text"), Str(e, "type"), key, Str(e, "name"), origin, lat, lon]);
            mentions++;
            if (key is null)
            {
                continue;
            }

            if (entities.TryGetValue(key, out object?[]? row))
            {
                row[4] = (long)row[4]! + 1;
            }
            else
            {
                entities.Add(key, [id, key, Str(e, "type"), Str(e, "name"), 1L, Int(m, "start"), lat, lon]);
            }
        }

        foreach (object?[] row in entities.Values)
        {
            writers[2].Add(row);
        }

        foreach (JsonElement a in Items(root, "attributions"))
        {
            JsonElement source = Get(a, "source"), cue = Get(a, "cue"), content = Get(a, "content");
            string about = string.Join(' ', Items(Get(a, "about"), "entities").Where(k => k.ValueKind == JsonValueKind.String).Select(k => k.GetString()));
            writers[3].Add([id, (long)statements, Str(a, "kind"), Str(a, "stance"), Str(a, "rule"), Str(source, "text"), Str(source, "key"), Str(source, "kind"),
                Str(source, "description"), Int(source, "start"), Int(source, "end"), Str(cue, "text"), Str(cue, "lemma"), Int(cue, "start"), Int(cue, "end"),
                Str(content, "text"), Int(content, "start"), Int(content, "end"), about]);
            statements++;
        }

        foreach (JsonElement q in Items(root, "quantities"))
        {
            writers[4].Add([id, (long)counts, Int(q, "start"), Int(q, "end"), Str(q, "text"), Real(q, "value"), Real(q, "max"), Str(q, "noun"), Str(q, "qualifier"), Str(q, "category")]);
            counts++;
        }

        foreach (JsonElement d in Items(root, "dates"))
        {
            JsonElement relative = Get(d, "relative");
            bool? isRelative = relative.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null };
            writers[5].Add([id, (long)dates, Int(d, "start"), Int(d, "end"), Str(d, "text"), Str(d, "value"), Str(d, "granularity"), isRelative]);
            dates++;
        }

        EventRows.Add(root, id, writers[6]);
        writers[0].Add([id, Str(root, "published"), null, Str(file, "sha256"), Int(file, "bytes"), (long)mentions, (long)counts, (long)dates, (long)statements]);
    }

    internal static JsonElement Get(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) ? value : default;

    internal static JsonElement.ArrayEnumerator Items(JsonElement element, string name)
    {
        JsonElement array = Get(element, name);
        return (array.ValueKind == JsonValueKind.Array ? array : s_emptyArray).EnumerateArray();
    }

    private static readonly JsonElement s_emptyArray = CreateEmptyArray();

    private static JsonElement CreateEmptyArray()
    {
        using JsonDocument empty = JsonDocument.Parse("[]");
        return empty.RootElement.Clone();
    }

    internal static string? Str(JsonElement element, string name)
    {
        JsonElement value = Get(element, name);
        return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    internal static long? Int(JsonElement element, string name)
    {
        JsonElement value = Get(element, name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long n) ? n : null;
    }

    internal static double? Real(JsonElement element, string name)
    {
        JsonElement value = Get(element, name);
        return value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
    }
}
