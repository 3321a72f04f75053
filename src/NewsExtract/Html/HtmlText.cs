using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsExtract;

/// <summary>
/// HTML escaping and the small text helpers shared by the article page (<see cref="NewsDocumentHtml"/>) and the corpus
/// report (<see cref="CorpusReport"/>).
/// </summary>
/// <remarks>
/// <c>&amp; &lt; &gt; " '</c> become references, so a value is safe in element content and in a quoted attribute.
/// Characters that HTML cannot carry become stand-ins: C0 controls other than tab, line feed and carriage return as
/// their Control Pictures (U+2400 block), unpaired surrogates and U+FFFE/U+FFFF as U+FFFD. Bidirectional controls are
/// kept (they may be meant) but every element that holds text from an article is isolated with <c>dir="auto"</c> or
/// <c>&lt;bdi&gt;</c>, so an override cannot leak into the markup around it.
/// </remarks>
internal static class HtmlText
{
    private static readonly SearchValues<char> s_special = SearchValues.Create(BuildSpecialCharacters());

    /// <summary>Writes <paramref name="value"/> HTML-escaped.</summary>
    public static void Write(TextWriter writer, string? value)
    {
        if (value is not null)
        {
            Write(writer, value, 0, value.Length);
        }
    }

    /// <summary>Writes <c>value[start..end]</c> HTML-escaped.</summary>
    public static void Write(TextWriter writer, string value, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            ReadOnlySpan<char> rest = value.AsSpan(i, end - i);
            int k = rest.IndexOfAny(s_special);
            if (k < 0)
            {
                writer.Write(rest);
                return;
            }

            writer.Write(rest[..k]);
            i += k;
            char c = value[i];
            switch (c)
            {
                case '&':
                    writer.Write("&amp;");
                    break;
                case '<':
                    writer.Write("&lt;");
                    break;
                case '>':
                    writer.Write("&gt;");
                    break;
                case '"':
                    writer.Write("&quot;");
                    break;
                case '\'':
                    writer.Write("&#39;");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(value[i + 1]))
                    {
                        writer.Write(c);
                        writer.Write(value[i + 1]);
                        i++;
                    }
                    else
                    {
                        // A control character shows as its Control Picture (U+0000 as U+2400); a lone surrogate or a
                        // non-character as the replacement character. Neither is allowed in HTML (or XML) text.
                        writer.Write(c < ' ' ? (char)(0x2400 + c) : '\uFFFD');
                    }

                    break;
            }

            i++;
        }
    }

    /// <summary>Returns <paramref name="value"/> HTML-escaped.</summary>
    public static string Escape(string value)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, value);
        return writer.ToString();
    }

    /// <summary>Writes the value escaped inside <c>&lt;bdi&gt;</c>, which isolates any right-to-left text or bidi control in it.</summary>
    public static void WriteIsolated(TextWriter writer, string? value)
    {
        writer.Write("<bdi>");
        Write(writer, value);
        writer.Write("</bdi>");
    }

    /// <summary>Collapses white space to single spaces and cuts the text to <paramref name="max"/> code units (never inside a surrogate pair).</summary>
    public static string OneLine(string value, int max)
    {
        var line = new StringBuilder(Math.Min(value.Length, max + 1));
        bool space = false;
        foreach (char c in value.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                line.Append(' ');
                space = false;
            }

            line.Append(c);
        }

        if (line.Length <= max)
        {
            return line.ToString();
        }

        int cut = max;
        if (char.IsLowSurrogate(line[cut]) && char.IsHighSurrogate(line[cut - 1]))
        {
            cut--;
        }

        return line.ToString(0, cut).TrimEnd() + "\u2026";
    }

    /// <summary>An integer in the invariant culture, without separators.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number in the invariant culture with thousands separators and up to three decimals.</summary>
    public static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    /// <summary>An integer with thousands separators, for people to read.</summary>
    public static string Grouped(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string BuildSpecialCharacters()
    {
        var chars = new StringBuilder("&<>\"'");
        for (char c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                chars.Append(c);
            }
        }

        for (char c = '\uD800'; c <= '\uDFFF'; c++)
        {
            chars.Append(c);
        }

        return chars.Append('\uFFFE').Append('\uFFFF').ToString();
    }
}
