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
        string text = context.Text;
        foreach (Sentence sentence in context.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = sentence.FirstToken;
            int n = sentence.TokenCount;
            if (n == 0)
            {
                continue;
            }

            a.Words.Reset(n);
            a.EnsureCapacity(n);
            a.HasForced = false;
            for (int i = 0; i < n; i++)
            {
                Token token = tokens[first + i];
                a.Words.Set(i, token.Slice(text));
                a.Forced[i] = QuoteClass(token);
                a.HasForced |= a.Forced[i] >= 0;
            }

            _models.Analyze(a, _parse);
            for (int i = 0; i < n; i++)
            {
                int tag = a.Tags[i];
                string xpos = _models.Tagger.ClassXpos[tag];
                string? nextXpos = i + 1 < n ? _models.Tagger.ClassXpos[a.Tags[i + 1]] : null;
                string lemma = _models.Lemmatizer.Lemmatize(tokens[first + i].Slice(text), xpos, nextXpos);
                if (!_parse)
                {
                    result[first + i] = new TokenSyntax(_models.Tagger.ClassUpos[tag], xpos, lemma, _models.ClassFeatures[tag], -1, "");
                    continue;
                }

                int head = a.Heads[i + 1];
                bool passive = false;
                foreach (int child in a.Tree.Children(i + 1))
                {
                    passive |= _models.PassiveMarker[a.Labels[child]];
                }

                string features = passive ? _models.PassiveFeatures[tag] : _models.ClassFeatures[tag];
                result[first + i] = new TokenSyntax(
                    _models.Tagger.ClassUpos[tag], xpos, lemma, features, head == 0 ? -1 : first + head - 1, _models.Labeller.Labels[a.Labels[i + 1]]);
            }
        }

        context.Syntax = result;
    }

    /// <summary>A quotation mark whose direction the tokenizer knows gets the matching Penn tag; other tokens -1.</summary>
    private int QuoteClass(Token token)
    {
        if (token.Kind != TokenKind.Quote)
        {
            return -1;
        }

        return token.Has(TokenTraits.OpenQuote) ? _models.OpenQuoteTag : token.Has(TokenTraits.CloseQuote) ? _models.CloseQuoteTag : -1;
    }
}
