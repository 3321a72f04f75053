using NewsExtract.Pipeline;

namespace NewsExtract.Syntax;

/// <summary>
/// Gives every token its part of speech, lemma, morphological features, head and relation, sentence by sentence,
/// with the embedded models (<see cref="SyntaxModels"/>). One NewsExtract token is one syntactic word: the tokenizer
/// already splits clitics ("n't", "'s") and hyphens as UD English does, and curly quotes are read as straight ones.
/// </summary>
/// <remarks>Reads <see cref="Layers.Tokens"/> and <see cref="Layers.Sentences"/>; writes <see cref="Layers.Syntax"/>.
/// Time is linear in the number of tokens: the parser takes at most two transitions per word.</remarks>
internal sealed class SyntaxAnnotator : IAnnotator
{
    private readonly SyntaxModels _models;
    private readonly bool _parse;

    public SyntaxAnnotator(SyntaxModels models, bool parse)
    {
        _models = models;
        _parse = parse;
    }

    public string Name => "syntax";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Produces => Layers.Syntax;

    public void Annotate(AnnotationContext context, CancellationToken cancellationToken)
    {
        Token[] tokens = context.Tokens;
        var result = new TokenSyntax[tokens.Length];
        var a = new SentenceAnalysis();
        foreach (Sentence sentence in context.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SentenceSyntax.Analyze(_models, a, context.Text, tokens, sentence, _parse, result);
        }

        context.Syntax = result;
        context.ShownSyntax = _parse ? SyntaxLevel.Full : SyntaxLevel.Tags;
        if (_parse)
        {
            context.SyntaxCoverage.MarkAll();
        }
    }
}
