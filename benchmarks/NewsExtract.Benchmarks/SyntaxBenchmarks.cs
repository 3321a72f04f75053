using BenchmarkDotNet.Attributes;
using NewsExtract.Lexicons;
using NewsExtract.Pipeline;
using NewsExtract.Syntax;

namespace NewsExtract.Benchmarks;

/// <summary>
/// The syntax layer alone on a context whose tokens and sentences were filled in once: tagging with lemmas
/// (<see cref="SyntaxLevel.Tags"/>) and the whole layer with parsing and labelling (<see cref="SyntaxLevel.Full"/>).
/// Goals: tagging 2 M tokens/s, parsing 300 k tokens/s on one core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class SyntaxBenchmarks
{
    private SyntaxAnnotator _tags = null!;
    private SyntaxAnnotator _full = null!;
    private AnnotationContext _context = null!;
    private readonly SentenceAnalysis _analysis = new();

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = Corpus.Corpus2MB;

    public static IEnumerable<string> Inputs() => Corpus.LargeAndOneArticle();

    [GlobalSetup]
    public void Setup()
    {
        LexiconSet lexicons = LexiconSet.Default;
        _tags = new SyntaxAnnotator(SyntaxModels.Default, parse: false);
        _full = new SyntaxAnnotator(SyntaxModels.Default, parse: true);
        _context = new AnnotationContext(Corpus.Text(Input), published: new DateOnly(2020, 1, 23));
        IAnnotator[] before = [new TokenAnnotator(lexicons), new ZoneAnnotator(lexicons), new SentenceAnnotator(lexicons)];
        foreach (IAnnotator annotator in before)
        {
            annotator.Annotate(_context, CancellationToken.None);
        }

        Corpus.Describe(nameof(SyntaxBenchmarks), Input);
    }

    /// <summary>The tagger alone: word features and tags, sentence by sentence (no lemmas, no result objects).</summary>
    [Benchmark]
    public int TaggerOnly()
    {
        SyntaxModels models = SyntaxModels.Default;
        string text = _context.Text;
        int checksum = 0;
        foreach (Sentence sentence in _context.Sentences)
        {
            int n = sentence.TokenCount;
            _analysis.Words.Reset(n);
            _analysis.EnsureCapacity(n);
            for (int i = 0; i < n; i++)
            {
                _analysis.Words.Set(i, _context.Tokens[sentence.FirstToken + i].Slice(text));
            }

            models.Tagger.Tag(_analysis.Words, _analysis.Tags);
            checksum += _analysis.Tags[0];
        }

        return checksum;
    }

    [Benchmark]
    public TokenSyntax[] TagsAndLemmas()
    {
        _tags.Annotate(_context, CancellationToken.None);
        return _context.Syntax;
    }

    [Benchmark]
    public TokenSyntax[] TagsLemmasAndParse()
    {
        _full.Annotate(_context, CancellationToken.None);
        return _context.Syntax;
    }
}
