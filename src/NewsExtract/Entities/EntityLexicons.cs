using NewsExtract.Lexicons;
using NewsExtract.Tokenization;

namespace NewsExtract.Entities;

/// <summary>Where a name word stands in a name.</summary>
internal enum NameWordPosition : byte
{
    Suffix,
    Prefix,
}

/// <summary>The lexicons the entity layer reads, normalized once: titles, name words, demonyms.</summary>
internal sealed class EntityLexicons
{
    public EntityLexicons(Tokenizer tokenizer)
    {
        Titles = LoadNormalized(DataFiles.LoadEmbedded("titles.tsv"), "title", "role", tokenizer, out int maxTitle);
        MaxTitleUnits = maxTitle;
        var firsts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string key in Titles.Keys)
        {
            string first = key.Split(' ')[0];
            firsts[first] = Math.Max(firsts.GetValueOrDefault(first), key.Count(c => c == ' ') + 1);
        }

        TitleFirstWords = new SpanMap<int>(firsts);

        TsvTable names = DataFiles.LoadEmbedded("namewords.tsv");
        int word = names.Column("word"), type = names.Column("type"), position = names.Column("position");
        var suffixes = new List<KeyValuePair<string, EntityType>>();
        var prefixes = new List<KeyValuePair<string, EntityType>>();
        foreach (string[] row in names.Rows)
        {
            if (!Enum.TryParse(TsvTable.Field(row, type), out EntityType t))
            {
                throw new LexiconFormatException(Errors.LexiconBadValue(names.Name, "type", TsvTable.Field(row, type)));
            }

            string normalized = NameNormalizer.NormalizeAlias(TsvTable.Field(row, word), tokenizer, out _);
            (TsvTable.Field(row, position) == "Prefix" ? prefixes : suffixes).Add(new(normalized, t));
        }

        NameSuffixes = new SpanMap<EntityType>(suffixes);
        NamePrefixes = new SpanMap<EntityType>(prefixes);

        TsvTable demonyms = DataFiles.LoadEmbedded("demonyms.tsv");
        int dw = demonyms.Column("word"), dk = demonyms.Column("key");
        Demonyms = new SpanMap<string>(demonyms.Rows.Select(r => new KeyValuePair<string, string>(
            NameNormalizer.NormalizeAlias(TsvTable.Field(r, dw), tokenizer, out _),
            TsvTable.Field(r, dk).Length > 0 ? TsvTable.Field(r, dk) : Slug.Of(TsvTable.Field(r, dw)))));
    }

    /// <summary>Normalized title (<c>lt col</c>, <c>prime minister</c>) to its role noun.</summary>
    public SpanMap<string> Titles { get; }

    public int MaxTitleUnits { get; }

    /// <summary>The first word of every title, with the most words a title starting with it has.</summary>
    public SpanMap<int> TitleFirstWords { get; }

    public SpanMap<EntityType> NameSuffixes { get; }

    public SpanMap<EntityType> NamePrefixes { get; }

    /// <summary>Normalized demonym to the key of its country (or a slug of the word).</summary>
    public SpanMap<string> Demonyms { get; }

    private static SpanMap<string> LoadNormalized(TsvTable table, string keyColumn, string valueColumn, Tokenizer tokenizer, out int maxUnits)
    {
        int k = table.Column(keyColumn), v = table.Column(valueColumn);
        int max = 1;
        var items = new List<KeyValuePair<string, string>>();
        foreach (string[] row in table.Rows)
        {
            string normalized = NameNormalizer.NormalizeAlias(TsvTable.Field(row, k), tokenizer, out string[] words);
            max = Math.Max(max, words.Length);
            items.Add(new(normalized, TsvTable.Field(row, v)));
        }

        maxUnits = max;
        return new SpanMap<string>(items);
    }
}

/// <summary>Lower-case hyphenated slugs for entity keys: "Mustafa al-Kadhimi" gives <c>mustafa-al-kadhimi</c>.</summary>
internal static class Slug
{
    public static string Of(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length * 2 + 1] : new char[name.Length * 2 + 1];
        int k = 0;
        bool dash = false;
        Span<char> one = stackalloc char[4];
        foreach (char c in name)
        {
            if (Tokenizer.IsApostrophe(c) || c == '.')
            {
                continue;
            }

            int n = char.IsLetterOrDigit(c) ? NameNormalizer.Normalize(new ReadOnlySpan<char>(in c), one) : 0;
            if (n == 0)
            {
                dash = k > 0;
                continue;
            }

            if (dash)
            {
                buffer[k++] = '-';
                dash = false;
            }

            one[..n].CopyTo(buffer[k..]);
            k += n;
        }

        return new string(buffer[..k]);
    }
}
