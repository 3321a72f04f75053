using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace NewsExtract.Benchmarks;

/// <summary>
/// The batch path: <see cref="NewsExtractor.AnnotateAsync(IEnumerable{ArticleSource}, BatchOptions?, IProgress{BatchProgress}?, CancellationToken)"/>
/// over the five corpus articles repeated to <see cref="Documents"/> documents held in memory, with one worker and with
/// one per core. One operation annotates all of them, so documents/s = <see cref="Documents"/> / mean.
/// </summary>
/// <remarks>
/// One operation takes several seconds, so the job measures single invocations (<see cref="RunStrategy.Monitoring"/>).
/// Reading files and writing JSON are left out here; <c>newsextract batch</c> over a folder measures them (see
/// docs/benchmarks.md).
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class BatchBenchmarks
{
    /// <summary>Documents per operation.</summary>
    public const int Documents = 10_000;

    private NewsExtractor _extractor = null!;
    private ArticleSource[] _sources = [];

    /// <summary>Gets or sets the workers: 1, or 0 for one per core.</summary>
    [Params(1, 0)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _extractor = NewsExtractor.CreateDefault();
        string[] names = Corpus.ArticleNames.ToArray();
        _sources = Enumerable.Range(0, Documents)
            .Select(i => ArticleSource.FromText($"doc{i:D5}", Corpus.Text(names[i % names.Length])))
            .ToArray();
        long tokens = Enumerable.Range(0, Documents).Sum(i => (long)Corpus.TokenCount(names[i % names.Length]));
        Console.WriteLine($"// {nameof(BatchBenchmarks)} Workers={Workers} ({Environment.ProcessorCount} cores): documents/op={Documents} tokens/op={tokens}");
    }

    [Benchmark]
    public async Task<long> AnnotateAsync()
    {
        var options = new BatchOptions { MaxDegreeOfParallelism = Workers == 0 ? Environment.ProcessorCount : Workers };
        long tokens = 0;
        await foreach (ArticleResult result in _extractor.AnnotateAsync(_sources, options).ConfigureAwait(false))
        {
            tokens += result.Document!.Tokens.Length;
        }

        return tokens;
    }
}
