namespace NewsExtract.Server;

/// <summary>Reads the names of the optional JSON layers (<c>include</c>), as <c>newsextract annotate --include</c> does.</summary>
internal static class LayerNames
{
    /// <summary>Adds the layers named in <paramref name="value"/> (comma-separated) to <paramref name="layers"/>.</summary>
    /// <exception cref="ProblemException">A name is not a layer (400).</exception>
    public static JsonLayers Add(JsonLayers layers, string? value)
    {
        if (value is null)
        {
            return layers;
        }

        foreach (string part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            layers |= part.ToLowerInvariant() switch
            {
                "tokens" => JsonLayers.Tokens,
                "sentences" => JsonLayers.Sentences,
                "zones" => JsonLayers.Zones,
                "paragraphs" => JsonLayers.Paragraphs,
                "quotes" => JsonLayers.Quotes,
                _ => throw new ProblemException(Messages.BadLayer(part)),
            };
        }

        return layers;
    }
}
