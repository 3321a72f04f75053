// A small load client for `newsextract serve`: N connections, each posting the same article to /v1/annotate as fast
// as answers come back, for a fixed time after a warm-up. Prints requests/s, latency percentiles and errors, and,
// given the server's process id, its resident memory (VmRSS) before and after the measured run.
//
//   dotnet run -c Release --project benchmarks/NewsExtract.LoadClient -- URL ARTICLE.txt [connections=64] [seconds=10]
//       [warmup-seconds=3] [server-pid] [max-requests]
//
// Loopback only: the client refuses any host but 127.0.0.1, ::1 and localhost.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: LoadClient URL ARTICLE.txt [connections=64] [seconds=10] [warmup-seconds=3] [server-pid] [max-requests]");
    return 2;
}

var baseUri = new Uri(args[0]);
if (!IPAddress.TryParse(baseUri.Host, out IPAddress? ip) ? baseUri.Host != "localhost" : !IPAddress.IsLoopback(ip))
{
    Console.Error.WriteLine("LoadClient: only loopback addresses are allowed.");
    return 2;
}

byte[] article = await File.ReadAllBytesAsync(args[1]);
int connections = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 64;
double seconds = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 10;
double warmup = args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 3;
int? serverPid = args.Length > 5 && args[5] != "-" ? int.Parse(args[5], CultureInfo.InvariantCulture) : null;
long maxRequests = args.Length > 6 ? long.Parse(args[6], CultureInfo.InvariantCulture) : long.MaxValue;

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
using var client = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
var target = new Uri("/v1/annotate?date=2024-05-13", UriKind.Relative);

Console.WriteLine($"article {article.Length} bytes, {connections} connections, warm-up {warmup} s, measured {seconds} s");
await RunAsync(TimeSpan.FromSeconds(warmup), long.MaxValue, record: false);
long rssBefore = ReadRss(serverPid);
double cpuBefore = ReadCpuSeconds(serverPid);
using var sampling = new CancellationTokenSource();
var rssSamples = new List<string>();
Task sampler = Task.Run(async () =>
{
    // The server's memory every 5 seconds of the measured run, to see whether it grows or levels off.
    while (serverPid is not null && !sampling.IsCancellationRequested)
    {
        rssSamples.Add((ReadRss(serverPid) / 1024.0).ToString("F0", CultureInfo.InvariantCulture));
        await Task.Delay(TimeSpan.FromSeconds(5), sampling.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    }
});
(List<double> latencies, long errors, TimeSpan elapsed) = await RunAsync(TimeSpan.FromSeconds(seconds), maxRequests, record: true);
await sampling.CancelAsync();
await sampler;
long rssAfter = ReadRss(serverPid);
double cpuAfter = ReadCpuSeconds(serverPid);

latencies.Sort();
double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"requests {latencies.Count + errors}, errors {errors}, {latencies.Count / elapsed.TotalSeconds:F0} requests/s over {elapsed.TotalSeconds:F1} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"latency ms: p50 {Percentile(0.50):F2}, p90 {Percentile(0.90):F2}, p99 {Percentile(0.99):F2}, max {Percentile(1.0):F2}"));
if (serverPid is not null)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"server VmRSS: {rssBefore / 1024.0:F1} MB before, {rssAfter / 1024.0:F1} MB after"));
    Console.WriteLine($"server VmRSS every 5 s (MB): {string.Join(' ', rssSamples)}");
    double cpuMs = (cpuAfter - cpuBefore) * 1000 / Math.Max(1, latencies.Count);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"server CPU: {cpuAfter - cpuBefore:F2} s user+system, {cpuMs:F3} ms per request, i.e. {1000 / cpuMs:F0} requests/s per fully available core"));
}

return errors == 0 ? 0 : 1;

async Task<(List<double> Latencies, long Errors, TimeSpan Elapsed)> RunAsync(TimeSpan duration, long limit, bool record)
{
    var all = new List<double>[connections];
    long errorCount = 0;
    long started = 0;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, connections).Select(async worker =>
    {
        var mine = new List<double>();
        all[worker] = mine;
        while (clock.Elapsed < duration && Interlocked.Increment(ref started) <= limit)
        {
            long t0 = Stopwatch.GetTimestamp();
            try
            {
                using var content = new ByteArrayContent(article);
                content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
                using HttpResponseMessage response = await client.PostAsync(target, content);
                await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errorCount);
                    continue;
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errorCount);
                continue;
            }

            if (record)
            {
                mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
        }
    }));
    return (all.SelectMany(l => l).ToList(), errorCount, clock.Elapsed);
}

static double ReadCpuSeconds(int? pid)
{
    if (pid is null)
    {
        return 0;
    }

    // /proc/PID/stat: fields 14 and 15 (utime, stime) in clock ticks, after the parenthesised command name.
    string stat = File.ReadAllText($"/proc/{pid}/stat");
    string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    long ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    return ticks / 100.0;
}

static long ReadRss(int? pid)
{
    if (pid is null)
    {
        return 0;
    }

    string? line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
    return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
