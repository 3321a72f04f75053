namespace NewsExtract.Server;

/// <summary>One article to annotate, as a request gave it.</summary>
/// <param name="Text">The article text, exactly as decoded.</param>
/// <param name="Published">The publication date, if given.</param>
/// <param name="Layers">The extra layers to write.</param>
/// <param name="Id">The identifier to carry into the output, if given.</param>
/// <param name="Schema">The output schema (query <c>schema</c>: 2 by default, or 1).</param>
internal sealed record ArticleRequest(string Text, DateOnly? Published, JsonLayers Layers, string? Id, JsonOutputSchema Schema = JsonOutputSchema.V2);

/// <summary>
/// The JSON form of a request to <c>/v1/annotate</c> and <c>/v1/render</c>, and of one line of <c>/v1/batch</c>.
/// Only used to describe the API in the OpenAPI document: the service reads the body itself, to answer every
/// malformed body with a clear 400.
/// </summary>
/// <param name="Text">The article text (required).</param>
/// <param name="Date">The publication date, YYYY-MM-DD; relative dates resolve against it.</param>
/// <param name="Include">Extra layers, as a comma-separated string or an array: tokens, sentences, zones, paragraphs, quotes.</param>
/// <param name="Id">An identifier to carry into the output.</param>
public sealed record ArticleJsonRequest(string Text, string? Date, IReadOnlyList<string>? Include, string? Id);
