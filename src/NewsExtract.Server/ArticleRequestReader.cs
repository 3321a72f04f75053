using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Net.Http.Headers;

namespace NewsExtract.Server;

/// <summary>
/// Reads the article of an annotate or render request: the body as <c>text/plain</c> (UTF-8) with the query's
/// <c>date</c>, <c>include</c> and <c>id</c>, or as JSON <c>{"text","date","include","id"}</c> whose fields win over
/// the query's. Every malformed input ends in a <see cref="ProblemException"/> with the status to answer.
/// </summary>
internal static class ArticleRequestReader
{
    private const string BodyName = "request body";
    private static readonly JsonDocumentOptions s_jsonOptions = new() { MaxDepth = 16 };

    /// <summary>What a body holds, from its <c>Content-Type</c>.</summary>
    public enum BodyKind
    {
        /// <summary>The article as UTF-8 text.</summary>
        Text,

        /// <summary>A JSON object.</summary>
        Json,
    }

    /// <summary>Reads the whole request.</summary>
    /// <exception cref="ProblemException">The body is too large (413), of another type (415) or malformed (400).</exception>
    public static async Task<ArticleRequest> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        BodyKind kind = GetKind(request.ContentType);
        ArticleRequest defaults = ReadQuery(request.Query);
        byte[] body = await ReadBodyAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        return kind == BodyKind.Text
            ? defaults with { Text = Decode(body) }
            : ParseJson(body, defaults);
    }

    /// <summary>Classifies a <c>Content-Type</c>: none or <c>text/plain</c> is text, <c>application/json</c> (or <c>+json</c>) is JSON.</summary>
    /// <exception cref="ProblemException">Another type, or a charset other than UTF-8 (415).</exception>
    public static BodyKind GetKind(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return BodyKind.Text;
        }

        if (MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? media))
        {
            string? charset = media.Charset.HasValue ? media.Charset.Value : null;
            bool utf8 = charset is null
                || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
                || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase);
            if (utf8 && media.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
            {
                return BodyKind.Text;
            }

            if (utf8 && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)))
            {
                return BodyKind.Json;
            }
        }

        throw new ProblemException(
            StatusCodes.Status415UnsupportedMediaType,
            Messages.UnsupportedMediaType(contentType, "text/plain or application/json, in UTF-8"));
    }

    /// <summary>Reads <c>date</c>, <c>include</c> and <c>id</c> from the query, with an empty text.</summary>
    /// <exception cref="ProblemException">A malformed date or an unknown layer (400).</exception>
    public static ArticleRequest ReadQuery(IQueryCollection query)
    {
        JsonLayers layers = JsonLayers.None;
        foreach (string? include in query["include"])
        {
            layers = LayerNames.Add(layers, include);
        }

        string? date = query["date"];
        string? id = query["id"];
        return new ArticleRequest(string.Empty, ParseDate(date), layers, id, SchemaParameter.Parse(query));
    }

    /// <summary>Reads the whole body, refusing one larger than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="ProblemException">The body is larger than the limit (413).</exception>
    public static async Task<byte[]> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw new ProblemException(StatusCodes.Status413PayloadTooLarge, Messages.TooLarge(maxBytes));
        }

        PipeReader reader = request.BodyReader;
        while (true)
        {
            ReadResult result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            ReadOnlySequence<byte> buffer = result.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                throw new ProblemException(StatusCodes.Status413PayloadTooLarge, Messages.TooLarge(maxBytes));
            }

            if (result.IsCompleted || result.IsCanceled)
            {
                byte[] bytes = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return bytes;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Decodes a text body exactly as <c>newsextract annotate</c> decodes a file.</summary>
    /// <exception cref="ProblemException">Not UTF-8, or binary (400).</exception>
    public static string Decode(ReadOnlySpan<byte> body)
    {
        try
        {
            return ArticleText.Decode(body, BodyName);
        }
        catch (InvalidArticleException ex)
        {
            throw new ProblemException(ex.Message, ex);
        }
    }

    /// <summary>Parses a JSON request object; fields it leaves out keep the values of <paramref name="defaults"/>.</summary>
    /// <exception cref="ProblemException">The JSON is malformed, not an object, or has a field of the wrong type (400).</exception>
    public static ArticleRequest ParseJson(ReadOnlyMemory<byte> json, ArticleRequest defaults)
    {
        if (!Utf8.IsValid(json.Span))
        {
            throw new ProblemException(Messages.NotUtf8(BodyName));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, s_jsonOptions);
        }
        catch (JsonException ex)
        {
            throw new ProblemException(Messages.BadJson(ex.Message), ex);
        }

        using (document)
        {
            return ParseObject(document.RootElement, defaults);
        }
    }

    /// <summary>Reads the fields of one request object.</summary>
    /// <exception cref="ProblemException">Not an object, or a field of the wrong type (400).</exception>
    public static ArticleRequest ParseObject(JsonElement root, ArticleRequest defaults)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ProblemException(Messages.JsonNotObject);
        }

        if (!root.TryGetProperty("text", out JsonElement text) || text.ValueKind != JsonValueKind.String)
        {
            throw new ProblemException(Messages.JsonNoText);
        }

        ArticleRequest request = defaults with { Text = text.GetString()! };
        if (root.TryGetProperty("date", out JsonElement date) && date.ValueKind != JsonValueKind.Null)
        {
            request = request with { Published = ParseDate(StringOf(date, "date")) };
        }

        if (root.TryGetProperty("id", out JsonElement id) && id.ValueKind != JsonValueKind.Null)
        {
            request = request with { Id = StringOf(id, "id") };
        }

        if (root.TryGetProperty("include", out JsonElement include) && include.ValueKind != JsonValueKind.Null)
        {
            request = request with { Layers = ParseInclude(include) };
        }

        return request;
    }

    /// <summary>Parses a publication date, YYYY-MM-DD.</summary>
    /// <exception cref="ProblemException">Any other form (400).</exception>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw new ProblemException(Messages.BadDate(value));
    }

    /// <summary>Reads a boolean query parameter (absent is false).</summary>
    /// <exception cref="ProblemException">A value other than true, false, 1 or 0 (400).</exception>
    public static bool ParseFlag(IQueryCollection query, string name)
    {
        string? value = query[name];
        return value switch
        {
            null or "" or "0" => false,
            "1" => true,
            _ when bool.TryParse(value, out bool flag) => flag,
            _ => throw new ProblemException(Messages.BadBoolean(name, value)),
        };
    }

    private static JsonLayers ParseInclude(JsonElement include)
    {
        if (include.ValueKind == JsonValueKind.String)
        {
            return LayerNames.Add(JsonLayers.None, include.GetString());
        }

        if (include.ValueKind != JsonValueKind.Array)
        {
            throw new ProblemException(Messages.JsonWrongType("include", "a string or an array of strings"));
        }

        JsonLayers layers = JsonLayers.None;
        foreach (JsonElement item in include.EnumerateArray())
        {
            layers = LayerNames.Add(layers, StringOf(item, "include"));
        }

        return layers;
    }

    private static string StringOf(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw new ProblemException(Messages.JsonWrongType(property, "a string"));
}
