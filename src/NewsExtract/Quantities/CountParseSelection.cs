namespace NewsExtract.Quantities;

/// <summary>
/// Which sentences the count layer needs parsed: those holding a number in digits or words. Kept apart so that the
/// pipeline can join it with other layers' choices into one selection.
/// </summary>
internal static class CountParseSelection
{
    /// <summary>Gets whether <paramref name="sentence"/> holds a digit token or a number word ("two", "dozens", "a dozen").</summary>
    public static bool NeedsParse(string text, ReadOnlySpan<Token> tokens, Sentence sentence, NumberParser numbers)
    {
        int end = Math.Min(sentence.EndToken, tokens.Length);
        for (int t = sentence.FirstToken; t < end; t++)
        {
            Token token = tokens[t];
            if (token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && numbers.TryWord(text, token, out _)))
            {
                return true;
            }
        }

        return false;
    }
}
