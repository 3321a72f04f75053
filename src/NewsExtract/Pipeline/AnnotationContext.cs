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

    /// <summary>Gets which sentences of <see cref="Syntax"/> are parsed (layers may ask for parses of their own).</summary>
    public Syntax.SyntaxCoverage SyntaxCoverage { get; } = new();

    /// <summary>Gets or sets how much of <see cref="Syntax"/> the document shows: what the syntax layer computed, not the
    /// parses other layers asked for (with no syntax layer, none; at <see cref="SyntaxLevel.Tags"/>, no heads).</summary>
    public SyntaxLevel ShownSyntax { get; set; } = SyntaxLevel.None;

    public Quote[] Quotes { get; set; } = [];

    public EntityMention[] Entities { get; set; } = [];

    public Quantity[] Quantities { get; set; } = [];

    public DateMention[] Dates { get; set; } = [];

    public Attribution[] Attributions { get; set; } = [];

    public NewsDocument Build(string? id) => new(Text)
    {
        Id = id,
        Published = Published,
        PublishedSource = PublishedSource,
        Tokens = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Tokens),
        Sentences = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Sentences),
        Paragraphs = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Paragraphs),
        Zones = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Zones),
        Syntax = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(ShownSyntaxLayer()),
        Quotes = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Quotes),
        Entities = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Entities),
        Quantities = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Quantities),
        Dates = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Dates),
        Attributions = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Attributions),
    };

    private TokenSyntax[] ShownSyntaxLayer()
    {
        if (ShownSyntax == SyntaxLevel.None)
        {
            return [];
        }

        if (ShownSyntax == SyntaxLevel.Full || !SyntaxCoverage.Any)
        {
            return Syntax;
        }

        var tagsOnly = new TokenSyntax[Syntax.Length];
        for (int i = 0; i < Syntax.Length; i++)
        {
            TokenSyntax s = Syntax[i];
            tagsOnly[i] = new TokenSyntax(s.Upos, s.Xpos, s.Lemma, s.Features, -1, "");
        }

        return tagsOnly;
    }
}
