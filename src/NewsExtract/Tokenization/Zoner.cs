using NewsExtract.Dates;
using NewsExtract.Lexicons;

namespace NewsExtract.Tokenization;

/// <summary>
/// Finds paragraphs (lines between blank lines) and zones (what each line block is) in scraped article text, and
/// reads the publication date from a dateline.
/// </summary>
/// <remarks>
/// Reads: the text. Writes: <see cref="Paragraph"/> and <see cref="Zone"/> values and the dateline's date.
/// A line is classified, in this order, as
/// <list type="number">
/// <item><see cref="ZoneKind.References"/> when it starts with a footnote marker (<c>[4] "Title", Publisher</c>);</item>
/// <item>the zone of the first matching pattern in <c>zones.tsv</c> (boilerplate, captions, by-lines), tried on
/// the text after any bullet;</item>
/// <item><see cref="ZoneKind.Bullet"/> when it starts with a bullet character, or with <c>-</c> or <c>*</c> and a space;</item>
/// <item><see cref="ZoneKind.Dateline"/> when it holds only a date ("January 23, 2020");</item>
/// <item><see cref="ZoneKind.Headline"/> when it is short (at most 160 characters), starts with a capital, a digit
/// or a quote, and has no final punctuation;</item>
/// <item><see cref="ZoneKind.Body"/> otherwise.</item>
/// </list>
/// A line without final punctuation directly above a caption line is part of that caption (a photo description
/// followed by its credit). Consecutive body lines of one paragraph form one zone; every other line is a zone of its own.
/// </remarks>
internal sealed class Zoner
{
    private const int MaxHeadlineLength = 160;
    private readonly ZonePattern[] _patterns;
    private readonly DateWords _dateWords;

    public Zoner(ZonePattern[] patterns, DateWords dateWords)
    {
        _patterns = patterns;
        _dateWords = dateWords;
    }

    public readonly record struct Result(Paragraph[] Paragraphs, Zone[] Zones, DateOnly? Published);

    private record struct Line(int Start, int End, int Paragraph, ZoneKind Kind);

    public Result Run(string text)
    {
        var lines = new PooledList<Line>(64);
        var paragraphs = new PooledList<Paragraph>(16);
        try
        {
            ReadLines(text, ref lines, ref paragraphs);
            Span<Line> all = lines.AsWritableSpan();
            for (int i = 0; i < all.Length; i++)
            {
                all[i].Kind = Classify(text.AsSpan(all[i].Start, all[i].End - all[i].Start));
            }

            // A line whose paragraph goes on in lower case is wrapped body text, not a heading.
            for (int i = 0; i + 1 < all.Length; i++)
            {
                if (all[i].Kind == ZoneKind.Headline && all[i + 1].Paragraph == all[i].Paragraph && char.IsLower(text[all[i + 1].Start]))
                {
                    all[i].Kind = ZoneKind.Body;
                    if (all[i + 1].Kind == ZoneKind.Headline)
                    {
                        all[i + 1].Kind = ZoneKind.Body;
                    }
                }
            }

            // A photo description without final punctuation, directly above its credit line, is caption too.
            for (int i = all.Length - 2; i >= 0; i--)
            {
                if (all[i + 1].Kind == ZoneKind.Caption && all[i].Paragraph == all[i + 1].Paragraph
                    && all[i].Kind is ZoneKind.Headline or ZoneKind.Body && !EndsSentence(text.AsSpan(all[i].Start, all[i].End - all[i].Start)))
                {
                    all[i].Kind = ZoneKind.Caption;
                }
            }

            var zones = new List<Zone>(all.Length);
            DateOnly? published = null;
            for (int i = 0; i < all.Length; i++)
            {
                Line line = all[i];
                int end = line.End;
                while (line.Kind == ZoneKind.Body && i + 1 < all.Length && all[i + 1].Kind == ZoneKind.Body && all[i + 1].Paragraph == line.Paragraph)
                {
                    i++;
                    end = all[i].End;
                }

                zones.Add(new Zone(new TextSpan(line.Start, end), line.Kind));
                if (published is null && line.Kind == ZoneKind.Dateline
                    && DatelineParser.TryFind(text.AsSpan(line.Start, line.End - line.Start), _dateWords, out DateOnly date, out _, out _))
                {
                    published = date;
                }
            }

            return new Result(paragraphs.ToArray(), [.. zones], published);
        }
        finally
        {
            lines.Dispose();
            paragraphs.Dispose();
        }
    }

