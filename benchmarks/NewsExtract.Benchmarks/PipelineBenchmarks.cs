using BenchmarkDotNet.Attributes;

namespace NewsExtract.Benchmarks;

/// <summary>
/// The whole public path: <see cref="NewsExtractor.Annotate"/> with an extractor built once, per article and on the
/// 2 MiB repeated corpus. Measures every layer built so far (tokens, zones, sentences, entities).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PipelineBenchmarks
{
    private NewsExtractor _extractor = null!;
    private string _text = "";

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = Corpus.Corpus2MB;

    public static IEnumerable<string> Inputs() => Corpus.AllInputs();

    [GlobalSetup]
    public void Setup()
    {
        _extractor = NewsExtractor.CreateDefault();
        _text = Corpus.Text(Input);
        Corpus.Describe(nameof(PipelineBenchmarks), Input);
    }

    [Benchmark]
    public NewsDocument Annotate() => _extractor.Annotate(_text);
}
