using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsExtract.Pipeline;

namespace NewsExtract.Events;

/// <summary>
/// What the event layer reads: the text and the layers before it, as arrays. Built from the pipeline's context or from
/// a finished <see cref="NewsDocument"/> (the trainer and the tests), so both run the same code.
/// </summary>
internal sealed class EventInput
{
    public EventInput(string text, Token[] tokens, Sentence[] sentences, TokenSyntax[] syntax, EntityMention[] entities,
        Quantity[] quantities, DateMention[] dates, Attribution[] attributions, DateOnly? published)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Syntax = syntax;
        Entities = entities;
        Quantities = quantities;
        Dates = dates;
        Attributions = attributions;
        Published = published;
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public Sentence[] Sentences { get; }

    /// <summary>Syntax per token; tokens of sentences that were not parsed have a default value (no lemma).</summary>
    public TokenSyntax[] Syntax { get; set; }

    public EntityMention[] Entities { get; }

    public Quantity[] Quantities { get; }

    public DateMention[] Dates { get; }

    public Attribution[] Attributions { get; }

    public DateOnly? Published { get; }

    public static EventInput From(AnnotationContext c) =>
        new(c.Text, c.Tokens, c.Sentences, c.Syntax, c.Entities, c.Quantities, c.Dates, c.Attributions, c.Published);

    public static EventInput From(NewsDocument d) =>
        new(d.Text, Arr(d.Tokens), Arr(d.Sentences), Arr(d.Syntax), Arr(d.Entities), Arr(d.Quantities), Arr(d.Dates), Arr(d.Attributions), d.Published);

    private static T[] Arr<T>(ImmutableArray<T> a) => ImmutableCollectionsMarshal.AsArray(a) ?? [];
}
