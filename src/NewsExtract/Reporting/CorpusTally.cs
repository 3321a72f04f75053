using System.Globalization;
using System.Text.Json;

namespace NewsExtract;

/// <summary>
/// What a corpus report counts, one batch line at a time: totals, top actors, sources and places, articles and attack
/// counts by day, statements by source kind and stance, and the first rows of the article and statement tables.
/// </summary>
/// <remarks>
/// Memory is bounded by the options, not by the input: each counter holds at most
/// <see cref="CorpusReportOptions.MaxKeys"/> keys, the tables at most their maximum rows, and the day counters one
/// entry per distinct publication day.
/// </remarks>
internal sealed class CorpusTally
{
    private static readonly string[] s_actorTypes = ["Person", "ArmedGroup", "StateForce", "Government", "Organization"];

    private static readonly JsonElement s_emptyArray = CreateEmptyArray();

    private readonly CorpusReportOptions _options;

    public CorpusTally(CorpusReportOptions options)
    {
        _options = options;
        Actors = new TopCounter<ActorInfo>(options.MaxKeys);
        Sources = new TopCounter<SourceInfo>(options.MaxKeys);
        Places = new TopCounter<PlaceInfo>(options.MaxKeys);
        Events = new EventTally(options.MaxKeys);
    }

    /// <summary>The event records: acts by day and attacker, attack places (issue 20).</summary>
    public EventTally Events { get; }

    public long Articles { get; private set; }

    public long Failed { get; private set; }

    public long Unreadable { get; private set; }

    public string? FirstUnreadable { get; private set; }

    public long EntityMentions { get; private set; }

    public long StatementCount { get; private set; }

    public long QuantityCount { get; private set; }

    public long DateCount { get; private set; }

    public long Undated { get; private set; }

    public DateOnly? First { get; private set; }

    public DateOnly? Last { get; private set; }

    /// <summary>Mentions of actors (people, armed groups, state forces, governments, organizations) by key.</summary>
    public TopCounter<ActorInfo> Actors { get; }

    /// <summary>Statements by source: the entity key when resolved, else the source's words.</summary>
    public TopCounter<SourceInfo> Sources { get; }

    /// <summary>Mentions of places that have gazetteer coordinates, by key.</summary>
    public TopCounter<PlaceInfo> Places { get; }

    public SortedDictionary<DateOnly, long> ArticlesByDay { get; } = [];

    /// <summary>The sum of the attack counts stated in the articles published each day.</summary>
    public SortedDictionary<DateOnly, double> AttacksByDay { get; } = [];

    /// <summary>Statements by source kind ("(none)" when the text gives no source), then by stance.</summary>
    public SortedDictionary<string, SortedDictionary<string, long>> KindStance { get; } = new(StringComparer.Ordinal);

    public List<ArticleRow> ArticleRows { get; } = [];

    public List<StatementRow> StatementRows { get; } = [];

    /// <summary>Counts one batch line. A line that is not a JSON object with an id is counted as unreadable.</summary>
    public void AddLine(string line, string where)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        try
        {
            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Str(root, "id") is not string id)
            {
                NoteUnreadable(where, "not a document object with an id");
                return;
            }

