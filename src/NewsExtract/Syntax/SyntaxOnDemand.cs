using NewsExtract.Pipeline;

namespace NewsExtract.Syntax;

/// <summary>
/// Parses a sentence the first time a layer asks for it, so that layers which read the parse (attribution, counts,
/// events) pay only for the sentences they need, and a sentence two layers need is parsed once. When the pipeline runs
/// the whole syntax layer, every sentence is already parsed and asking costs nothing.
/// </summary>
/// <remarks>
/// The parses are written into <see cref="AnnotationContext.Syntax"/>; a document whose caller asked for no syntax does
/// not show them (<see cref="AnnotationContext.Build"/>). Time is linear in the tokens of the sentences asked for.
/// </remarks>
internal sealed class SyntaxOnDemand
{
    /// <summary>Sentences longer than this are not parsed on demand: they are tables, lists or run-together text.</summary>
    public const int MaxWords = 150;

    private readonly Lazy<SyntaxModels> _models;

    /// <summary>Parses with <paramref name="models"/>, loaded at the first sentence asked for.</summary>
    public SyntaxOnDemand(Func<SyntaxModels> models)
    {
        _models = new Lazy<SyntaxModels>(models, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Parses with the embedded models.</summary>
    public static SyntaxOnDemand Embedded { get; } = new(() => SyntaxModels.Default);

    /// <summary>
    /// Makes sure sentence <paramref name="sentenceIndex"/> of <paramref name="context"/> is tagged and parsed, and
    /// says whether it is: false for a sentence with no token or more than <see cref="MaxWords"/>.
    /// </summary>
    public bool Ensure(AnnotationContext context, int sentenceIndex)
    {
        SyntaxCoverage coverage = context.SyntaxCoverage;
        if (coverage.IsParsed(sentenceIndex))
        {
            return true;
        }

        Sentence sentence = context.Sentences[sentenceIndex];
        if (sentence.TokenCount == 0 || sentence.TokenCount > MaxWords)
        {
            return false;
        }

        if (context.Syntax.Length != context.Tokens.Length)
        {
            context.Syntax = new TokenSyntax[context.Tokens.Length];
        }

        SentenceSyntax.Analyze(_models.Value, coverage.Scratch, context.Text, context.Tokens, sentence, parse: true, context.Syntax);
        coverage.MarkParsed(sentenceIndex);
        return true;
    }

    /// <summary>
    /// Makes sure every sentence <paramref name="needsParse"/> accepts is parsed, and returns the document's syntax:
    /// one entry per token, <see langword="default"/> (a <see langword="null"/> lemma) where no sentence was analysed.
    /// </summary>
    public TokenSyntax[] For(AnnotationContext context, Func<Sentence, bool> needsParse, CancellationToken cancellationToken)
    {
        Sentence[] sentences = context.Sentences;
        for (int i = 0; i < sentences.Length; i++)
        {
            if (!context.SyntaxCoverage.IsParsed(i) && needsParse(sentences[i]))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Ensure(context, i);
            }
        }

        if (context.Syntax.Length != context.Tokens.Length)
        {
            context.Syntax = new TokenSyntax[context.Tokens.Length];
        }

        return context.Syntax;
    }
}
