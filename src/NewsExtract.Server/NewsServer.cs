using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Hosting;

namespace NewsExtract.Server;

/// <summary>
/// The NewsExtract HTTP service (<c>newsextract serve</c>): ASP.NET Core minimal APIs over one shared
/// <see cref="NewsExtractor"/>.
/// </summary>
/// <remarks>
/// <para>Endpoints: <c>POST /v1/annotate</c>, <c>POST /v1/render</c>, <c>POST /v1/batch</c>, <c>GET /</c> (a page to try
/// it), <c>GET /healthz</c> and the OpenAPI document at <c>GET /openapi/v1.json</c>.</para>
/// <para>Limits, from <see cref="NewsServerOptions"/>: body size (413), time per request (504), requests at once and
/// queued (429 with <c>Retry-After</c> beyond). Errors are problem documents (RFC 9457). A shutdown (SIGTERM, Ctrl-C)
/// stops accepting connections and lets requests in flight finish, for at most
/// <see cref="NewsServerOptions.ShutdownTimeout"/>.</para>
/// </remarks>
public static class NewsServer
{
    /// <summary>How long a client told 429 should wait, in seconds.</summary>
    public const int RetryAfterSeconds = 1;

    /// <summary>Builds the service's host: Kestrel on <see cref="NewsServerOptions.Urls"/>, console logging of warnings.</summary>
    /// <param name="options">The settings.</param>
    /// <returns>The host builder; <c>Build()</c> then <c>RunAsync()</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IHostBuilder CreateHostBuilder(NewsServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new HostBuilder()
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureLogging(logging =>
            {
                logging.AddSimpleConsole(console => console.SingleLine = true);
                logging.SetMinimumLevel(LogLevel.Warning);
                logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
            })
            .ConfigureHostOptions(host => host.ShutdownTimeout = options.ShutdownTimeout)
            .UseConsoleLifetime()
            .ConfigureWebHost(web => web
                .UseKestrel(kestrel =>
                {
                    kestrel.AddServerHeader = false;
                    kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
                })
                .UseUrls(options.Urls)
                .ConfigureServices(services => ConfigureServices(services, options))
                .Configure(Configure));
    }

    /// <summary>Runs the service until <paramref name="cancellationToken"/> is cancelled or the process is told to stop.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="cancellationToken">Stops the service gracefully.</param>
    /// <returns>A task that completes when the service has stopped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The address is in use.</exception>
    public static async Task RunAsync(NewsServerOptions options, CancellationToken cancellationToken = default)
    {
        using IHost host = CreateHostBuilder(options).Build();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Registers the extractor, the limits and the OpenAPI document.</summary>
    internal static void ConfigureServices(IServiceCollection services, NewsServerOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(_ => NewsExtractor.Create(options.Extractor));
        services.AddRouting();
        services.AddHealthChecks();
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "NewsExtract";
            document.Info.Description = "Turns English news text into entities, counts, dates and attributed statements, as UTF-16 spans into the text.";
            return Task.CompletedTask;
        }));
        services.AddRequestTimeouts(timeouts =>
        {
            timeouts.DefaultPolicy = TimeoutPolicy(options.RequestTimeout);
            timeouts.AddPolicy(ArticleEndpoints.BatchTimeoutPolicy, TimeoutPolicy(options.BatchTimeout));
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(_ => RateLimitPartition.GetConcurrencyLimiter(
                "all",
                _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = options.MaxConcurrentRequests,
                    QueueLimit = options.QueueLimit,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(Problems.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, Messages.TooManyRequests(RetryAfterSeconds)));
            };
        });
    }

    /// <summary>The middleware, outermost first, and the endpoints.</summary>
    internal static void Configure(IApplicationBuilder app)
    {
        app.UseMiddleware<ProblemMiddleware>();
        app.UseStatusCodePages(context => context.HttpContext.Response.ContentLength is null && !context.HttpContext.Response.HasStarted
            ? Problems.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode, Messages.EmptyError(context.HttpContext.Response.StatusCode, context.HttpContext.Request.Path, context.HttpContext.Request.ContentType))
            : Task.CompletedTask);
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseRateLimiter();
        app.UseEndpoints(endpoints =>
        {
            PageEndpoints.Map(endpoints);
            ArticleEndpoints.Map(endpoints);
            endpoints.MapOpenApi().DisableRateLimiting();
        });
    }

    private static RequestTimeoutPolicy TimeoutPolicy(TimeSpan timeout) => new()
    {
        Timeout = timeout,
        TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        WriteTimeoutResponse = context => Problems.WriteAsync(context, StatusCodes.Status504GatewayTimeout, Messages.Timeout(timeout)),
    };
}
