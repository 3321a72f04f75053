using System.Diagnostics;
using System.Runtime.CompilerServices;
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
    // The models (syntax, names) load at the first document that needs them, once per process, shared by every
    // extractor and thread: building an extractor reads only the lexicons and gazetteers.
    private static readonly Lazy<Entities.Names.NameTagger> s_nameTagger = new(() => Entities.Names.NameTagger.Default, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Pipeline.Pipeline _pipeline;

    private NewsExtractor(NewsExtractorOptions options)
    {
        Options = options;
        LexiconSet lexicons = LexiconSet.Default;
        var entries = new List<GazetteerEntry>(options.GazetteerEntries);
        var origins = new List<string>();
        for (int i = 0; i < entries.Count; i++)
        {
            origins.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{nameof(NewsExtractorOptions.GazetteerEntries)}[{i}] ('{entries[i]?.Key}')"));
        }

        foreach (string path in options.GazetteerFiles)
        {
            entries.AddRange(Gazetteer.Read(DataFiles.LoadFile(path), origins));
        }

        entries.AddRange(options.MaskedGazetteerKeys is { } masked ? lexicons.GazetteerEntries.Where(e => !masked.Contains(e.Key)) : lexicons.GazetteerEntries);
        Gazetteer.Validate(entries, origins);
        var gazetteer = Gazetteer.Create(entries, lexicons);
        _pipeline = new Pipeline.Pipeline(
        [
            new TokenAnnotator(lexicons),
            new ZoneAnnotator(lexicons),
            new SentenceAnnotator(lexicons),
            .. SyntaxStep(options.Syntax),
            new Attributions.QuoteFinder(),
            new Entities.EntityAnnotator(gazetteer, lexicons.EntityLexicons, lexicons, options.NameModel ? s_nameTagger : null),
            new Quantities.QuantityAnnotator(lexicons.QuantityLexicons, lexicons),
            new Dates.DateAnnotator(lexicons),
            new Attributions.AttributionAnnotator(lexicons.AttributionLexicons, lexicons, Syntax.SyntaxOnDemand.Embedded),
            .. EventStep(options.Events),
        ]);
    }

    private static IEnumerable<IAnnotator> SyntaxStep(SyntaxLevel level) => level switch
    {
        SyntaxLevel.None => [],
        SyntaxLevel.Tags => [new Syntax.SyntaxAnnotator(Syntax.SyntaxModels.Default, parse: false)],
        _ => [new Syntax.SyntaxAnnotator(Syntax.SyntaxModels.Default, parse: true)],
    };

    private static IEnumerable<IAnnotator> EventStep(bool events) =>
        events ? [new Events.EventAnnotator(Events.EventLexicon.Default, Events.TriggerModel.Default)] : [];

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
    /// <exception cref="LexiconFormatException">A gazetteer file is not in the expected format (the message names the
    /// file and line), or a gazetteer entry has an empty key or name, an undefined type, or a key that another entry
    /// gives a different type.</exception>
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

    /// <summary>
    /// Annotates many articles in parallel and yields one result per source, in the order of the sources whatever the
    /// parallelism. Sources are pulled lazily and at most a few per worker are in flight, so memory stays bounded
    /// however long the stream. An article that cannot be read or annotated yields a failed result and the batch goes
    /// on.
    /// </summary>
    /// <param name="sources">The articles: see <see cref="ArticleSource.FromFile"/>, <see cref="ArticleSource.FromText"/>
    /// and <see cref="ArticleFolder.Enumerate"/>.</param>
    /// <param name="options">Parallelism and size limit; <see langword="null"/> for one worker per core.</param>
    /// <param name="progress">Receives a report after each result is yielded, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the batch: the enumeration throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The results, in source order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IAsyncEnumerable<ArticleResult> AnnotateAsync(
        IAsyncEnumerable<ArticleSource> sources,
        BatchOptions? options = null,
        IProgress<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return RunBatch(sources, options ?? new BatchOptions(), progress, cancellationToken);
    }

    /// <inheritdoc cref="AnnotateAsync(IAsyncEnumerable{ArticleSource}, BatchOptions?, IProgress{BatchProgress}?, CancellationToken)"/>
    public IAsyncEnumerable<ArticleResult> AnnotateAsync(
        IEnumerable<ArticleSource> sources,
        BatchOptions? options = null,
        IProgress<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return RunBatch(ToAsync(sources), options ?? new BatchOptions(), progress, cancellationToken);
    }

    /// <summary>Annotates every matching file of a folder: <see cref="ArticleFolder.Enumerate"/> then
    /// <see cref="AnnotateAsync(IEnumerable{ArticleSource}, BatchOptions?, IProgress{BatchProgress}?, CancellationToken)"/>.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="folder">Patterns, recursion and sharding; <see langword="null"/> for every <c>*.txt</c>.</param>
    /// <param name="options">Parallelism and size limit.</param>
    /// <param name="progress">Receives a report after each result, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <returns>The results, sorted by id (the path relative to the folder, with <c>/</c> separators).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IAsyncEnumerable<ArticleResult> AnnotateFolderAsync(
        string directory,
        ArticleFolderOptions? folder = null,
        BatchOptions? options = null,
        IProgress<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        AnnotateAsync(ArticleFolder.Enumerate(directory, folder), options, progress, cancellationToken);

    private static async IAsyncEnumerable<ArticleSource> ToAsync(IEnumerable<ArticleSource> sources)
    {
        foreach (ArticleSource source in sources)
        {
            yield return source;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private async IAsyncEnumerable<ArticleResult> RunBatch(
        IAsyncEnumerable<ArticleSource> sources,
        BatchOptions options,
        IProgress<BatchProgress>? progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A window of tasks in source order: workers start as sources arrive, a semaphore caps how many run at once,
        // and results leave from the window's head, so output order never depends on timing. The window is a few
        // times the parallelism so that one slow article does not idle the other workers for long.
        int workers = options.MaxDegreeOfParallelism;
        int window = workers * 4;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(workers);
        var pending = new Queue<Task<ArticleResult>>(window);
        var clock = Stopwatch.StartNew();
        int completed = 0, failed = 0;
        long tokens = 0;
        IAsyncEnumerator<ArticleSource> next = sources.GetAsyncEnumerator(cancellationToken);
        bool more = true;
        try
        {
            while (true)
            {
                // Fill the window, then hand out its head; when the sources end, drain what is left.
                if (more && pending.Count < window && (more = await next.MoveNextAsync().ConfigureAwait(false)))
                {
                    ArgumentNullException.ThrowIfNull(next.Current, nameof(sources));
                    pending.Enqueue(RunOne(next.Current, options.MaxBytes, slots, stop.Token));
                    continue;
                }

                if (pending.Count == 0)
                {
                    break;
                }

                ArticleResult result = await pending.Dequeue().ConfigureAwait(false);
                completed++;
                if (result.Succeeded)
                {
                    tokens += result.Document.Tokens.Length;
                }
                else
                {
                    failed++;
                }

                yield return result;
                progress?.Report(new BatchProgress(completed, failed, tokens, clock.Elapsed));
            }
        }
        finally
        {
            // The caller stopped early (break, exception, cancellation): stop the workers still in flight and wait for
            // them, so no work outlives the enumeration.
            await stop.CancelAsync().ConfigureAwait(false);
            await next.DisposeAsync().ConfigureAwait(false);
            foreach (Task<ArticleResult> task in pending)
            {
                try
                {
                    await task.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Expected: the worker saw the cancellation.
                }
            }
        }
    }

    private Task<ArticleResult> RunOne(ArticleSource source, long maxBytes, SemaphoreSlim slots, CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    string text = source.Load(maxBytes, out FileContent content);
                    NewsDocument document = _pipeline.Run(text, source.Published, source.Id, cancellationToken);
                    return new ArticleResult(source, document, null, content);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One bad article must not cost the batch: unreadable, binary, not UTF-8, too large, and even a
                    // defect in an annotator become a failed result for this article alone.
                    return new ArticleResult(source, null, ex);
                }
                finally
                {
                    slots.Release();
                }
            },
            cancellationToken);
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

    /// <summary>
    /// Gets how much syntax the document shows in <see cref="NewsDocument.Syntax"/>: none (the default), tags and lemmas,
    /// or tags, lemmas and dependency parses of every sentence. Whatever the level, the count, attribution and event
    /// layers parse the sentences they need; this setting only decides what the document shows.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="SyntaxLevel"/>.</exception>
    public SyntaxLevel Syntax
    {
        get => _syntax;
        init => _syntax = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), Errors.OptionOutOfRange(nameof(Syntax), value));
    }

    private readonly SyntaxLevel _syntax = SyntaxLevel.None;

    /// <summary>
    /// Gets whether to find events (<see cref="NewsDocument.Events"/> and <see cref="NewsDocument.EventRecords"/>); on by
    /// default. Without a full parse, the event layer parses the sentences that hold a word of force.
    /// </summary>
    public bool Events { get; init; } = true;

    /// <summary>
    /// Gets whether the learned name finder adds names no gazetteer lists (<see cref="EntityOrigin.Model"/> mentions);
    /// <see langword="true"/> by default. Set <see langword="false"/> for the gazetteer and rules only.
    /// </summary>
    public bool NameModel { get; init; } = true;

    /// <summary>
    /// Keys of built-in gazetteer entries left out, so that evaluation can measure recall on names the list does not
    /// know (<c>eval --masked</c>); internal, not an option for users.
    /// </summary>
    internal IReadOnlySet<string>? MaskedGazetteerKeys { get; init; }
}

/// <summary>How much of the syntax layer an extractor computes.</summary>
public enum SyntaxLevel
{
    /// <summary>No syntax: <see cref="NewsDocument.Syntax"/> stays empty.</summary>
    None,
    /// <summary>Parts of speech (UPOS, XPOS), lemmas and features; no heads (every head is -1, relation empty).</summary>
    Tags,
    /// <summary>Parts of speech, lemmas, features, heads and relations.</summary>
    Full,
}
