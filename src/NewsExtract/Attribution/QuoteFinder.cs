using NewsExtract.Pipeline;

namespace NewsExtract.Attributions;

/// <summary>
/// Pairs quotation marks into quotations.
/// </summary>
/// <remarks>
/// Reads: tokens (with their open/close flags), paragraphs, zones. Writes: <see cref="AnnotationContext.Quotes"/>.
/// Double and single marks pair separately, so a ‘single’ quote nests inside a “double” one. A quote never crosses
/// a zone or a paragraph: one left open at the end of a paragraph ends there (not closed), and when the next
/// paragraph starts with an opening mark of the same kind, that paragraph's quote continues it. So an unclosed mark
/// cannot swallow the rest of the article, and a caption or headline never becomes part of a body quote.
/// Apostrophes are never quotation marks: the tokenizer keeps them inside words.
/// </remarks>
internal sealed class QuoteFinder : IAnnotator
{
    public string Name => "quotes";

    public Layers Requires => Layers.Tokens | Layers.Zones;

    public Layers Produces => Layers.Quotes;

    public void Annotate(AnnotationContext context, CancellationToken cancellationToken) =>
        context.Quotes = Find(context.Text, context.Tokens, context.Zones);

    internal static Quote[] Find(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Zone> zones)
    {
        var quotes = new List<Quote>();
        int openDouble = -1, openSingle = -1;
        int zone = -1;
        for (int t = 0; t < tokens.Length; t++)
        {
            Token token = tokens[t];
            int z = ZoneLookup.IndexAt(zones, token.Start);
            if (token.Has(TokenTraits.ParagraphBefore) || z != zone)
            {
                // Close whatever is open at the end of the previous block.
                CloseOpen(tokens, t - 1, ref openDouble, quotes);
                CloseOpen(tokens, t - 1, ref openSingle, quotes);
                zone = z;
            }

            if (token.Kind != TokenKind.Quote)
            {
                continue;
            }

            bool single = text[token.Start] is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A' or '`';
            ref int open = ref single ? ref openSingle : ref openDouble;
            if (token.Has(TokenTraits.OpenQuote))
            {
                if (open >= 0)
                {
                    CloseOpen(tokens, t - 1, ref open, quotes);
                }

                open = t;
            }
            else if (open >= 0)
            {
                if (t > open + 1)
                {
                    quotes.Add(new Quote(
                        new TextSpan(tokens[open].Start, token.End),
                        new TextSpan(tokens[open + 1].Start, tokens[t - 1].End),
                        Closed: true));
                }

                open = -1;
            }
        }

        CloseOpen(tokens, tokens.Length - 1, ref openDouble, quotes);
        CloseOpen(tokens, tokens.Length - 1, ref openSingle, quotes);
        quotes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return [.. quotes];
    }

    private static void CloseOpen(ReadOnlySpan<Token> tokens, int last, ref int open, List<Quote> quotes)
    {
        if (open >= 0 && last > open)
        {
            quotes.Add(new Quote(new TextSpan(tokens[open].Start, tokens[last].End), new TextSpan(tokens[open + 1].Start, tokens[last].End), Closed: false));
        }

        open = -1;
    }
}
