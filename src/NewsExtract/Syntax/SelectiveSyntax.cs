using NewsExtract.Pipeline;

namespace NewsExtract.Syntax;

/// <summary>
/// The syntax of some sentences only, for a layer that reads the parse when the pipeline computes none
/// (<see cref="SyntaxLevel.None"/>, the default): the caller says which sentences need it, so the cost stays bounded
/// by the sentences that can hold what the layer looks for.
/// </summary>
/// <remarks>Uses the models through <see cref="SyntaxModels.Analyze"/> exactly as <see cref="SyntaxAnnotator"/> does, so a
/// sentence parsed here gets the same tags, lemmas, heads and relations as under <see cref="SyntaxLevel.Full"/> (features
/// without the passive-voice mark, which no reader here needs). Time is
/// linear in the tokens of the chosen sentences.</remarks>
internal static class SelectiveSyntax
{
    /// <summary>Gets whether <paramref name="syntax"/> is a full parse of <paramref name="tokens"/> (heads and relations).</summary>
    public static bool IsFullParse(ReadOnlySpan<TokenSyntax> syntax, int tokens)
    {
        if (syntax.Length != tokens || tokens == 0)
        {
            return false;
        }

        // SyntaxLevel.Tags leaves every relation empty; a parse gives every token one ("root" at least).
        return syntax[0].Relation.Length > 0;
    }

    /// <summary>
    /// Returns the document's syntax when it is a full parse; otherwise a new array aligned with the tokens where the
    /// sentences <paramref name="needsParse"/> accepts are tagged, lemmatised and parsed, and every other entry is
    /// <see langword="default"/> (its <see cref="TokenSyntax.Lemma"/> is <see langword="null"/>).
    /// </summary>
    public static TokenSyntax[] For(AnnotationContext context, SyntaxModels models, Func<Sentence, bool> needsParse, CancellationToken cancellationToken)
    {
        Token[] tokens = context.Tokens;
        if (IsFullParse(context.Syntax, tokens.Length))
        {
            return context.Syntax;
        }

        var result = new TokenSyntax[tokens.Length];
        SentenceAnalysis? a = null;
        foreach (Sentence sentence in context.Sentences)
        {
            if (sentence.TokenCount == 0 || !needsParse(sentence))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            a ??= new SentenceAnalysis();
            Parse(models, a, context.Text, tokens, sentence, result);
        }

        return result;
    }

    /// <summary>Tags, lemmatises and parses one sentence into <paramref name="result"/> (indexed by document token).</summary>
    public static void Parse(SyntaxModels models, SentenceAnalysis a, string text, Token[] tokens, Sentence sentence, TokenSyntax[] result)
    {
        int first = sentence.FirstToken;
        int n = sentence.TokenCount;
        a.Words.Reset(n);
        a.EnsureCapacity(n);
        a.HasForced = false;
        for (int i = 0; i < n; i++)
        {
            Token token = tokens[first + i];
            a.Words.Set(i, token.Slice(text));
            a.Forced[i] = token.Kind != TokenKind.Quote ? -1
                : token.Has(TokenTraits.OpenQuote) ? models.OpenQuoteTag
                : token.Has(TokenTraits.CloseQuote) ? models.CloseQuoteTag : -1;
            a.HasForced |= a.Forced[i] >= 0;
        }

        models.Analyze(a, parse: true);
        for (int i = 0; i < n; i++)
        {
            int tag = a.Tags[i];
            string xpos = models.Tagger.ClassXpos[tag];
            string? nextXpos = i + 1 < n ? models.Tagger.ClassXpos[a.Tags[i + 1]] : null;
            string lemma = models.Lemmatizer.Lemmatize(tokens[first + i].Slice(text), xpos, nextXpos);
            int head = a.Heads[i + 1];
            result[first + i] = new TokenSyntax(
                models.Tagger.ClassUpos[tag], xpos, lemma, models.ClassFeatures[tag], head == 0 ? -1 : first + head - 1, models.Labeller.Labels[a.Labels[i + 1]]);
        }
    }
}
