using System.Diagnostics.CodeAnalysis;

namespace NewsExtract;

/// <summary>
/// One article to annotate in a batch: text already in memory, or a file that a worker reads (so reading runs in
/// parallel too, and a bad file becomes a failed <see cref="ArticleResult"/> instead of stopping the batch).
/// </summary>
public sealed class ArticleSource
{
    private readonly string? _text;
    private readonly string? _failure;

    private ArticleSource(string id, string? path, string? text, string? failure, DateOnly? published)
    {
        Id = id;
        Path = path;
        _text = text;
        _failure = failure;
        Published = published;
    }

    /// <summary>Gets the identifier carried into <see cref="NewsDocument.Id"/> and <see cref="ArticleResult.Id"/>.</summary>
    public string Id { get; }

    /// <summary>Gets the file to read, or <see langword="null"/> for text in memory.</summary>
    public string? Path { get; }

    /// <summary>Gets the publication date, if the caller knows it; otherwise a dateline in the text is used.</summary>
    public DateOnly? Published { get; }

    /// <summary>Creates a source for text in memory.</summary>
    /// <param name="id">The identifier to carry into the result.</param>
    /// <param name="text">The article text.</param>
    /// <param name="published">The publication date, if known.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    public static ArticleSource FromText(string id, string text, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        return new ArticleSource(id, null, text, null, published);
    }

    /// <summary>Creates a source for a UTF-8 text file, read by the worker that annotates it.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="id">The identifier; by default the path as given.</param>
    /// <param name="published">The publication date, if known.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static ArticleSource FromFile(string path, string? id = null, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new ArticleSource(id ?? path, path, null, null, published);
    }

    /// <summary>A source that fails with a message when processed: a directory that could not be listed, say.</summary>
    internal static ArticleSource Failed(string id, string message) => new(id, null, null, message, null);

    /// <summary>
    /// Reads the text, and for a file the SHA-256 of exactly the bytes decoded (one read, so the hash always matches
    /// the text annotated even if the file changes meanwhile); throws what <see cref="ArticleText.ReadFile"/> throws.
    /// </summary>
    internal string Load(long maxBytes, out FileContent content)
    {
        content = default;
        if (_failure is not null)
        {
            throw new InvalidArticleException(_failure);
        }

        if (_text is not null)
        {
            return _text;
        }

        ArraySegment<byte> bytes = ArticleText.ReadBytes(Path!, maxBytes);
        try
        {
            content = new FileContent(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant(), bytes.Count);
            return ArticleText.Decode(bytes, Path!);
        }
        finally
        {
            ArticleText.ReturnBytes(bytes);
        }
    }
}

/// <summary>The outcome for one <see cref="ArticleSource"/> of a batch: a document, or the reason there is none.</summary>
public sealed class ArticleResult
{
    internal ArticleResult(ArticleSource source, NewsDocument? document, Exception? exception, FileContent content = default)
    {
        Source = source;
        Document = document;
        Exception = exception;
        Sha256 = content.Sha256;
        Bytes = content.Bytes;
    }

    /// <summary>
    /// Gets the SHA-256 (lower-case hex) of the file's bytes exactly as read and decoded for <see cref="Document"/>, or
    /// <see langword="null"/> for text in memory and for a file that could not be read.
    /// </summary>
    public string? Sha256 { get; }

    /// <summary>Gets the number of bytes read from the file (0 for text in memory or a file not read).</summary>
    public long Bytes { get; }

    /// <summary>Gets the source's identifier.</summary>
    public string Id => Source.Id;

    /// <summary>Gets the source this result is for.</summary>
    public ArticleSource Source { get; }

    /// <summary>Gets the annotated document, or <see langword="null"/> if the article failed.</summary>
    public NewsDocument? Document { get; }

    /// <summary>
    /// Gets why the article failed: an <see cref="InvalidArticleException"/> (binary, not UTF-8, too large), an
    /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> (unreadable), or, for a defect in the
    /// library, whatever it threw. <see langword="null"/> on success.
    /// </summary>
    public Exception? Exception { get; }

    /// <summary>Gets whether the article was annotated.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Exception))]
    public bool Succeeded => Document is not null;

    /// <summary>Gets the failure message, or <see langword="null"/> on success.</summary>
    public string? Error => Exception?.Message;
}

/// <summary>Options for <see cref="NewsExtractor.AnnotateAsync(IAsyncEnumerable{ArticleSource}, BatchOptions?, IProgress{BatchProgress}?, CancellationToken)"/>.</summary>
public sealed class BatchOptions
{
    private readonly int _maxDegreeOfParallelism = Environment.ProcessorCount;
    private readonly long _maxBytes = NewsExtractorOptions.DefaultMaxBytes;

    /// <summary>Gets how many articles are annotated at once; by default one per core.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxDegreeOfParallelism = value;
        }
    }

    /// <summary>Gets the largest file accepted, in bytes; a larger file becomes a failed result. Default 64 MiB.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long MaxBytes
    {
        get => _maxBytes;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxBytes = value;
        }
    }
}

/// <summary>How far a batch has got; reported after each result is handed to the caller.</summary>
/// <param name="Completed">Articles done, failed ones included.</param>
/// <param name="Failed">Articles that failed.</param>
/// <param name="Tokens">Tokens in the articles annotated so far.</param>
/// <param name="Elapsed">Time since the batch started.</param>
public readonly record struct BatchProgress(int Completed, int Failed, long Tokens, TimeSpan Elapsed)
{
    /// <summary>Gets the articles completed per second so far.</summary>
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Completed / Elapsed.TotalSeconds : 0;
}

/// <summary>What was read from a file: the SHA-256 of its bytes and their number.</summary>
internal readonly record struct FileContent(string? Sha256, long Bytes);
