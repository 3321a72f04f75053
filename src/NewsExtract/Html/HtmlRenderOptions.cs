namespace NewsExtract;

/// <summary>Options for <see cref="NewsDocumentHtml"/>.</summary>
public sealed class HtmlRenderOptions
{
    /// <summary>
    /// Gets the page title. When <see langword="null"/> (the default) the title is the document's headline (its
    /// first <see cref="ZoneKind.Headline"/> zone, on one line), else its <see cref="NewsDocument.Id"/>, else
    /// "Article". It is HTML-escaped like everything else.
    /// </summary>
    public string? Title { get; init; }
}
