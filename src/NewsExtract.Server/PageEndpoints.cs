namespace NewsExtract.Server;

/// <summary><c>GET /</c>: a small page to paste an article and see it rendered; <c>GET /healthz</c>.</summary>
internal static class PageEndpoints
{
    private static readonly Lazy<string> s_index = new(LoadIndex);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context) =>
            {
                // The page's own script and style are inline; it talks to this service only.
                context.Response.Headers.ContentSecurityPolicy =
                    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'";
                context.Response.Headers.XContentTypeOptions = "nosniff";
                return Results.Text(s_index.Value, "text/html; charset=utf-8");
            })
            .WithName("Index")
            .WithSummary("A page to paste an article and see it rendered.")
            .ExcludeFromDescription()
            .DisableRateLimiting();

        endpoints.MapHealthChecks("/healthz")
            .DisableRateLimiting()
            .DisableRequestTimeout();
    }

    private static string LoadIndex()
    {
        using Stream stream = typeof(PageEndpoints).Assembly.GetManifestResourceStream("NewsExtract.Server.index.html")
            ?? throw new InvalidOperationException("The index page is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
