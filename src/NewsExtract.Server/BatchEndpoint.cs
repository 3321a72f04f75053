using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace NewsExtract.Server;

/// <summary>
/// <c>POST /v1/batch</c>: reads JSON Lines (one <c>{"text","date","include","id"}</c> object per line) and streams one
/// compact document JSON line back per non-blank input line, in input order, as each is done. A bad line gives
/// <c>{"id":…,"line":N,"error":{problem}}</c> and the batch goes on; a body over the size limit stops it (413 if
/// nothing was sent yet, otherwise the connection is aborted so that the client sees a truncated stream).
/// </summary>
internal static class BatchEndpoint
{
    public const string ContentType = "application/x-ndjson; charset=utf-8";

    /// <summary>The other names JSON Lines goes by, all accepted.</summary>
    public static readonly string[] OtherContentTypes = ["application/jsonl", "application/json-lines", "application/x-jsonlines", "application/json", "text/plain"];
    private static readonly JsonWriterOptions s_lineOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task HandleAsync(HttpContext context)
    {
        NewsServerOptions options = context.RequestServices.GetRequiredService<NewsServerOptions>();
        NewsExtractor extractor = context.RequestServices.GetRequiredService<NewsExtractor>();
        CancellationToken cancellationToken = context.RequestAborted;
        CheckContentType(context.Request.ContentType);
        ArticleRequest defaults = ArticleRequestReader.ReadQuery(context.Request.Query);
        if (context.Request.ContentLength > options.MaxRequestBytes)
        {
            throw new ProblemException(StatusCodes.Status413PayloadTooLarge, Messages.TooLarge(options.MaxRequestBytes));
        }

        context.Response.ContentType = ContentType;
        PipeReader reader = context.Request.BodyReader;
        PipeWriter output = context.Response.BodyWriter;
        long consumed = 0;
        int lineNumber = 0;
        while (true)
        {
            ReadResult result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            ReadOnlySequence<byte> buffer = result.Buffer;
            while (TryTakeLine(ref buffer, out ReadOnlySequence<byte> line, out long length))
            {
                consumed += length;
                CheckSize(context, consumed, options.MaxRequestBytes);
                lineNumber++;
                WriteLine(output, extractor, defaults, line, lineNumber, cancellationToken);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            CheckSize(context, consumed + buffer.Length, options.MaxRequestBytes);
            if (result.IsCompleted || result.IsCanceled)
            {
                if (!buffer.IsEmpty)
                {
                    lineNumber++;
                    WriteLine(output, extractor, defaults, buffer, lineNumber, cancellationToken);
                }

                reader.AdvanceTo(buffer.End);
                break;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void CheckContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return;
        }

        if (MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? media))
        {
            string type = media.MediaType.Value ?? string.Empty;
            if (type.Equals("application/x-ndjson", StringComparison.OrdinalIgnoreCase) || OtherContentTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
            {
                return;
            }
        }

        throw new ProblemException(
            StatusCodes.Status415UnsupportedMediaType,
            Messages.UnsupportedMediaType(contentType, "application/x-ndjson (JSON Lines) in UTF-8"));
    }

    private static void CheckSize(HttpContext context, long consumed, long maxBytes)
    {
        if (consumed <= maxBytes)
        {
            return;
        }

        if (!context.Response.HasStarted)
        {
            throw new ProblemException(StatusCodes.Status413PayloadTooLarge, Messages.TooLarge(maxBytes));
        }

        // Lines already went out with 200: the only honest signal left is to cut the stream.
        context.Abort();
        throw new OperationCanceledException(Messages.TooLarge(maxBytes));
    }

    private static bool TryTakeLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line, out long length)
    {
        SequencePosition? newline = buffer.PositionOf((byte)'\n');
        if (newline is null)
        {
            line = default;
            length = 0;
            return false;
        }

        line = buffer.Slice(0, newline.Value);
        SequencePosition next = buffer.GetPosition(1, newline.Value);
        length = buffer.Slice(0, next).Length;
        buffer = buffer.Slice(next);
        return true;
    }

    private static void WriteLine(
        PipeWriter output, NewsExtractor extractor, ArticleRequest defaults, ReadOnlySequence<byte> line, int lineNumber, CancellationToken cancellationToken)
    {
        byte[] bytes = line.ToArray();
        if (bytes.AsSpan().Trim(" \t\r"u8).IsEmpty)
        {
            return;
        }

        string fallbackId = lineNumber.ToString(CultureInfo.InvariantCulture);
        using var writer = new Utf8JsonWriter(output, s_lineOptions);
        ArticleRequest article;
        try
        {
            article = ArticleRequestReader.ParseJson(bytes, defaults with { Id = null });
        }
        catch (ProblemException ex)
        {
            writer.WriteStartObject();
            writer.WriteString("id", fallbackId);
            writer.WriteNumber("line", lineNumber);
            writer.WriteStartObject("error");
            Problems.WriteProperties(writer, ex.Status, ex.Message);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.Flush();
            output.Write("\n"u8);
            return;
        }

        NewsDocument document = extractor.Annotate(article.Text, article.Published, article.Id ?? fallbackId, cancellationToken);
        NewsDocumentJson.Write(writer, document, article.Layers, article.Schema);
        writer.Flush();
        output.Write("\n"u8);
    }
}
