namespace NewsExtract.Quantities;

/// <summary>
/// Which sentences the count layer needs parsed: those holding a number that can be a count (in digits or words, and
/// not a date, year, time, money, percentage or other number <see cref="CountExclusions"/> rejects). Counts read only
/// their own sentence's parse, so the other sentences give the same counts unparsed. Kept apart so that the pipeline
/// can join it with other layers' choices into one selection.
/// </summary>
internal static class CountParseSelection
{
    /// <summary>Gets whether <paramref name="sentence"/> holds a number that may be a count.</summary>
    public static bool NeedsParse(string text, Token[] tokens, Sentence sentence, NumberParser numbers, CountExclusions exclusions)
    {
        int end = Math.Min(sentence.EndToken, tokens.Length);
        for (int t = sentence.FirstToken; t < end; t++)
        {
            if (numbers.TryParse(text, tokens, t, out ParsedNumber number))
            {
                if (!exclusions.IsExcluded(text, tokens, number))
                {
                    return true;
                }

                t = number.Last;
            }
        }

        return false;
    }
}
