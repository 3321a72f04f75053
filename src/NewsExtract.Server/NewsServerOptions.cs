namespace NewsExtract.Server;

/// <summary>
/// Settings of the HTTP service. The defaults are safe for a machine shared with others: the service listens on the
/// loopback interface only, takes at most 10 MB per request, gives up on a request after 30 seconds, and runs a
/// bounded number of requests at once with a bounded queue behind them.
/// </summary>
public sealed class NewsServerOptions
{
    /// <summary>The address the service listens on unless <see cref="Urls"/> says otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5088";

    /// <summary>The largest request body accepted by default, in bytes (10 MB).</summary>
    public const long DefaultMaxRequestBytes = 10L * 1000 * 1000;

    private readonly string _urls = DefaultUrls;
    private readonly long _maxRequestBytes = DefaultMaxRequestBytes;
    private readonly TimeSpan _requestTimeout = TimeSpan.FromSeconds(30);
    private readonly TimeSpan _batchTimeout = TimeSpan.FromMinutes(10);
    private readonly int _maxConcurrentRequests = Math.Max(2, Environment.ProcessorCount * 2);
    private readonly int _queueLimit = 1024;
    private readonly TimeSpan _shutdownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Gets the addresses to listen on, separated by <c>;</c> (ASP.NET Core's <c>--urls</c> syntax).</summary>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public string Urls
    {
        get => _urls;
        init => _urls = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException(Messages.OptionEmpty(nameof(Urls)), nameof(value)) : value;
    }

    /// <summary>Gets the largest request body accepted, in bytes; a larger one is answered with 413.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxRequestBytes
    {
        get => _maxRequestBytes;
        init => _maxRequestBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, Messages.OptionNotPositive(nameof(MaxRequestBytes)));
    }

    /// <summary>Gets how long one annotate or render request may take, queueing included; beyond it the answer is 504.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan RequestTimeout
    {
        get => _requestTimeout;
        init => _requestTimeout = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, Messages.OptionNotPositive(nameof(RequestTimeout)));
    }

    /// <summary>Gets how long one batch request may take.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan BatchTimeout
    {
        get => _batchTimeout;
        init => _batchTimeout = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, Messages.OptionNotPositive(nameof(BatchTimeout)));
    }

    /// <summary>Gets how many requests are processed at once (twice the number of cores by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxConcurrentRequests
    {
        get => _maxConcurrentRequests;
        init => _maxConcurrentRequests = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, Messages.OptionNotPositive(nameof(MaxConcurrentRequests)));
    }

    /// <summary>
    /// Gets how many requests may wait for a free slot (1024 by default); a request beyond them is answered at once with
    /// 429 and a <c>Retry-After</c> header.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int QueueLimit
    {
        get => _queueLimit;
        init => _queueLimit = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, Messages.OptionNegative(nameof(QueueLimit)));
    }

    /// <summary>Gets how long a shutdown (SIGTERM, Ctrl-C) waits for requests in flight to finish.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan ShutdownTimeout
    {
        get => _shutdownTimeout;
        init => _shutdownTimeout = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, Messages.OptionNegative(nameof(ShutdownTimeout)));
    }

    /// <summary>Gets the extractor's options (gazetteer files and entries to add).</summary>
    public NewsExtractorOptions Extractor { get; init; } = new();
}
