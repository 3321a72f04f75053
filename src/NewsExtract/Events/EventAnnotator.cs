using NewsExtract.Pipeline;
using NewsExtract.Syntax;

namespace NewsExtract.Events;

/// <summary>
/// Event mentions and records (EVENTS.md). Reads tokens, sentences, entities, counts, dates, attributions and the
/// parse; when the pipeline computes no parse (<see cref="NewsExtractorOptions.Syntax"/> below Full), parses only the
/// sentences with a word of force (<see cref="EventSentenceParser"/>). Writes <see cref="AnnotationContext.Events"/>
/// and <see cref="AnnotationContext.EventRecords"/>. Linear in the input: every step looks at a bounded window.
/// </summary>
internal sealed class EventAnnotator : IAnnotator
{
    private readonly EventExtractor _extractor;
    private readonly EventLexicon _lexicon;

    public EventAnnotator(EventLexicon lexicon, TriggerModel? model)
    {
        _lexicon = lexicon;
        _extractor = new EventExtractor(lexicon, model);
    }

    public string Name => "events";

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Entities | Layers.Quantities | Layers.Dates | Layers.Attributions;

    public Layers Produces => Layers.Events;

    public void Annotate(AnnotationContext context, CancellationToken cancellationToken)
    {
        EventInput input = EventInput.From(context);
        input.Syntax = SyntaxOnDemand.Embedded.For(context, sentence => EventSentenceParser.CanHoldEvent(input, sentence, _lexicon), cancellationToken);

        (context.Events, context.EventRecords) = _extractor.Run(input);
    }
}
