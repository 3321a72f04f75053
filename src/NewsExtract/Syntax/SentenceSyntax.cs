using NewsExtract.Pipeline;

namespace NewsExtract.Syntax;

/// <summary>
/// Analyses one sentence of a document and writes its tokens' <see cref="TokenSyntax"/>: the one code path behind the
/// syntax layer (<see cref="SyntaxAnnotator"/>) and the parses layers ask for (<see cref="SyntaxOnDemand"/>), so a
/// sentence reads the same whichever way it was analysed.
/// </summary>
internal static class SentenceSyntax
{
    /// <summary>Tags, lemmatizes and (when <paramref name="parse"/>) parses <paramref name="sentence"/> into <paramref name="result"/>.</summary>
    public static void Analyze(SyntaxModels models, SentenceAnalysis a, string text, Token[] tokens, Sentence sentence, bool parse, TokenSyntax[] result)
    {
        int first = sentence.FirstToken;
        int n = sentence.TokenCount;
        if (n == 0)
        {
            return;
        }

        a.Words.Reset(n);
        a.EnsureCapacity(n);
        a.HasForced = false;
        for (int i = 0; i < n; i++)
        {
            Token token = tokens[first + i];
            a.Words.Set(i, token.Slice(text));
            a.Forced[i] = QuoteClass(models, token);
            a.HasForced |= a.Forced[i] >= 0;
        }

        models.Analyze(a, parse);
        for (int i = 0; i < n; i++)
        {
            int tag = a.Tags[i];
            string xpos = models.Tagger.ClassXpos[tag];
            string? nextXpos = i + 1 < n ? models.Tagger.ClassXpos[a.Tags[i + 1]] : null;
            string lemma = models.Lemmatizer.Lemmatize(tokens[first + i].Slice(text), xpos, nextXpos);
            if (!parse)
            {
                result[first + i] = new TokenSyntax(models.Tagger.ClassUpos[tag], xpos, lemma, models.ClassFeatures[tag], -1, "");
                continue;
            }

            int head = a.Heads[i + 1];
            bool passive = false;
            foreach (int child in a.Tree.Children(i + 1))
            {
                passive |= models.PassiveMarker[a.Labels[child]];
            }

            string features = passive ? models.PassiveFeatures[tag] : models.ClassFeatures[tag];
            result[first + i] = new TokenSyntax(
                models.Tagger.ClassUpos[tag], xpos, lemma, features, head == 0 ? -1 : first + head - 1, models.Labeller.Labels[a.Labels[i + 1]]);
        }
    }

    /// <summary>A quotation mark whose direction the tokenizer knows gets the matching Penn tag; other tokens -1.</summary>
    private static int QuoteClass(SyntaxModels models, Token token)
    {
        if (token.Kind != TokenKind.Quote)
        {
            return -1;
        }

        return token.Has(TokenTraits.OpenQuote) ? models.OpenQuoteTag : token.Has(TokenTraits.CloseQuote) ? models.CloseQuoteTag : -1;
    }
}
