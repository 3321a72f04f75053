namespace NewsExtract;

/// <summary>Options for <see cref="NewsDocumentHtml"/>.</summary>
public sealed class HtmlRenderOptions
{
    /// <summary>
    /// Gets the page title. When <see langword="null"/> (the default) the title is the document's
    /// <see cref="NewsDocument.Id"/>, or "Article" when it has none. It is HTML-escaped like everything else.
    /// </summary>
    public string? Title { get; init; }
}
