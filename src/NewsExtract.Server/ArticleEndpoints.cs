using Microsoft.AspNetCore.Http.Timeouts;

namespace NewsExtract.Server;

/// <summary>
/// <c>POST /v1/annotate</c> (the JSON that <c>newsextract annotate --compact</c> prints, or indented with
/// <c>?indent=true</c>), <c>POST /v1/render</c> (the HTML page of <c>newsextract render</c>) and <c>POST /v1/batch</c>
/// (JSON Lines in, JSON Lines out).
/// </summary>
internal static class ArticleEndpoints
{
    public const string BatchTimeoutPolicy = "batch";
    private const string JsonContentType = "application/json; charset=utf-8";
    private const string HtmlContentType = "text/html; charset=utf-8";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v1/annotate", (Func<HttpContext, Task<IResult>>)AnnotateAsync)
            .WithName("Annotate")
            .WithSummary("Annotates one article and returns the document JSON (docs/output-format.md).")
            .WithDescription("Send the article as text/plain (query date, include, id) or as JSON {\"text\",\"date\",\"include\",\"id\"}. "
                + "The answer is byte for byte what `newsextract annotate --compact` prints for the same input; ?indent=true gives the indented form.")
            .Accepts<ArticleJsonRequest>("application/json", "text/plain")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithArticleProblems();

        endpoints.MapPost("/v1/render", (Func<HttpContext, Task<IResult>>)RenderAsync)
            .WithName("Render")
            .WithSummary("Annotates one article and returns it as a standalone HTML page.")
            .WithDescription("The same input as /v1/annotate; query title sets the page title.")
            .Accepts<ArticleJsonRequest>("application/json", "text/plain")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .WithArticleProblems();

        endpoints.MapPost("/v1/batch", (Func<HttpContext, Task>)BatchEndpoint.HandleAsync)
            .WithName("Batch")
            .WithSummary("Annotates JSON Lines, one article object per line, and streams one document JSON line per input line.")
            .WithDescription("Each line is {\"text\",\"date\",\"include\",\"id\"}; query date and include are the defaults. "
                + "Lines come back in input order; a bad line gives {\"id\",\"line\",\"error\":{problem}} and the batch goes on. "
                + "A line without id gets its line number as id.")
            .Accepts<ArticleJsonRequest>("application/x-ndjson", BatchEndpoint.OtherContentTypes)
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson")
            .WithArticleProblems()
            .WithRequestTimeout(BatchTimeoutPolicy);
    }

    private static async Task<IResult> AnnotateAsync(HttpContext context)
    {
        bool indent = ArticleRequestReader.ParseFlag(context.Request.Query, "indent");
        (ArticleRequest article, NewsDocument document) = await AnnotateRequestAsync(context).ConfigureAwait(false);
        string json = NewsDocumentJson.Serialize(document, article.Layers, indent, article.Schema);
        return Results.Text(json + "\n", JsonContentType);
    }

    private static async Task<IResult> RenderAsync(HttpContext context)
    {
        string? title = context.Request.Query["title"];
        (_, NewsDocument document) = await AnnotateRequestAsync(context).ConfigureAwait(false);
        string html = NewsDocumentHtml.Render(document, new HtmlRenderOptions { Title = title });
        return Results.Text(html, HtmlContentType);
    }

    private static async Task<(ArticleRequest Article, NewsDocument Document)> AnnotateRequestAsync(HttpContext context)
    {
        NewsServerOptions options = context.RequestServices.GetRequiredService<NewsServerOptions>();
        NewsExtractor extractor = context.RequestServices.GetRequiredService<NewsExtractor>();
        CancellationToken cancellationToken = context.RequestAborted;
        ArticleRequest article = await ArticleRequestReader.ReadAsync(context.Request, options.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        NewsDocument document = extractor.Annotate(article.Text, article.Published, article.Id, cancellationToken);
        return (article, document);
    }

    private static RouteHandlerBuilder WithArticleProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesProblem(StatusCodes.Status504GatewayTimeout);
}
