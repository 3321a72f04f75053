using System.CommandLine;

namespace NewsExtract.Cli;

/// <summary>
/// <c>--include</c> and <c>--exclude</c> of <c>annotate</c> and <c>batch</c>: which extra layers the JSON carries
/// (<see cref="JsonLayers"/>) and whether the event layer runs. Events are on by default (<c>--include events</c>
/// says so explicitly); <c>--exclude events</c> switches the layer off, so <c>events</c> and <c>eventRecords</c> stay
/// empty and no sentence is parsed for it.
/// </summary>
internal static class LayerOptions
{
    /// <summary>The names <c>--include</c> accepts, for messages.</summary>
    public const string IncludeNames = "tokens, sentences, zones, paragraphs, quotes, syntax, events";

    /// <summary>The names <c>--exclude</c> accepts, for messages.</summary>
    public const string ExcludeNames = "events";

    /// <summary>Creates the <c>--exclude</c> option.</summary>
    public static Option<string[]> CreateExclude() => new("--exclude")
    {
        Description = "Layers to leave out, comma-separated: events (the event layer, on by default).",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>
    /// Parses both options; false with the offending name in <paramref name="bad"/> (and which option in
    /// <paramref name="badOption"/>) when a name is unknown or a layer is both included and excluded.
    /// </summary>
    public static bool TryParse(string[]? include, string[]? exclude, out JsonLayers layers, out bool events, out string? bad, out string? badOption)
    {
        events = true;
        badOption = "--include";
        bool eventsIncluded = false;
        var jsonNames = new List<string>();
        foreach (string part in Parts(include))
        {
            if (part.Equals("events", StringComparison.OrdinalIgnoreCase))
            {
                eventsIncluded = true;
            }
            else
            {
                jsonNames.Add(part);
            }
        }

        if (!AnnotateCommand.TryParseLayers([.. jsonNames], out layers, out bad))
        {
            return false;
        }

        badOption = "--exclude";
        foreach (string part in Parts(exclude))
        {
            if (!part.Equals("events", StringComparison.OrdinalIgnoreCase) || eventsIncluded)
            {
                bad = part;
                return false;
            }

            events = false;
        }

        badOption = null;
        return true;
    }

    /// <summary>The message for a failed <see cref="TryParse"/>.</summary>
    public static string Message(string? bad, string? option) => option == "--exclude"
        ? $"newsextract: cannot exclude '{bad}' ({ExcludeNames}; not also in --include)."
        : $"newsextract: unknown layer '{bad}' in --include ({IncludeNames}).";

    private static IEnumerable<string> Parts(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
