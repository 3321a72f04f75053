namespace NewsExtract.Server;

/// <summary>The query parameter <c>schema</c>: the output schema, 2 (the default) or 1, as <c>newsextract --schema</c>.</summary>
internal static class SchemaParameter
{
    /// <exception cref="ProblemException">A value other than 1 or 2 (400).</exception>
    public static JsonOutputSchema Parse(IQueryCollection query)
    {
        string? value = query["schema"];
        return value switch
        {
            null or "" or "2" => JsonOutputSchema.V2,
            "1" => JsonOutputSchema.V1,
            _ => throw new ProblemException($"The query parameter 'schema' must be 1 or 2, not '{value}'."),
        };
    }
}