    private static void ReadLines(string text, ref PooledList<Line> lines, ref PooledList<Paragraph> paragraphs)
    {
        int n = text.Length;
        int i = 0;
        int paragraph = -1;
        int paragraphStart = -1, paragraphEnd = -1;
        bool previousBlank = true;
        while (i < n)
        {
            int lineStart = i;
            while (i < n && !IsLineBreak(text[i]))
            {
                i++;
            }

            int lineEnd = i;
            if (i < n)
            {
                i += text[i] == '\r' && i + 1 < n && text[i + 1] == '\n' ? 2 : 1;
            }

            int s = lineStart, e = lineEnd;
            while (s < e && Tokenizer.IsSpace(text[s]))
            {
                s++;
            }

            while (e > s && Tokenizer.IsSpace(text[e - 1]))
            {
                e--;
            }

            if (s == e)
            {
                previousBlank = true;
                continue;
            }

            if (previousBlank)
            {
                if (paragraphStart >= 0)
                {
                    paragraphs.Add(new Paragraph(new TextSpan(paragraphStart, paragraphEnd)));
                }

                paragraph++;
                paragraphStart = s;
            }

            paragraphEnd = e;
            previousBlank = lineEnd < n && text[lineEnd] == '\u2029';
            lines.Add(new Line(s, e, paragraph, ZoneKind.Body));
        }

        if (paragraphStart >= 0)
        {
            paragraphs.Add(new Paragraph(new TextSpan(paragraphStart, paragraphEnd)));
        }
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\f' or '\v';

    private ZoneKind Classify(ReadOnlySpan<char> line)
    {
        if (line.Length > 2 && line[0] == '[' && char.IsAsciiDigit(line[1]))
        {
            int k = 1;
            while (k < line.Length && char.IsAsciiDigit(line[k]))
            {
                k++;
            }

            if (k < line.Length && line[k] == ']')
            {
                return ZoneKind.References;
            }
        }

        bool bullet = false;
        ReadOnlySpan<char> rest = line;
        if (Tokenizer.IsBullet(line[0]) || (line.Length > 1 && line[0] is '-' or '*' or '\u2013' or '\u2014' && Tokenizer.IsSpace(line[1])))
        {
            bullet = true;
            rest = line[1..].TrimStart();
            while (rest.Length > 0 && Tokenizer.IsSpace(rest[0]))
            {
                rest = rest[1..];
            }
        }

        foreach (ZonePattern pattern in _patterns)
        {
            if (pattern.IsMatch(rest))
            {
                // A by-line pattern ("By …", "Published …") only applies to a line that does not read as a sentence.
                if (pattern.Zone == ZoneKind.Dateline && EndsSentence(rest) && !DatelineParser.TryFind(rest, _dateWords, out _, out _, out _))
                {
                    continue;
                }

                return pattern.Zone;
            }
        }

        if (bullet)
        {
            return ZoneKind.Bullet;
        }

        if (DatelineParser.TryFind(line, _dateWords, out _, out _, out bool whole) && whole)
        {
            return ZoneKind.Dateline;
        }

        if (line.Length <= MaxHeadlineLength && !EndsSentence(line) && (char.IsUpper(line[0]) || char.IsDigit(line[0]) || Tokenizer.IsQuoteChar(line[0])))
        {
            return ZoneKind.Headline;
        }

        return ZoneKind.Body;
    }

    /// <summary>Whether a line ends with final punctuation, possibly followed by closing quotes or brackets or a footnote.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        int k = line.Length - 1;
        while (k >= 0)
        {
            char c = line[k];
            if (c == ']' )
            {
                int open = line[..k].LastIndexOf('[');
                if (open >= 0 && open < k)
                {
                    k = open - 1;
                    continue;
                }
            }

            if (Tokenizer.IsQuoteChar(c) || c is ')' or ']' || Tokenizer.IsSpace(c))
            {
                k--;
                continue;
            }

            return c is '.' or '!' or '?' or '\u2026' or ':' or ';';
        }

        return false;
    }
}
