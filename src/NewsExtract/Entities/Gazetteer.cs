using NewsExtract.Entities;
using NewsExtract.Lexicons;
using NewsExtract.Tokenization;

namespace NewsExtract;

/// <summary>
/// One known entity: a row of a gazetteer file (<c>key  type  name  aliases  attributes</c>).
/// </summary>
/// <param name="Key">Stable canonical key, a lower-case slug (<c>kataib-hezbollah</c>).</param>
/// <param name="Type">The entity type.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Aliases">Other names and spellings, acronyms included.</param>
/// <param name="Attributes">Attributes such as <c>affiliation</c>, <c>umbrella</c>, <c>kind</c>, <c>country</c>, <c>lat</c>, <c>lon</c>.</param>
public sealed record GazetteerEntry(string Key, EntityType Type, string Name, IReadOnlyList<string> Aliases, IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>Creates an entry without attributes.</summary>
    /// <param name="key">Stable canonical key.</param>
    /// <param name="type">The entity type.</param>
    /// <param name="name">The canonical name.</param>
    /// <param name="aliases">Other names and spellings.</param>
    public GazetteerEntry(string key, EntityType type, string name, params string[] aliases)
        : this(key, type, name, aliases, new Dictionary<string, string>())
    {
    }
}

/// <summary>
/// Known entities and every normalized spelling of their names. Built once per extractor; immutable.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>Acronyms of up to this many letters, written in capitals, match only in capitals ("US" is not "us").</summary>
    private const int MaxCaseSensitiveLetters = 6;

    private readonly SpanMap<Alias[]> _aliases;
    private readonly SpanMap<int> _firstWords;

    internal readonly record struct Alias(int Entry, string? ExactLetters, ulong CapitalizedUnits, bool Ambiguous);

    /// <summary>Builds the alias index.</summary>
    /// <remarks>
    /// Some aliases are left out or trimmed so that matches follow the annotation guidelines: an alias that starts with
    /// another entity's name and a possessive ("Iran's Foreign Ministry") is left out, because the possessor is marked
    /// alone; so is one with a hyphenated modifier ("U.S.-led coalition", "anti-ISIS coalition") and a facility alias
    /// naming its city ("U.S. Embassy in Baghdad"), because those names are marked apart. A title before a person's name
    /// ("Ayatollah Ali Khamenei") is dropped, because titles are not part of the span.
    /// </remarks>
    public Gazetteer(IEnumerable<GazetteerEntry> entries, Tokenizer tokenizer, SpanMap<string> titles, int maxTitleUnits)
    {
        Entries = [.. entries];
        var prepared = new List<(int Entry, string Name, string Normalized, string[] Words, bool Possessive)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (int e = 0; e < Entries.Length; e++)
        {
            GazetteerEntry entry = Entries[e];
            foreach (string name in entry.Aliases.Prepend(entry.Name))
            {
                if (HasHyphenModifier(name) || (entry.Type == EntityType.Facility && name.Contains(" in ", StringComparison.Ordinal)))
                {
                    continue;
                }

                string normalized = NameNormalizer.NormalizeAlias(name, tokenizer, out string[] words);
                if (entry.Type == EntityType.Person)
                {
                    (normalized, words) = StripTitle(normalized, words, titles, maxTitleUnits);
                }

                if (normalized.Length == 0 || words.Length == 0 || words.Length > 63)
                {
                    continue;
                }

                int barrier = normalized.IndexOf(NameNormalizer.Barrier, StringComparison.Ordinal);
                prepared.Add((e, name, normalized, words, barrier >= 0));
                if (barrier < 0)
                {
                    keys.Add(normalized);
                }
            }
        }

        var map = new Dictionary<string, List<Alias>>(StringComparer.Ordinal);
        var firstWords = new Dictionary<string, int>(StringComparer.Ordinal);
        int maxUnits = 1;
        foreach ((int e, string name, string normalized, string[] words, bool possessive) in prepared)
        {
            // "Iran's Foreign Ministry": the possessor is an entity of its own, so the text gives two mentions.
            if (possessive && keys.Contains(normalized[..normalized.IndexOf(NameNormalizer.Barrier, StringComparison.Ordinal)]))
            {
                continue;
            }

            ulong caps = 0;
            for (int w = 0; w < words.Length; w++)
            {
                if (char.IsUpper(words[w][0]) || char.IsDigit(words[w][0]))
                {
                    caps |= 1UL << w;
                }
            }

            string letters = new(string.Concat(words).Where(char.IsLetterOrDigit).ToArray());
            string? exact = letters.Length <= MaxCaseSensitiveLetters && letters.Any(char.IsLetter) && letters.Where(char.IsLetter).All(char.IsUpper) ? letters : null;
            if (!map.TryGetValue(normalized, out List<Alias>? list))
            {
                map[normalized] = list = [];
            }

            if (!list.Any(a => a.Entry == e && a.ExactLetters == exact))
            {
                list.Add(new Alias(e, exact, caps, Entries[e].Attributes.ContainsKey("ambiguous")));
            }

            int space = normalized.AsSpan().IndexOfAny(' ', NameNormalizer.Barrier);
            string firstWord = space < 0 ? normalized : normalized[..space];
            firstWords[firstWord] = Math.Max(words.Length, firstWords.GetValueOrDefault(firstWord));
            maxUnits = Math.Max(maxUnits, words.Length);
        }

        _aliases = new SpanMap<Alias[]>(map.Select(p => new KeyValuePair<string, Alias[]>(p.Key, [.. p.Value])));
        _firstWords = new SpanMap<int>(firstWords);
        MaxUnits = maxUnits;
    }

    /// <summary>"U.S.-led coalition", "Iran-backed", "anti-ISIS coalition": a hyphen followed by a lower-case word.</summary>
    private static bool HasHyphenModifier(string name)
    {
        for (int i = 1; i + 1 < name.Length; i++)
        {
            if (name[i] == '-' && char.IsLower(name[i + 1]))
            {
                int end = i + 1;
                while (end < name.Length && char.IsLetter(name[end]))
                {
                    end++;
                }

                int start = i - 1;
                while (start > 0 && char.IsLetter(name[start - 1]))
                {
                    start--;
                }

                ReadOnlySpan<char> before = name.AsSpan(start, i - start);
                bool article = before.Length <= 3 && char.IsLower(before[0]);
                if (end - (i + 1) >= 3 && !article)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static (string Normalized, string[] Words) StripTitle(string normalized, string[] words, SpanMap<string> titles, int maxTitleUnits)
    {
        string[] parts = normalized.Split(' ');
        if (parts.Length != words.Length)
        {
            return (normalized, words);
        }

        for (int length = Math.Min(maxTitleUnits, parts.Length - 1); length >= 1; length--)
        {
            if (titles.ContainsKey(string.Join(' ', parts[..length])))
            {
                return (string.Join(' ', parts[length..]), words[length..]);
            }
        }

        return (normalized, words);
    }

    public GazetteerEntry[] Entries { get; }

    public int MaxUnits { get; }

    /// <summary>Builds the index with the lexicons' tokenizer and titles, as every extractor does.</summary>
    public static Gazetteer Create(IEnumerable<GazetteerEntry> entries, LexiconSet lexicons) =>
        new(entries, lexicons.Tokenizer, lexicons.EntityLexicons.Titles, lexicons.EntityLexicons.MaxTitleUnits);

    /// <summary>Whether some alias starts with <paramref name="unit"/>, and the most words such an alias has.</summary>
    public bool TryGetLongest(ReadOnlySpan<char> unit, out int words) => _firstWords.TryGetValue(unit, out words);

    public bool TryGetAliases(ReadOnlySpan<char> key, out Alias[] aliases) => _aliases.TryGetValue(key, out aliases);

    /// <summary>Reads gazetteer files: <c>key  type  name  aliases  attributes</c>; aliases split on <c>|</c>, attributes <c>k=v;k=v</c>.</summary>
    /// <exception cref="LexiconFormatException">A row lacks a column, has an empty key or name, or an unknown type; the
    /// message names the file and the line.</exception>
    public static IEnumerable<GazetteerEntry> Read(TsvTable table) => Read(table, null);

    /// <summary>Reads a gazetteer table, recording where each entry came from in <paramref name="origins"/>.</summary>
    public static IEnumerable<GazetteerEntry> Read(TsvTable table, List<string>? origins)
    {
        int key = table.Column("key");
        int type = table.Column("type");
        int name = table.Column("name");
        int aliases = table.OptionalColumn("aliases");
        int attributes = table.OptionalColumn("attributes");
        int required = Math.Max(key, Math.Max(type, name)) + 1;
        var entries = new List<GazetteerEntry>(table.Rows.Count);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            string[] row = table.Rows[r];
            int line = table.Lines[r];
            if (row.Length < required)
            {
                throw new LexiconFormatException(Errors.LexiconTooFewFields(table.Name, line, row.Length, table.Header.Count));
            }

            string typeName = TsvTable.Field(row, type);
            if (!Enum.TryParse(typeName, out EntityType entityType) || !Enum.IsDefined(entityType) || int.TryParse(typeName, out _))
            {
                throw new LexiconFormatException(Errors.LexiconBadValueAt(table.Name, line, "type", typeName, string.Join(", ", Enum.GetNames<EntityType>())));
            }

            if (TsvTable.Field(row, key).Length == 0 || TsvTable.Field(row, name).Length == 0)
            {
                throw new LexiconFormatException(Errors.LexiconEmptyField(table.Name, line, TsvTable.Field(row, key).Length == 0 ? "key" : "name"));
            }

            var attrs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string pair in TsvTable.Field(row, attributes).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                int eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    attrs[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
                }
            }

            string[] aliasList = TsvTable.Field(row, aliases).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            entries.Add(new GazetteerEntry(TsvTable.Field(row, key), entityType, TsvTable.Field(row, name), aliasList, attrs));
            origins?.Add(Errors.Where(table.Name, line));
        }

        return entries;
    }

    /// <summary>
    /// Checks entries from users before they are indexed: a key or name that is empty, a type that is not defined, and
    /// one key given two different types are errors naming where each came from.
    /// </summary>
    /// <param name="entries">The entries, user ones first.</param>
    /// <param name="origins">Where each of the first <c>origins.Count</c> entries came from; later ones are built in.</param>
    /// <exception cref="LexiconFormatException">An entry is not valid.</exception>
    public static void Validate(IReadOnlyList<GazetteerEntry> entries, IReadOnlyList<string> origins)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Count; i++)
        {
            GazetteerEntry entry = entries[i];
            string where = i < origins.Count ? origins[i] : "the built-in gazetteer";
            if (entry is null)
            {
                throw new LexiconFormatException(Errors.GazetteerEntryInvalid(where, "is null"));
            }

            if (string.IsNullOrWhiteSpace(entry.Key) || string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new LexiconFormatException(Errors.GazetteerEntryInvalid(where, string.IsNullOrWhiteSpace(entry.Key) ? "has an empty key" : "has an empty name"));
            }

            if (!Enum.IsDefined(entry.Type) || entry.Aliases is null || entry.Aliases.Any(string.IsNullOrWhiteSpace) || entry.Attributes is null)
            {
                throw new LexiconFormatException(Errors.GazetteerEntryInvalid(where, !Enum.IsDefined(entry.Type) ? $"has an undefined type {(int)entry.Type}" : "has a null or empty alias or null attributes"));
            }

            if (first.TryGetValue(entry.Key, out int earlier))
            {
                if (entries[earlier].Type != entry.Type)
                {
                    string was = earlier < origins.Count ? origins[earlier] : "the built-in gazetteer";
                    throw new LexiconFormatException(Errors.GazetteerKeyTypes(entry.Key, was, entries[earlier].Type.ToString(), where, entry.Type.ToString()));
                }
            }
            else
            {
                first[entry.Key] = i;
            }
        }
    }
}
