using NewsExtract.Pipeline;
using NewsExtract.Syntax;

namespace NewsExtract.Attributions;

/// <summary>
/// The parse that attribution reads: the document's syntax layer when the pipeline computed one, else a parse of only
/// the sentences that can hold a statement (a form of a cue lemma, or a quotation mark with words
/// around it), at most <see cref="MaxParsedTokens"/> tokens of them, so the cost stays bounded. Sentences longer than <see cref="MaxParsedWords"/> tokens are not parsed (they
/// are tables, lists or run-together text, and the surface sieves still read them).
/// </summary>
/// <remarks>The per-sentence analysis mirrors <see cref="SyntaxAnnotator"/> (same models, same quotation tags), so a
/// parsed sentence reads the same whichever way it was parsed.</remarks>
internal static class StatementParses
{
    public const int MaxParsedWords = 120;

    /// <summary>At most this many tokens of one document are parsed (a long news article has a few thousand): past it,
    /// in text that is no article (a megabyte of "said"), the surface sieves work alone, so the parse's cost per
    /// document has a ceiling.</summary>
    public const int MaxParsedTokens = 100_000;

    /// <summary>The syntax of every token (a default entry, with a null lemma, where no parse was made).</summary>
    public static TokenSyntax[] For(AnnotationContext context, CueLemmas cues, SyntaxModels? models)
    {
        Token[] tokens = context.Tokens;
        if (context.Syntax.Length == tokens.Length && HasHeads(context))
        {
            return context.Syntax;
        }

        var result = new TokenSyntax[tokens.Length];
        if (models is null)
        {
            return result;
        }

        var a = new SentenceAnalysis();
        string text = context.Text;
        int budget = MaxParsedTokens;
        foreach (Sentence sentence in context.Sentences)
        {
            int first = sentence.FirstToken;
            int n = sentence.TokenCount;
            if (n < 3 || n > MaxParsedWords || n > budget || !MayHoldStatement(text, tokens, first, n, cues))
            {
                continue;
            }

            budget -= n;

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
                    models.Tagger.ClassUpos[tag], xpos, lemma, "_", head == 0 ? -1 : first + head - 1, models.Labeller.Labels[a.Labels[i + 1]]);
            }
        }

        return result;
    }

    private static bool HasHeads(AnnotationContext context)
    {
        foreach (TokenSyntax s in context.Syntax)
        {
            if (s.Relation.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A form of a cue lemma, or a quotation mark with at least three words around it (a speaker and a verb).</summary>
    private static bool MayHoldStatement(string text, Token[] tokens, int first, int n, CueLemmas cues)
    {
        bool quote = false;
        int words = 0;
        for (int t = first; t < first + n; t++)
        {
            Token token = tokens[t];
            quote |= token.Kind == TokenKind.Quote;
            if (token.Kind == TokenKind.Word)
            {
                words++;
                if (!token.Has(TokenTraits.AllCaps) && cues.MayBeCue(token.Slice(text)))
                {
                    return true;
                }
            }
        }

        return quote && words >= 3;
    }
}
