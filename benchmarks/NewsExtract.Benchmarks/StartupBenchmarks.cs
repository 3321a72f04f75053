using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace NewsExtract.Benchmarks;

/// <summary>
/// Start-up (issue 18): <see cref="NewsExtractor.CreateDefault"/>. The default job measures it in a warm process (the
/// embedded lexicons are loaded once per process, so this is building and checking the gazetteer and the pipeline);
/// the cold-start job runs it once per launch in a fresh process, as a command line does, lexicons included.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, id: "ColdStart")]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 5, id: "Warm")]
public class StartupBenchmarks
{
    [Benchmark]
    public NewsExtractor CreateDefault() => NewsExtractor.CreateDefault();

    /// <summary>Building the extractor and annotating one short article: what <c>newsextract annotate</c> does.</summary>
    [Benchmark]
    public NewsDocument CreateAndAnnotate() =>
        NewsExtractor.CreateDefault().Annotate("Kataib Hezbollah fired three rockets at Ain al-Asad air base on Monday, officials said.");
}
