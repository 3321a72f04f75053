namespace NewsExtract.Quantities;

/// <summary>Category decisions that read the words around a count: "38 times" in a sentence about attacks, and
/// Killed or Injured for people next to "killed", "dead", "wounded", "injured".</summary>
internal static class CountCategories
{
    public static bool SpeaksOfAttacks(string text, Token[] tokens, Sentence sentence)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken && t < tokens.Length; t++)
        {
            ReadOnlySpan<char> word = tokens[t].Slice(text);
            if (word.StartsWith("attack", StringComparison.OrdinalIgnoreCase) || word.StartsWith("strike", StringComparison.OrdinalIgnoreCase)
                || word.Equals("struck", StringComparison.OrdinalIgnoreCase) || word.StartsWith("target", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("shell", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static QuantityCategory AdjustCategory(string text, Token[] tokens, int first, int nounEnd, QuantityCategory category)
    {
        if (category is not (QuantityCategory.Personnel or QuantityCategory.People))
        {
            return category;
        }

        // "have left at least 460 people dead", "killed one Iraqi soldier", "14 wounded soldiers".
        for (int t = Math.Max(0, first - 3); t <= Math.Min(tokens.Length - 1, nounEnd + 1); t++)
        {
            ReadOnlySpan<char> word = tokens[t].Slice(text);
            if (t >= first && t <= nounEnd && t != nounEnd && !(word is "dead" or "killed" or "wounded" or "injured"))
            {
                continue;
            }

            if (word is "killed" or "kill" or "kills" or "killing" or "dead" or "died")
            {
                return QuantityCategory.Killed;
            }

            if (word is "wounded" or "injured" or "wounding" or "injuring")
            {
                return QuantityCategory.Injured;
            }
        }

        return category;
    }

    /// <summary>Killed for the lemma "kill", Injured for "wound" and "injure", else Other.</summary>
    public static QuantityCategory OfVerb(string? lemma) => lemma switch
    {
        "kill" => QuantityCategory.Killed,
        "wound" or "injure" => QuantityCategory.Injured,
        _ => QuantityCategory.Other,
    };

    /// <summary>
    /// The category of a verb form of "kill", "wound" or "injure" as written ("Kills", "wounded", "injuring"), for
    /// headlines in title case where the tagger reads the verb as a name: "Rocket Attack Kills 1, Wounds 5".
    /// </summary>
    public static QuantityCategory OfVerbForm(ReadOnlySpan<char> word)
    {
        if (word.Length is < 4 or > 12)
        {
            return QuantityCategory.Other;
        }

        Span<char> lower = stackalloc char[word.Length];
        Lexicons.AsciiCase.ToLowerInvariant(word, lower);
        ReadOnlySpan<char> w = lower;
        foreach (string ending in (ReadOnlySpan<string>)["ing", "ed", "es", "s"])
        {
            if (w.EndsWith(ending) && w.Length - ending.Length >= 4)
            {
                w = w[..^ending.Length];
                break;
            }
        }

        return w switch
        {
            "kill" => QuantityCategory.Killed,
            "wound" or "injur" or "injure" => QuantityCategory.Injured,
            _ => QuantityCategory.Other,
        };
    }
}
