using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace NewsExtract.Tests.Html;

/// <summary>
/// A rendered page parsed as XML (which only succeeds when the markup is balanced and every reference is well-formed),
/// with the article container flattened into its text and the offsets each element covers.
/// </summary>
internal sealed class HtmlPage
{
    private HtmlPage(XDocument document, XElement article, string text, List<Piece> pieces)
    {
        Document = document;
        Article = article;
        ArticleText = text;
        Pieces = pieces;
    }

    public XDocument Document { get; }

    public XElement Article { get; }

    /// <summary>The text of the article container: tags stripped, references unescaped.</summary>
    public string ArticleText { get; }

    /// <summary>Every element inside the article container with the offsets of <see cref="ArticleText"/> it covers.</summary>
    public List<Piece> Pieces { get; }

    public sealed record Piece(XElement Element, int Start, int End)
    {
        public string Class => (string?)Element.Attribute("class") ?? string.Empty;

        public string? Title => (string?)Element.Attribute("title");

        public bool Lists(string attribute, int index) =>
            ((string?)Element.Attribute(attribute))?.Split(' ').Contains(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) == true;
    }

    public static HtmlPage Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        XDocument document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        XElement article = document.Descendants().Single(e => (string?)e.Attribute("id") == "article");
        var text = new StringBuilder();
        var pieces = new List<Piece>();
        Visit(article, text, pieces);
        return new HtmlPage(document, article, text.ToString(), pieces);
    }

    private static void Visit(XElement element, StringBuilder text, List<Piece> pieces)
    {
        foreach (XNode node in element.Nodes())
        {
            if (node is XText t)
            {
                text.Append(t.Value);
            }
            else if (node is XElement child)
            {
                int start = text.Length;
                Visit(child, text, pieces);
                pieces.Add(new Piece(child, start, text.Length));
            }
        }
    }

    /// <summary>The offsets covered by the pieces, as sorted intervals with touching ones merged.</summary>
    public static List<(int Start, int End)> Coverage(IEnumerable<Piece> pieces) => Merge(pieces.Select(p => (p.Start, p.End)));

    public static List<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> intervals)
    {
        var merged = new List<(int Start, int End)>();
        foreach ((int start, int end) in intervals.Where(i => i.Start < i.End).OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return merged;
    }

    /// <summary>The text as an XML (or HTML) parser sees it: CRLF and lone CR become LF.</summary>
    public static string NormalizeNewlines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>Maps an offset of the original text to <see cref="NormalizeNewlines"/>'s text.</summary>
    public static int NormalizedOffset(string text, int offset)
    {
        int dropped = 0;
        for (int i = 0; i + 1 < offset && i + 1 < text.Length; i++)
        {
            if (text[i] == '\r' && text[i + 1] == '\n')
            {
                dropped++;
            }
        }

        return offset - dropped;
    }

    public static (int Start, int End) Normalized(string text, TextSpan span) => (NormalizedOffset(text, span.Start), NormalizedOffset(text, span.End));
}
