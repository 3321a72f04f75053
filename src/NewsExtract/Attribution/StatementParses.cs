using NewsExtract.Pipeline;
using NewsExtract.Syntax;

namespace NewsExtract.Attributions;

/// <summary>
/// The parse that attribution reads: the document's syntax layer when the pipeline computed one, else a parse of only
/// the sentences that can hold a statement (a form of a cue lemma, or a quotation mark with words
/// around it), at most <see cref="MaxParsedTokens"/> tokens of them, so the cost stays bounded. Sentences longer than <see cref="MaxParsedWords"/> tokens are not parsed (they
/// are tables, lists or run-together text, and the surface sieves still read them).
/// </summary>
/// <remarks>Parsed through <see cref="SyntaxOnDemand"/>, the code path of <see cref="SyntaxAnnotator"/>, so a parsed
/// sentence reads the same whichever way it was parsed, and once for every layer that needs it.</remarks>
internal static class StatementParses
{
    public const int MaxParsedWords = 120;

    /// <summary>At most this many tokens of one document are parsed (a long news article has a few thousand): past it,
    /// in text that is no article (a megabyte of "said"), the surface sieves work alone, so the parse's cost per
    /// document has a ceiling.</summary>
    public const int MaxParsedTokens = 100_000;

    /// <summary>The syntax of every token (a default entry, with a null lemma, where no parse was made).</summary>
    /// <remarks>The parses come from <see cref="SyntaxOnDemand"/>: a sentence another layer had parsed is not parsed again.</remarks>
    public static TokenSyntax[] For(AnnotationContext context, CueLemmas cues, SyntaxOnDemand? parses, CancellationToken cancellationToken = default)
    {
        Token[] tokens = context.Tokens;
        if (parses is null)
        {
            return context.Syntax.Length == tokens.Length ? context.Syntax : new TokenSyntax[tokens.Length];
        }

        if (context.ShownSyntax == SyntaxLevel.Full)
        {
            return context.Syntax;
        }

        // Only the sentences chosen here are read, even where another layer had other sentences parsed, so that
        // attribution gives the same statements whichever other layers run.
        var result = new TokenSyntax[tokens.Length];
        string text = context.Text;
        int budget = MaxParsedTokens;
        Sentence[] sentences = context.Sentences;
        for (int i = 0; i < sentences.Length; i++)
        {
            Sentence sentence = sentences[i];
            int n = sentence.TokenCount;
            if (n < 3 || n > MaxParsedWords || n > budget || !MayHoldStatement(text, tokens, sentence.FirstToken, n, cues))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            budget -= n;
            if (parses.Ensure(context, i))
            {
                Array.Copy(context.Syntax, sentence.FirstToken, result, sentence.FirstToken, n);
            }
        }

        return result;
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
