using BenchmarkDotNet.Attributes;
using NewsExtract.Attributions;
using NewsExtract.Dates;
using NewsExtract.Entities;
using NewsExtract.Lexicons;
using NewsExtract.Pipeline;
using NewsExtract.Quantities;
using NewsExtract.Syntax;

namespace NewsExtract.Benchmarks;

/// <summary>
/// The layers after entities, each alone, on a context whose earlier layers were filled in once in
/// <c>[GlobalSetup]</c>: counts and dates together (one goal covers both), and attribution (quotes and sieves).
/// </summary>
/// <remarks>Each annotator only overwrites its own layer, so one prepared context serves every operation. The context
/// holds the full parse, so <see cref="QuotesAndAttribution"/> measures attribution without the parse it reads.</remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class LayerBenchmarks
{
    private QuantityAnnotator _quantities = null!;
    private DateAnnotator _dates = null!;
    private QuoteFinder _quotes = null!;
    private AttributionAnnotator _attributions = null!;
    private AnnotationContext _context = null!;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = Corpus.Corpus2MB;

    public static IEnumerable<string> Inputs() => Corpus.LargeAndOneArticle();

    [GlobalSetup]
    public void Setup()
    {
        LexiconSet lexicons = LexiconSet.Default;
        var gazetteer = Gazetteer.Create(lexicons.GazetteerEntries, lexicons);
        _quantities = new QuantityAnnotator(lexicons.QuantityLexicons, lexicons);
        _dates = new DateAnnotator(lexicons);
        _quotes = new QuoteFinder();
        _attributions = new AttributionAnnotator(lexicons.AttributionLexicons, lexicons, Syntax.SyntaxOnDemand.Embedded);
        _context = new AnnotationContext(Corpus.Text(Input), published: new DateOnly(2020, 1, 23));
        IAnnotator[] before =
        [
            new TokenAnnotator(lexicons), new ZoneAnnotator(lexicons), new SentenceAnnotator(lexicons),
            new SyntaxAnnotator(SyntaxModels.Default, parse: true), // counts read the parse: filled in once, so the layers are timed without it
            _quotes,
            new EntityAnnotator(gazetteer, lexicons.EntityLexicons, lexicons),
        ];
        foreach (IAnnotator annotator in before)
        {
            annotator.Annotate(_context, CancellationToken.None);
        }

        Corpus.Describe(nameof(LayerBenchmarks), Input);
    }

    [Benchmark]
    public int CountsAndDates()
    {
        _quantities.Annotate(_context, CancellationToken.None);
        _dates.Annotate(_context, CancellationToken.None);
        return _context.Quantities.Length + _context.Dates.Length;
    }

    [Benchmark]
    public Attribution[] QuotesAndAttribution()
    {
        _quotes.Annotate(_context, CancellationToken.None);
        _attributions.Annotate(_context, CancellationToken.None);
        return _context.Attributions;
    }
}
