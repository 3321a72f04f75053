using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract;

/// <summary>
/// The entry point: turns article text into a <see cref="NewsDocument"/> with every layer filled in.
/// </summary>
/// <remarks>
/// Build one instance (loading the embedded data takes a moment) and reuse it: an instance is immutable and
/// thread-safe, so one can serve every document and every thread.
/// <code>
/// var extractor = NewsExtractor.CreateDefault();
/// NewsDocument doc = extractor.Annotate(text, published: new DateOnly(2020, 1, 23));
/// string json = NewsDocumentJson.Serialize(doc);
/// </code>
/// </remarks>
public sealed class NewsExtractor
{
    private readonly Pipeline.Pipeline _pipeline;

    private NewsExtractor(NewsExtractorOptions options)
    {
        Options = options;
        LexiconSet lexicons = LexiconSet.Default;
        var entries = new List<GazetteerEntry>(options.GazetteerEntries);
        foreach (string path in options.GazetteerFiles)
        {
            entries.AddRange(Gazetteer.Read(DataFiles.LoadFile(path)));
        }

        entries.AddRange(lexicons.GazetteerEntries);
        var gazetteer = Gazetteer.Create(entries, lexicons);
        _pipeline = new Pipeline.Pipeline(
        [
            new TokenAnnotator(lexicons),
            new ZoneAnnotator(lexicons),
            new SentenceAnnotator(lexicons),
            new Attributions.QuoteFinder(),
            new Entities.EntityAnnotator(gazetteer, lexicons.EntityLexicons, lexicons),
            new Quantities.QuantityAnnotator(lexicons.QuantityLexicons, lexicons),
            new Dates.DateAnnotator(lexicons),
            new Attributions.AttributionAnnotator(lexicons.AttributionLexicons, lexicons),
        ]);
    }

    /// <summary>Gets the options this extractor was built with.</summary>
    public NewsExtractorOptions Options { get; }

    /// <summary>Creates an extractor with the built-in gazetteers and lexicons.</summary>
    /// <returns>A thread-safe extractor, meant to be cached.</returns>
    public static NewsExtractor CreateDefault() => new(new NewsExtractorOptions());

    /// <summary>Creates an extractor with the given options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>A thread-safe extractor, meant to be cached.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="FileNotFoundException">A gazetteer file does not exist.</exception>
    /// <exception cref="LexiconFormatException">A gazetteer file is not in the expected format.</exception>
    public static NewsExtractor Create(NewsExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new NewsExtractor(options);
    }

    /// <summary>Annotates one article.</summary>
    /// <param name="text">The article text, exactly as decoded; offsets in the result index this string.</param>
    /// <param name="published">The publication date, if known; otherwise a dateline in the text is used. Relative dates
    /// resolve against it, never against the clock.</param>
    /// <param name="id">An identifier to carry in the result (a file name), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels between annotation steps.</param>
    /// <returns>The annotated document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public NewsDocument Annotate(string text, DateOnly? published = null, string? id = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _pipeline.Run(text, published, id, cancellationToken);
    }
}

/// <summary>Options for <see cref="NewsExtractor.Create(NewsExtractorOptions)"/>.</summary>
public sealed class NewsExtractorOptions
{
    /// <summary>The default largest input, in bytes, that <see cref="ArticleText"/> reads: 64 MiB.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>Creates options with the defaults.</summary>
    public NewsExtractorOptions()
    {
    }

    /// <summary>
    /// Gets gazetteer files to load besides the built-in ones: UTF-8 TSV with the header
    /// <c>key  type  name  aliases  attributes</c> (aliases separated by <c>|</c>, attributes as <c>k=v;k=v</c>).
    /// Their entries win over built-in entries that share an alias.
    /// </summary>
    public IReadOnlyList<string> GazetteerFiles { get; init; } = [];

    /// <summary>Gets extra gazetteer entries; they win over files and built-in entries that share an alias.</summary>
    public IReadOnlyList<GazetteerEntry> GazetteerEntries { get; init; } = [];
}
