using BenchmarkDotNet.Attributes;
using NewsExtract.Entities;
using NewsExtract.Lexicons;
using NewsExtract.Pipeline;

namespace NewsExtract.Benchmarks;

/// <summary>
/// The entity layer alone (gazetteer matching, definitions, rules, linking; <see cref="EntityLayer"/> without the
/// learned name finder, <see cref="EntityLayerWithModel"/> with it), on a context whose tokens, zones and
/// sentences were filled in once in <c>[GlobalSetup]</c>.
/// </summary>
/// <remarks>
/// <see cref="EntityAnnotator.Annotate"/> reads tokens, zones and sentences and only overwrites
/// <see cref="AnnotationContext.Entities"/>, so one prepared context serves every operation.
/// <see cref="NormalizeNames"/> is the layer's first pass alone (the normalized word buffer the gazetteer is
/// matched against), with its list and buffer reused.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class GazetteerBenchmarks
{
    private EntityAnnotator _annotator = null!;
    private EntityAnnotator _withModel = null!;
    private AnnotationContext _context = null!;
    private readonly List<NameUnit> _units = [];
    private char[] _normalized = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = Corpus.Corpus2MB;

    public static IEnumerable<string> Inputs() => Corpus.LargeAndOneArticle();

    [GlobalSetup]
    public void Setup()
    {
        // Built as NewsExtractor.CreateDefault builds it.
        LexiconSet lexicons = LexiconSet.Default;
        var gazetteer = Gazetteer.Create(lexicons.GazetteerEntries, lexicons);
        _annotator = new EntityAnnotator(gazetteer, lexicons.EntityLexicons, lexicons);
        _withModel = new EntityAnnotator(gazetteer, lexicons.EntityLexicons, lexicons, NewsExtract.Entities.Names.NameTagger.Default);

        string text = Corpus.Text(Input);
        _context = new AnnotationContext(text, published: null);
        IAnnotator[] before = [new TokenAnnotator(lexicons), new ZoneAnnotator(lexicons), new SentenceAnnotator(lexicons)];
        foreach (IAnnotator annotator in before)
        {
            annotator.Annotate(_context, CancellationToken.None);
        }

        _normalized = new char[text.Length + 16];
        Corpus.Describe(nameof(GazetteerBenchmarks), Input);
    }

    [Benchmark(Baseline = true)]
    public EntityMention[] EntityLayer()
    {
        _annotator.Annotate(_context, CancellationToken.None);
        return _context.Entities;
    }

    /// <summary>The entity layer as <see cref="NewsExtractor.CreateDefault"/> runs it: with the learned name finder (issue 14).</summary>
    [Benchmark]
    public EntityMention[] EntityLayerWithModel()
    {
        _withModel.Annotate(_context, CancellationToken.None);
        return _context.Entities;
    }

    [Benchmark]
    public int NormalizeNames()
    {
        NameNormalizer.Build(_context.Text, _context.Tokens, _units, ref _normalized, out int length);
        return length + _units.Count;
    }
}
