using System.CommandLine;
using NewsExtract.Server;

namespace NewsExtract.Cli;

/// <summary>
/// <c>newsextract serve</c>: runs the HTTP service (<see cref="NewsServer"/>) until SIGTERM or Ctrl-C, which let the
/// requests in flight finish.
/// </summary>
internal static class ServeCommand
{
    public const string Name = "serve";

    public static Command Create(TextWriter stderr)
    {
        var defaults = new NewsServerOptions();
        var urls = new Option<string>("--urls")
        {
            Description = "The addresses to listen on, separated by ';'. Only the loopback interface by default.",
            DefaultValueFactory = _ => NewsServerOptions.DefaultUrls,
        };
        var maxBytes = new Option<long>("--max-request-bytes")
        {
            Description = "The largest request body accepted, in bytes; larger ones get 413.",
            DefaultValueFactory = _ => NewsServerOptions.DefaultMaxRequestBytes,
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds one annotate or render request may take, queueing included; beyond it the answer is 504.",
            DefaultValueFactory = _ => defaults.RequestTimeout.TotalSeconds,
        };
        var concurrency = new Option<int>("--max-concurrency")
        {
            Description = "Requests processed at once (twice the cores by default).",
            DefaultValueFactory = _ => defaults.MaxConcurrentRequests,
        };
        var queue = new Option<int>("--queue")
        {
            Description = "Requests that may wait for a free slot; beyond them the answer is 429 with Retry-After.",
            DefaultValueFactory = _ => defaults.QueueLimit,
        };
        var gazetteers = new Option<string[]>("--gazetteer") { Description = "A gazetteer TSV file to add; may be repeated." };
        var command = new Command(Name, "Run the HTTP service: POST /v1/annotate, /v1/render and /v1/batch, GET / to try it, /healthz, /openapi/v1.json.")
        {
            urls, maxBytes, timeout, concurrency, queue, gazetteers,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            NewsServerOptions options;
            try
            {
                options = new NewsServerOptions
                {
                    Urls = parse.GetValue(urls)!,
                    MaxRequestBytes = parse.GetValue(maxBytes),
                    RequestTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                    MaxConcurrentRequests = parse.GetValue(concurrency),
                    QueueLimit = parse.GetValue(queue),
                    Extractor = new NewsExtractorOptions { GazetteerFiles = parse.GetValue(gazetteers) ?? [] },
                };
            }
            catch (ArgumentException ex)
            {
                await stderr.WriteLineAsync($"newsextract: {ex.Message}").ConfigureAwait(false);
                return CliApp.UsageError;
            }

            if (!CliApp.TryCreateExtractor(options.Extractor.GazetteerFiles.ToArray(), stderr, out _))
            {
                return CliApp.InputError;
            }

            try
            {
                await NewsServer.RunAsync(options, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                await stderr.WriteLineAsync($"newsextract: cannot listen on {options.Urls}: {ex.Message}").ConfigureAwait(false);
                return CliApp.InputError;
            }

            return CliApp.Success;
        });

        return command;
    }
}
