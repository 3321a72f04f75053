using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace NewsExtract.Benchmarks;

/// <summary>
/// Issue 13's linear-cost check: one document of 1, 4 and 16 MiB (the corpus articles joined by blank lines and
/// repeated, built in memory, never written to the repository), annotated and written as compact JSON to a null
/// stream, the way <c>newsextract annotate</c> does. Linear cost shows as a Mean that grows 4x from each size to the
/// next (and at most 4.6x, 15 % over); the JSON step is included because it was the quadratic one (every statement
/// scanned every entity).
/// </summary>
/// <remarks>
/// One operation at 16 MiB takes tens of seconds, so this runs as a monitoring job (one warm-up, three measured
/// operations, no pilot), in process (a generated project's build times out on a busy two-core machine):
/// <c>dotnet run -c Release --project benchmarks/NewsExtract.Benchmarks -- --filter '*ScalingBenchmarks*'</c>.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ScalingConfig))]
public class ScalingBenchmarks
{
    private NewsExtractor _extractor = null!;
    private string _text = "";

    /// <summary>Gets or sets the document size in MiB of UTF-8.</summary>
    [Params(1, 4, 16)]
    public int SizeMiB { get; set; } = 1;

    [GlobalSetup]
    public void Setup()
    {
        _extractor = NewsExtractor.CreateDefault();
        _text = Repeat(SizeMiB * 1024 * 1024);
        Console.WriteLine($"// ScalingBenchmarks SizeMiB={SizeMiB}: chars/op={_text.Length} utf8Bytes/op={Encoding.UTF8.GetByteCount(_text)}");
    }

    [Benchmark]
    public long AnnotateAndWriteJson()
    {
        NewsDocument document = _extractor.Annotate(_text);
        using var writer = new Utf8JsonWriter(Stream.Null);
        NewsDocumentJson.Write(writer, document, JsonLayers.None);
        writer.Flush();
        return writer.BytesCommitted + document.Attributions.Length;
    }

    /// <summary>The corpus articles, joined by blank lines, repeated until the text reaches <paramref name="bytes"/>.</summary>
    internal static string Repeat(int bytes)
    {
        string once = string.Join("\n\n", Corpus.ArticleNames.Select(n => Corpus.Text(n).Trim())) + "\n\n";
        int onceBytes = Encoding.UTF8.GetByteCount(once);
        var builder = new StringBuilder(once.Length * ((bytes / onceBytes) + 1));
        for (int written = 0; written < bytes; written += onceBytes)
        {
            builder.Append(once);
        }

        return builder.ToString();
    }
}

/// <summary>The job of <see cref="ScalingBenchmarks"/>: in process, one warm-up and three measured operations.</summary>
public sealed class ScalingConfig : BenchmarkDotNet.Configs.ManualConfig
{
    public ScalingConfig()
    {
        AddJob(BenchmarkDotNet.Jobs.Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance)
            .WithId("Scaling"));
    }
}