            AddDocument(root, id);
        }
        catch (JsonException ex)
        {
            NoteUnreadable(where, ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            // A field of an unexpected JSON type (a number where a string was expected).
            NoteUnreadable(where, ex.Message);
        }
    }

    private void NoteUnreadable(string where, string why)
    {
        Unreadable++;
        FirstUnreadable ??= where + ": " + why;
    }

    private void AddDocument(JsonElement root, string id)
    {
        if (Str(root, "error") is string error)
        {
            Failed++;
            if (ArticleRows.Count < _options.MaxArticles)
            {
                ArticleRows.Add(new ArticleRow(id, null, 0, 0, 0, error));
            }

            return;
        }

        Articles++;
        DateOnly? published = null;
        if (Str(root, "published") is string p
            && DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            published = day;
            First = First is DateOnly f && f <= day ? f : day;
            Last = Last is DateOnly l && l >= day ? l : day;
            ArticlesByDay[day] = ArticlesByDay.GetValueOrDefault(day) + 1;
        }
        else
        {
            Undated++;
        }

        int entities = AddEntities(root);
        int quantities = AddQuantities(root, published);
        DateCount += Items(root, "dates").Count();
        Events.Add(root, published, NameOf);
        bool listed = ArticleRows.Count < _options.MaxArticles;
        int article = ArticleRows.Count;
        int statements = AddStatements(root, listed ? article : -1);
        if (listed)
        {
            ArticleRows.Add(new ArticleRow(id, published, entities, statements, quantities, null));
        }
    }

    private int AddEntities(JsonElement root)
    {
        int n = 0;
        // Schema 1 or 2: each mention with the object that holds its entity's fields (issue 18).
        foreach ((_, JsonElement e, _) in EntityMentionReader.Read(root))
        {
            n++;
            string? key = Str(e, "key");
            string type = Str(e, "type") ?? string.Empty;
            if (key is null)
            {
                continue;
            }

            if (Array.IndexOf(s_actorTypes, type) >= 0)
            {
                Actors.Add(key, 1, () => new ActorInfo(Str(e, "name") ?? key, type));
            }

            if (EntityMentionReader.Coordinate(e, "lat", 90) is double lat && EntityMentionReader.Coordinate(e, "lon", 180) is double lon)
            {
                Places.Add(key, 1, () => new PlaceInfo(Str(e, "name") ?? key, type, lat, lon));
            }
        }

        EntityMentions += n;
        return n;
    }

    private int AddQuantities(JsonElement root, DateOnly? published)
    {
        int n = 0;
        foreach (JsonElement q in Items(root, "quantities"))
        {
            n++;
            if (published is DateOnly day && Str(q, "category") == "Attacks"
                && q.TryGetProperty("value", out JsonElement v) && v.ValueKind == JsonValueKind.Number)
            {
                AttacksByDay[day] = AttacksByDay.GetValueOrDefault(day) + v.GetDouble();
            }
        }

        QuantityCount += n;
        return n;
    }

    private int AddStatements(JsonElement root, int article)
    {
        int n = 0;
        foreach (JsonElement a in Items(root, "attributions"))
        {
            n++;
            string kind = Str(a, "kind") ?? string.Empty;
            string stance = Str(a, "stance") ?? "Asserted";
            string? sourceText = null, sourceKey = null, sourceKind = null;
            if (a.TryGetProperty("source", out JsonElement source) && source.ValueKind == JsonValueKind.Object)
            {
                sourceText = Str(source, "text");
                sourceKey = Str(source, "key");
                sourceKind = Str(source, "kind");
            }

            string kindKey = sourceKind ?? "(none)";
            if (!KindStance.TryGetValue(kindKey, out SortedDictionary<string, long>? byStance))
            {
                byStance = new SortedDictionary<string, long>(StringComparer.Ordinal);
                KindStance.Add(kindKey, byStance);
            }

            byStance[stance] = byStance.GetValueOrDefault(stance) + 1;
            if (sourceText is not null && sourceKind is not ("Pronoun" or null))
            {
                // A resolved source counts under its entity; an unresolved one under its words ("defense officials").
                string label = sourceText;
                string counted = sourceKey ?? "\u0001" + HtmlText.OneLine(sourceText, 80).ToLowerInvariant();
                Sources.Add(counted, 1, () => new SourceInfo(label, sourceKey, sourceKind));
            }
            else if (sourceKey is not null)
            {
                Sources.Add(sourceKey, 1, () => new SourceInfo(sourceKey, sourceKey, sourceKind ?? string.Empty));
            }

            if (article >= 0 && StatementRows.Count < _options.MaxStatements)
            {
                string? content = a.TryGetProperty("content", out JsonElement c) && c.ValueKind == JsonValueKind.Object ? Str(c, "text") : null;
                string? cue = a.TryGetProperty("cue", out JsonElement cueElement) && cueElement.ValueKind == JsonValueKind.Object
                    ? Str(cueElement, "lemma") ?? Str(cueElement, "text")
                    : null;
                StatementRows.Add(new StatementRow(article, sourceText, sourceKey, sourceKind, kind, stance, cue, content ?? string.Empty));
            }
        }

        StatementCount += n;
        return n;
    }

    /// <summary>Names the key of a resolved source when an actor mention gave it one; the key itself otherwise.</summary>
    public string NameOf(string key) => Actors.TryGet(key, out ActorInfo? info) ? info.Name : key;

    private static JsonElement.ArrayEnumerator Items(JsonElement root, string name) =>
        (root.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array ? array : s_emptyArray).EnumerateArray();

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement CreateEmptyArray()
    {
        using JsonDocument empty = JsonDocument.Parse("[]");
        return empty.RootElement.Clone();
    }
}

/// <summary>An actor's canonical name and entity type (the enum name).</summary>
internal sealed record ActorInfo(string Name, string Type);

/// <summary>A source as first seen: its words, its entity key when resolved, and its kind.</summary>
internal sealed record SourceInfo(string Label, string? Key, string Kind);

/// <summary>A place's canonical name, entity type and gazetteer coordinates.</summary>
internal sealed record PlaceInfo(string Name, string Type, double Lat, double Lon);

/// <summary>A row of the report's article table; <paramref name="Error"/> is set for a file the batch could not process.</summary>
internal sealed record ArticleRow(string Id, DateOnly? Published, int Entities, int Statements, int Counts, string? Error);

/// <summary>A row of the who-said-what table; <paramref name="Article"/> indexes <see cref="CorpusTally.ArticleRows"/>.</summary>
internal sealed record StatementRow(int Article, string? Source, string? SourceKey, string? SourceKind, string Kind, string Stance, string? Cue, string Content);
