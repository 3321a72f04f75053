using System.Globalization;

namespace NewsExtract.Evaluation;

/// <summary>
/// Groups attribution errors by pattern, so that the next gap is visible in <c>eval --verbose</c>: a missed gold
/// statement by its kind, cue (lower case, or "(no cue)") and source kind; a statement with the wrong source by the same;
/// a spurious statement by its kind and the rule that made it. A missed statement that some output statement overlaps is
/// a boundary error (<c>bounds</c>), told apart from one nothing was found for (<c>missed</c>): the two need different work.
/// </summary>
internal static class AttributionPatterns
{
    public static void Miss(Dictionary<string, int> patterns, string text, GoldAttribution g, bool overlapped) =>
        Count(patterns, (overlapped ? "bounds      " : "missed      ") + Key(text, g));

    public static void WrongSource(Dictionary<string, int> patterns, string text, GoldAttribution g) =>
        Count(patterns, "wrong source " + Key(text, g));

    public static void Spurious(Dictionary<string, int> patterns, Attribution a) =>
        Count(patterns, string.Create(CultureInfo.InvariantCulture, $"spurious    kind={a.Kind} rule={a.Rule} source={a.Source?.Kind.ToString() ?? "none"}"));

    /// <summary>The groups, largest first, then by name.</summary>
    public static List<string> Lines(Dictionary<string, int> patterns) =>
        [.. patterns.OrderBy(p => p.Key[..6], StringComparer.Ordinal).ThenByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Value,4}  {p.Key}"))];

    private static string Key(string text, GoldAttribution g)
    {
        string cue = g.Cue is TextSpan c ? text[c.Start..c.End].ToLowerInvariant().Replace('\n', ' ') : "(no cue)";
        return string.Create(CultureInfo.InvariantCulture, $"kind={g.Kind} cue={cue} source={g.SourceKind?.ToString() ?? "none"}");
    }

    private static void Count(Dictionary<string, int> patterns, string key) =>
        patterns[key] = patterns.GetValueOrDefault(key) + 1;
}
