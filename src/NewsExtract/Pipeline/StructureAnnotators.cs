using NewsExtract.Lexicons;
using NewsExtract.Tokenization;

namespace NewsExtract.Pipeline;

/// <summary>Tokens. Reads the text; writes <see cref="AnnotationContext.Tokens"/>. See <see cref="Tokenizer"/>.</summary>
internal sealed class TokenAnnotator(LexiconSet lexicons) : IAnnotator
{
    private readonly Tokenizer _tokenizer = new(lexicons.Abbreviations);

    public string Name => "tokens";

    public Layers Requires => Layers.None;

    public Layers Produces => Layers.Tokens;

    public void Annotate(AnnotationContext context, CancellationToken cancellationToken) =>
        context.Tokens = _tokenizer.Tokenize(context.Text);
}

/// <summary>
/// Paragraphs, zones and the dateline's publication date. Reads the text; writes paragraphs, zones, and
/// <see cref="AnnotationContext.Published"/> when the caller gave none. See <see cref="Zoner"/>.
/// </summary>
internal sealed class ZoneAnnotator(LexiconSet lexicons) : IAnnotator
{
    private readonly Zoner _zoner = new(lexicons.ZonePatterns, lexicons.DateWords);

    public string Name => "zones";

    public Layers Requires => Layers.None;

    public Layers Produces => Layers.Zones;

    public void Annotate(AnnotationContext context, CancellationToken cancellationToken)
    {
        Zoner.Result result = _zoner.Run(context.Text);
        context.Paragraphs = result.Paragraphs;
        context.Zones = result.Zones;
        if (context.Published is null && result.Published is DateOnly date)
        {
            context.Published = date;
            context.PublishedSource = PublishedDateSource.Dateline;
        }
    }
}

/// <summary>Sentences. Reads tokens and zones; writes <see cref="AnnotationContext.Sentences"/>. See <see cref="SentenceSplitter"/>.</summary>
internal sealed class SentenceAnnotator(LexiconSet lexicons) : IAnnotator
{
    private readonly SentenceSplitter _splitter = new(lexicons.Abbreviations, lexicons.FunctionWords, lexicons.SpeechVerbs);

    public string Name => "sentences";

    public Layers Requires => Layers.Tokens | Layers.Zones;

    public Layers Produces => Layers.Sentences;

    public void Annotate(AnnotationContext context, CancellationToken cancellationToken) =>
        context.Sentences = _splitter.Split(context.Text, context.Tokens, context.Zones);
}
