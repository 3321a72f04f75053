using System.Globalization;

namespace NewsExtract;

/// <summary>
/// Writes a document's syntax as CoNLL-U (universaldependencies.org/format.html), so the output opens in any UD tool.
/// Each sentence gets <c># sent_id</c> and <c># text</c>; MISC carries <c>SpaceAfter=No</c> and <c>TokenRange=start:end</c>
/// (UTF-16 offsets into the document text).
/// </summary>
public static class NewsDocumentConllu
{
    /// <summary>Writes every sentence of <paramref name="document"/>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="document">A document annotated with <see cref="NewsExtractorOptions.Syntax"/> set.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The document has no syntax layer.</exception>
    public static void Write(TextWriter output, NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        if (document.Syntax.Length != document.Tokens.Length)
        {
            throw new InvalidOperationException(Errors.NoSyntaxLayer);
        }

        string text = document.Text;
        int id = 0;
        foreach (Sentence sentence in document.Sentences)
        {
            if (sentence.TokenCount == 0)
            {
                continue;
            }

            output.Write("# sent_id = ");
            output.WriteLine((++id).ToString(CultureInfo.InvariantCulture));
            output.Write("# text = ");
            output.WriteLine(OneLine(sentence.Span.Slice(text)));
            for (int k = 0; k < sentence.TokenCount; k++)
            {
                int i = sentence.FirstToken + k;
                Token token = document.Tokens[i];
                TokenSyntax s = document.Syntax[i];
                int head = s.Head < 0 ? 0 : s.Head - sentence.FirstToken + 1;
                bool spaceAfter = i + 1 >= document.Tokens.Length || document.Tokens[i + 1].Start > token.End;
                output.Write((k + 1).ToString(CultureInfo.InvariantCulture));
                output.Write('\t');
                output.Write(Field(token.Slice(text)));
                output.Write('\t');
                output.Write(Field(s.Lemma));
                output.Write('\t');
                output.Write(s.Upos.ToUD());
                output.Write('\t');
                output.Write(s.Xpos);
                output.Write('\t');
                output.Write(s.Features);
                output.Write('\t');
                output.Write(s.Relation.Length == 0 ? "_" : head.ToString(CultureInfo.InvariantCulture));
                output.Write('\t');
                output.Write(s.Relation.Length == 0 ? "_" : s.Relation);
                output.Write("\t_\t");
                output.Write(spaceAfter ? "" : "SpaceAfter=No|");
                output.Write("TokenRange=");
                output.Write(token.Start.ToString(CultureInfo.InvariantCulture));
                output.Write(':');
                output.WriteLine(token.End.ToString(CultureInfo.InvariantCulture));
            }

            output.WriteLine();
        }
    }

    /// <summary>A field may hold no tab or line break; an empty field is written as <c>_</c>.</summary>
    private static string Field(ReadOnlySpan<char> value) => value.Length == 0 ? "_" : OneLine(value);

    private static string OneLine(ReadOnlySpan<char> value)
    {
        var chars = value.ToArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '\t' or '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }
}
