namespace NewsExtract;

/// <summary>What part of a scraped article a block of lines is.</summary>
public enum ZoneKind : byte
{
    /// <summary>Running text of the article.</summary>
    Body,
    /// <summary>A title or section heading: a short stand-alone line without final punctuation.</summary>
    Headline,
    /// <summary>A line that is only a date, or a by-line ("By …", "Published …").</summary>
    Dateline,
    /// <summary>A bulleted list item.</summary>
    Bullet,
    /// <summary>An image caption or credit ("Photo: …", "… / Getty Images", "[File: …/Reuters]").</summary>
    Caption,
    /// <summary>Site chrome: navigation, share buttons, copyright, "Published under:", "Source: …".</summary>
    Boilerplate,
    /// <summary>A list of footnotes or references (<c>[1] "Title", Publisher, date.</c>).</summary>
    References,
}

/// <summary>A sentence: a span of the text and the tokens it holds.</summary>
/// <param name="Span">The sentence's text, from its first token's start to its last token's end.</param>
/// <param name="FirstToken">Index of its first token in <see cref="NewsDocument.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="Zone">The zone of the line block the sentence starts in.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, ZoneKind Zone)
{
    /// <summary>Gets the index one past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>A paragraph: lines between blank lines.</summary>
/// <param name="Span">From the first non-blank character to the last one.</param>
public readonly record struct Paragraph(TextSpan Span);

/// <summary>A block of consecutive lines of one <see cref="ZoneKind"/>.</summary>
/// <param name="Span">From the first non-blank character of the first line to the last of the last line.</param>
/// <param name="Kind">What the block is.</param>
public readonly record struct Zone(TextSpan Span, ZoneKind Kind);

/// <summary>A quotation: text between a pair of quotation marks.</summary>
/// <param name="Span">The quotation including its marks.</param>
/// <param name="Content">The text inside the marks.</param>
/// <param name="Closed">Whether a closing mark was found; an unclosed quote ends at its paragraph.</param>
public readonly record struct Quote(TextSpan Span, TextSpan Content, bool Closed);
