namespace NewsExtract.Quantities;

/// <summary>The regular English plural of a lowercase noun lemma, for the rows of <c>countlemmas.tsv</c> that list none.</summary>
internal static class NounForms
{
    /// <summary>Gets the plural: the last word of a compound inflects ("air strike" gives "air strikes"); "-man" gives
    /// "-men", a consonant and "y" give "-ies", a sibilant gives "-es", anything else "-s".</summary>
    public static string Plural(string lemma)
    {
        int space = lemma.LastIndexOf(' ');
        string head = lemma[(space + 1)..];
        string prefix = lemma[..(space + 1)];
        string plural;
        if (head.EndsWith("man", StringComparison.Ordinal))
        {
            plural = head[..^3] + "men";
        }
        else if (head.Length > 1 && head[^1] == 'y' && !IsVowel(head[^2]))
        {
            plural = head[..^1] + "ies";
        }
        else if (head.EndsWith('s') || head.EndsWith('x') || head.EndsWith('z') || head.EndsWith("ch", StringComparison.Ordinal) || head.EndsWith("sh", StringComparison.Ordinal))
        {
            plural = head + "es";
        }
        else
        {
            plural = head + "s";
        }

        return prefix + plural;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
