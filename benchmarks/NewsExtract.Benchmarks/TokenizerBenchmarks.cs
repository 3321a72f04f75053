using BenchmarkDotNet.Attributes;
using NewsExtract.Lexicons;
using NewsExtract.Tokenization;

namespace NewsExtract.Benchmarks;

/// <summary>
/// The first stage: tokens, zones and sentences, on the 2 MiB repeated corpus and on the longest article.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="Tokenize"/>: the materialized path the pipeline uses (<see cref="Token"/>[]).</item>
/// <item><see cref="TokenizePooled"/>: the streaming path, into one <see cref="PooledList{T}"/> reused across
/// operations; shows what the tokenizer itself allocates per token.</item>
/// <item><see cref="Zones"/> and <see cref="SplitSentences"/>: the other two steps alone, on prepared tokens.</item>
/// <item><see cref="TokensAndSentences"/>: tokens, zones and sentences as the pipeline's first three annotators
/// run them (sentences need zones); the figure the "tokenizer + sentences" goal is measured on.</item>
/// <item><see cref="TokensAndSentencesPooled"/>: the same with the reused token buffer.</item>
/// </list>
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenizerBenchmarks
{
    private Tokenizer _tokenizer = null!;
    private Zoner _zoner = null!;
    private SentenceSplitter _splitter = null!;
    private string _text = "";
    private Token[] _tokens = [];
    private Zone[] _zones = [];
    private PooledList<Token> _buffer;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = Corpus.Corpus2MB;

    public static IEnumerable<string> Inputs() => Corpus.LargeAndOneArticle();

    [GlobalSetup]
    public void Setup()
    {
        LexiconSet lexicons = LexiconSet.Default;
        _tokenizer = new Tokenizer(lexicons.Abbreviations);
        _zoner = new Zoner(lexicons.ZonePatterns, lexicons.DateWords);
        _splitter = new SentenceSplitter(lexicons.Abbreviations, lexicons.FunctionWords, lexicons.SpeechVerbs);
        _text = Corpus.Text(Input);
        _tokens = _tokenizer.Tokenize(_text);
        _zones = _zoner.Run(_text).Zones;
        _buffer = new PooledList<Token>(_tokens.Length);
        Corpus.Describe(nameof(TokenizerBenchmarks), Input);
    }

    [GlobalCleanup]
    public void Cleanup() => _buffer.Dispose();

    [Benchmark(Baseline = true)]
    public Token[] Tokenize() => _tokenizer.Tokenize(_text);

    [Benchmark]
    public int TokenizePooled()
    {
        _buffer.Clear();
        _tokenizer.Tokenize(_text, ref _buffer);
        return _buffer.Count;
    }

    [Benchmark]
    public Zone[] Zones() => _zoner.Run(_text).Zones;

    [Benchmark]
    public Sentence[] SplitSentences() => _splitter.Split(_text, _tokens, _zones);

    [Benchmark]
    public Sentence[] TokensAndSentences()
    {
        Token[] tokens = _tokenizer.Tokenize(_text);
        Zone[] zones = _zoner.Run(_text).Zones;
        return _splitter.Split(_text, tokens, zones);
    }

    [Benchmark]
    public Sentence[] TokensAndSentencesPooled()
    {
        _buffer.Clear();
        _tokenizer.Tokenize(_text, ref _buffer);
        Zone[] zones = _zoner.Run(_text).Zones;
        return _splitter.Split(_text, _buffer.AsSpan(), zones);
    }
}
