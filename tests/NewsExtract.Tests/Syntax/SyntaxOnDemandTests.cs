using NewsExtract.Lexicons;
using NewsExtract.Pipeline;
using NewsExtract.Syntax;

namespace NewsExtract.Tests.Syntax;

/// <summary>Parses that layers ask for: only the sentences asked for, the same parse as the syntax layer's, shown only when the caller asked for syntax.</summary>
public sealed class SyntaxOnDemandTests
{
    private const string Text = "Rockets hit the base on Friday. The ministry said the attack failed. Nobody was hurt.";

    /// <summary>A layer that asks for the parse of one sentence, as attribution or counts do.</summary>
    private sealed class AskingLayer(int sentence) : IAnnotator
    {
        public bool Parsed { get; private set; }

        public TokenSyntax[] Seen { get; private set; } = [];

        public string Name => "asking";

        public Layers Requires => Layers.Sentences;

        public Layers Produces => Layers.None;

        public void Annotate(AnnotationContext context, CancellationToken cancellationToken)
        {
            Parsed = SyntaxOnDemand.Embedded.Ensure(context, sentence);
            Parsed.Should().Be(SyntaxOnDemand.Embedded.Ensure(context, sentence), "asking twice changes nothing");
            Seen = [.. context.Syntax];
        }
    }

    private static (NewsDocument Doc, AskingLayer Layer) Run(SyntaxLevel level, int sentence)
    {
        LexiconSet lexicons = LexiconSet.Default;
        var layer = new AskingLayer(sentence);
        IAnnotator[] syntax = level == SyntaxLevel.None ? [] : [new SyntaxAnnotator(SyntaxModels.Default, level == SyntaxLevel.Full)];
        var pipeline = new NewsExtract.Pipeline.Pipeline(
            [new TokenAnnotator(lexicons), new ZoneAnnotator(lexicons), new SentenceAnnotator(lexicons), .. syntax, layer]);
        return (pipeline.Run(Text, null, null, CancellationToken.None), layer);
    }

    [Fact]
    public void OnlyTheSentenceAskedFor_IsParsed_AndTheDocumentShowsNoSyntax()
    {
        (NewsDocument doc, AskingLayer layer) = Run(SyntaxLevel.None, 1);
        layer.Parsed.Should().BeTrue();
        doc.Syntax.Should().BeEmpty("the caller asked for no syntax");
        Sentence asked = doc.Sentences[1];
        for (int i = 0; i < doc.Tokens.Length; i++)
        {
            bool inside = i >= asked.FirstToken && i < asked.FirstToken + asked.TokenCount;
            (layer.Seen[i].Lemma is not null).Should().Be(inside, $"token {i} is {(inside ? "in" : "outside")} the sentence asked for");
        }

        int said = Enumerable.Range(0, doc.Tokens.Length).Single(i => doc.GetText(doc.Tokens[i].Span) == "said");
        layer.Seen[said].IsRoot.Should().BeTrue();
        layer.Seen[said].Lemma.Should().Be("say");
    }

    [Fact]
    public void AParseAskedFor_EqualsTheSyntaxLayers()
    {
        (_, AskingLayer alone) = Run(SyntaxLevel.None, 1);
        (NewsDocument full, _) = Run(SyntaxLevel.Full, 1);
        Sentence asked = full.Sentences[1];
        for (int i = asked.FirstToken; i < asked.FirstToken + asked.TokenCount; i++)
        {
            alone.Seen[i].Should().Be(full.Syntax[i]);
        }
    }

    [Fact]
    public void AtTagsLevel_TheDocumentShowsNoHead_EvenWhereALayerParsed()
    {
        (NewsDocument doc, AskingLayer layer) = Run(SyntaxLevel.Tags, 1);
        layer.Seen.Should().Contain(s => s.Relation == "nsubj");
        doc.Syntax.Should().HaveCount(doc.Tokens.Length);
        doc.Syntax.Should().OnlyContain(s => s.Head == -1 && s.Relation.Length == 0 && s.Lemma.Length > 0);
    }

    [Fact]
    public void For_ParsesTheSentencesTheLayerChooses_AndReturnsOneEntryPerToken()
    {
        LexiconSet lexicons = LexiconSet.Default;
        var context = new AnnotationContext(Text, null);
        foreach (IAnnotator step in new IAnnotator[] { new TokenAnnotator(lexicons), new ZoneAnnotator(lexicons), new SentenceAnnotator(lexicons) })
        {
            step.Annotate(context, CancellationToken.None);
        }

        var onDemand = new SyntaxOnDemand(() => SyntaxModels.Default);
        TokenSyntax[] none = onDemand.For(context, _ => false, CancellationToken.None);
        none.Should().HaveCount(context.Tokens.Length).And.OnlyContain(s => s.Lemma == null);

        TokenSyntax[] syntax = onDemand.For(context, s => s.TokenCount < 5, CancellationToken.None);
        Sentence last = context.Sentences[^1];
        syntax[last.FirstToken].Lemma.Should().Be("nobody");
        syntax[context.Sentences[0].FirstToken].Lemma.Should().BeNull("the first sentence has more than four tokens");
        context.Build(null).Syntax.Should().BeEmpty();
    }
}
