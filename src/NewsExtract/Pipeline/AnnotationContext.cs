using System.Collections.Immutable;

namespace NewsExtract.Pipeline;

/// <summary>The layers of one document while annotators fill them in; <see cref="Build"/> freezes them.</summary>
internal sealed class AnnotationContext
{
    public AnnotationContext(string text, DateOnly? published)
    {
        Text = text;
        Published = published;
        PublishedSource = published is null ? PublishedDateSource.None : PublishedDateSource.Caller;
    }

    public string Text { get; }

    public DateOnly? Published { get; set; }

    public PublishedDateSource PublishedSource { get; set; }

    public Token[] Tokens { get; set; } = [];

    public Sentence[] Sentences { get; set; } = [];

    public Paragraph[] Paragraphs { get; set; } = [];

    public Zone[] Zones { get; set; } = [];

    public TokenSyntax[] Syntax { get; set; } = [];

    public Quote[] Quotes { get; set; } = [];

    public EntityMention[] Entities { get; set; } = [];

    public Quantity[] Quantities { get; set; } = [];

    public DateMention[] Dates { get; set; } = [];

    public Attribution[] Attributions { get; set; } = [];

    public EventMention[] Events { get; set; } = [];

    public EventRecord[] EventRecords { get; set; } = [];

    public NewsDocument Build(string? id) => new(Text)
    {
        Id = id,
        Published = Published,
        PublishedSource = PublishedSource,
        Tokens = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Tokens),
        Sentences = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Sentences),
        Paragraphs = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Paragraphs),
        Zones = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Zones),
        Syntax = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Syntax),
        Quotes = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Quotes),
        Entities = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Entities),
        Quantities = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Quantities),
        Dates = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Dates),
        Attributions = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Attributions),
        Events = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Events),
        EventRecords = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(EventRecords),
    };
}
