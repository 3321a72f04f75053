using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsExtract.Server;

/// <summary>
/// Writes an error as a problem document (RFC 9457, <c>application/problem+json</c>): <c>type</c>, <c>title</c>,
/// <c>status</c>, <c>detail</c> and <c>instance</c>. The type is <c>about:blank</c>, so the title is the HTTP
/// status phrase and the detail says what was wrong with this request. No stack trace, ever.
/// </summary>
internal static class Problems
{
    public const string ContentType = "application/problem+json";
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Sets the status and writes the problem document as the whole response.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string detail)
    {
        HttpResponse response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-store";
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, s_options))
        {
            Write(writer, status, detail, context.Request.Path.Value);
        }

        // Not RequestAborted: after a timeout that token is already cancelled, and the problem must still go out.
        await response.BodyWriter.FlushAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Writes the problem object's properties into an object the caller has started (batch error lines).</summary>
    public static void WriteProperties(Utf8JsonWriter writer, int status, string detail)
    {
        writer.WriteString("type", "about:blank");
        writer.WriteString("title", ReasonPhrases.GetReasonPhrase(status));
        writer.WriteNumber("status", status);
        writer.WriteString("detail", detail);
    }

    private static void Write(Utf8JsonWriter writer, int status, string detail, string? instance)
    {
        writer.WriteStartObject();
        WriteProperties(writer, status, detail);
        if (!string.IsNullOrEmpty(instance))
        {
            writer.WriteString("instance", instance);
        }

        writer.WriteEndObject();
    }
}
