using BenchmarkDotNet.Attributes;
using NewsExtract.Events;
using NewsExtract.Syntax;

namespace NewsExtract.Benchmarks;

/// <summary>
/// The event layer alone, excluding the parse: the document's other layers and the parse of its sentences with a word
/// of force are computed once in setup. <see cref="Events"/> runs triggers, roles, polarity, identity and records;
/// <see cref="SelectSentences"/> the scan that picks the sentences to parse. Goal: 2 M tokens/s on one core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class EventBenchmarks
{
    private EventInput _input = null!;
    private EventExtractor _extractor = null!;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = Corpus.Corpus2MB;

    public static IEnumerable<string> Inputs() => Corpus.LargeAndOneArticle();

    [GlobalSetup]
    public void Setup()
    {
        NewsDocument doc = NewsExtractor.Create(new NewsExtractorOptions { Events = false, Syntax = SyntaxLevel.Full }).Annotate(Corpus.Text(Input), new DateOnly(2020, 1, 23));
        _input = EventInput.From(doc);
        _extractor = new EventExtractor(EventLexicon.Default, TriggerModel.Default);
        Corpus.Describe(nameof(EventBenchmarks), Input);
    }

    /// <summary>Triggers, roles, polarity, identity and records over a parsed document.</summary>
    [Benchmark]
    public int Events()
    {
        (EventMention[] mentions, EventRecord[] records) = _extractor.Run(_input);
        return mentions.Length + records.Length;
    }

    /// <summary>Which sentences hold a word of force (and so get parsed when the pipeline has no parse).</summary>
    [Benchmark]
    public int SelectSentences()
    {
        int n = 0;
        foreach (Sentence s in _input.Sentences)
        {
            n += EventSentenceParser.CanHoldEvent(_input, s, EventLexicon.Default) ? 1 : 0;
        }

        return n;
    }
}
