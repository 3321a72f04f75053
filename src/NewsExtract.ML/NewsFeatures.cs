using Microsoft.ML.Data;

namespace NewsExtract.ML;

/// <summary>The input row of the news transform: one article, copied from the user's text column.</summary>
public sealed class NewsArticle
{
    /// <summary>The name of the column the transform copies the text into and drops afterwards.</summary>
    public const string TextColumn = "NewsExtract.Text";

    /// <summary>Gets or sets the article text.</summary>
    [ColumnName(TextColumn)]
    public string Text { get; set; } = string.Empty;
}

/// <summary>
/// The columns that <see cref="NewsExtractCatalog.ExtractNews"/> adds: <c>NewsEntityKeys</c>, <c>NewsEntityTypes</c>,
/// <c>NewsStatementSources</c> and <c>NewsCounts</c>.
/// </summary>
public sealed class NewsFeatures
{
    /// <summary>The number of slots of <see cref="Counts"/>.</summary>
    public const int CountSlots = 10;

    /// <summary>Gets the names of the slots of <see cref="Counts"/>, in order.</summary>
    public static IReadOnlyList<string> CountNames { get; } =
    [
        "entities", "distinct_entities", "armed_group_mentions", "state_force_mentions", "quantities",
        "dates", "statements", "denied_statements", "hedged_statements", "direct_quotes",
    ];

    /// <summary>Gets or sets the distinct entity keys, in order of first mention (<c>kataib-hezbollah</c>).</summary>
    [ColumnName("NewsEntityKeys")]
    public string[] EntityKeys { get; set; } = [];

    /// <summary>Gets or sets the type of every entity mention, in reading order (<c>ArmedGroup</c>).</summary>
    [ColumnName("NewsEntityTypes")]
    public string[] EntityTypes { get; set; } = [];

    /// <summary>
    /// Gets or sets one value per statement: the source's entity key, or <c>source:</c> and its kind when it has none
    /// (<c>source:anonymous</c>, <c>source:none</c>).
    /// </summary>
    [ColumnName("NewsStatementSources")]
    public string[] StatementSources { get; set; } = [];

    /// <summary>Gets or sets the counts named by <see cref="CountNames"/>.</summary>
    [ColumnName("NewsCounts")]
    [VectorType(CountSlots)]
    public float[] Counts { get; set; } = new float[CountSlots];

    /// <summary>Fills the features of one annotated document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="features">The row to fill.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Fill(NewsDocument document, NewsFeatures features)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(features);
        features.EntityKeys = document.Entities.Select(e => e.Key).Distinct(StringComparer.Ordinal).ToArray();
        features.EntityTypes = document.Entities.Select(e => e.Type.ToString()).ToArray();
        features.StatementSources = document.Attributions
            .Select(a => a.Source is null ? "source:none" : a.Source.Key ?? "source:" + a.Source.Kind.ToString().ToLowerInvariant())
            .ToArray();
        features.Counts =
        [
            document.Entities.Length,
            features.EntityKeys.Length,
            document.Entities.Count(e => e.Type == EntityType.ArmedGroup),
            document.Entities.Count(e => e.Type == EntityType.StateForce),
            document.Quantities.Length,
            document.Dates.Length,
            document.Attributions.Length,
            document.Attributions.Count(a => a.Stance == Stance.Denied),
            document.Attributions.Count(a => a.Stance == Stance.Hedged),
            document.Attributions.Count(a => a.Kind is AttributionKind.Direct or AttributionKind.Mixed),
        ];
    }
}
