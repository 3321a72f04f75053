namespace NewsExtract.Pipeline;

/// <summary>The annotation layers, in the order the default pipeline produces them.</summary>
[Flags]
internal enum Layers
{
    None = 0,
    Tokens = 1,
    Zones = 2,
    Sentences = 4,
    Quotes = 8,
    Entities = 16,
    EntityKeys = 32,
    Quantities = 64,
    Dates = 128,
    Attributions = 256,
    Syntax = 512,
    Events = 1024,
}

/// <summary>One step of the pipeline: reads some layers of the context and writes others.</summary>
internal interface IAnnotator
{
    string Name { get; }

    Layers Requires { get; }

    Layers Produces { get; }

    void Annotate(AnnotationContext context, CancellationToken cancellationToken);
}

/// <summary>Runs annotators in order; checks when built that each one's required layers come from earlier ones.</summary>
internal sealed class Pipeline
{
    private readonly IAnnotator[] _annotators;

    public Pipeline(IEnumerable<IAnnotator> annotators)
    {
        _annotators = [.. annotators];
        Layers available = Layers.None;
        foreach (IAnnotator annotator in _annotators)
        {
            Layers missing = annotator.Requires & ~available;
            if (missing != Layers.None)
            {
                throw new InvalidOperationException(Errors.PipelineOrder(annotator.Name, missing.ToString()));
            }

            available |= annotator.Produces;
        }

        Produces = available;
    }

    public Layers Produces { get; }

    public NewsDocument Run(string text, DateOnly? published, string? id, CancellationToken cancellationToken)
    {
        var context = new AnnotationContext(text, published);
        foreach (IAnnotator annotator in _annotators)
        {
            cancellationToken.ThrowIfCancellationRequested();
            annotator.Annotate(context, cancellationToken);
        }

        return context.Build(id);
    }
}
