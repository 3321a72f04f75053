using System.Globalization;
using NewsExtract.Lexicons;

namespace NewsExtract.Quantities;

internal enum NumberWordKind : byte
{
    Unit,
    Teen,
    Tens,
    Scale,
    Multiplier,
    Vague,
    Ordinal,
}

internal readonly record struct NumberWord(double Value, NumberWordKind Kind);

internal readonly record struct CountNoun(string Lemma, QuantityCategory Category);

/// <summary>Number words, counted nouns and qualifiers, from <c>numbers.tsv</c>, <c>countnouns.tsv</c>, <c>countlemmas.tsv</c>, <c>qualifiers.tsv</c> and <c>uncounted.tsv</c>.</summary>
internal sealed class QuantityLexicons
{
    public QuantityLexicons()
    {
        TsvTable numbers = DataFiles.LoadEmbedded("numbers.tsv");
        int w = numbers.Column("word"), v = numbers.Column("value"), k = numbers.Column("kind");
        Numbers = new SpanMap<NumberWord>(numbers.Rows.Select(r => new KeyValuePair<string, NumberWord>(
            TsvTable.Field(r, w).ToLowerInvariant(),
            new NumberWord(double.Parse(TsvTable.Field(r, v), CultureInfo.InvariantCulture), Enum.Parse<NumberWordKind>(TsvTable.Field(r, k))))));

        TsvTable nouns = DataFiles.LoadEmbedded("countnouns.tsv");
        int f = nouns.Column("form"), l = nouns.Column("lemma"), c = nouns.Column("category");
        Nouns = new SpanMap<CountNoun>(nouns.Rows.Select(r => new KeyValuePair<string, CountNoun>(
            TsvTable.Field(r, f).ToLowerInvariant(),
            new CountNoun(TsvTable.Field(r, l), Enum.Parse<QuantityCategory>(TsvTable.Field(r, c))))));
        MaxNounWords = nouns.Rows.Max(r => TsvTable.Field(r, f).Count(ch => ch == ' ') + 1);

        TsvTable lemmas = DataFiles.LoadEmbedded("countlemmas.tsv");
        int ll = lemmas.Column("lemma"), lc = lemmas.Column("category");
        Lemmas = new SpanMap<QuantityCategory>(lemmas.Rows.Select(r => new KeyValuePair<string, QuantityCategory>(
            TsvTable.Field(r, ll).ToLowerInvariant(), Enum.Parse<QuantityCategory>(TsvTable.Field(r, lc)))));

        TsvTable qualifiers = DataFiles.LoadEmbedded("qualifiers.tsv");
        int p = qualifiers.Column("phrase"), q = qualifiers.Column("qualifier");
        Qualifiers = new SpanMap<QuantityQualifier>(qualifiers.Rows.Select(r => new KeyValuePair<string, QuantityQualifier>(
            TsvTable.Field(r, p).ToLowerInvariant(), Enum.Parse<QuantityQualifier>(TsvTable.Field(r, q)))));
        MaxQualifierWords = qualifiers.Rows.Max(r => TsvTable.Field(r, p).Count(ch => ch == ' ') + 1);

        TsvTable uncounted = DataFiles.LoadEmbedded("uncounted.tsv");
        int u = uncounted.Column("word"), uk = uncounted.Column("kind");
        Uncounted = new SpanMap<string>(uncounted.Rows.Select(r => new KeyValuePair<string, string>(TsvTable.Field(r, u).ToLowerInvariant(), TsvTable.Field(r, uk))));
    }

    public SpanMap<NumberWord> Numbers { get; }

    public SpanMap<CountNoun> Nouns { get; }

    public int MaxNounWords { get; }

    /// <summary>What a counted noun counts, by its lemma, from <c>countlemmas.tsv</c>.</summary>
    public SpanMap<QuantityCategory> Lemmas { get; }

    public SpanMap<QuantityQualifier> Qualifiers { get; }

    public int MaxQualifierWords { get; }

    /// <summary>Nouns after a number that are no counts (units of money and measure, some time units), from <c>uncounted.tsv</c>.</summary>
    public SpanMap<string> Uncounted { get; }
}

/// <summary>Lower-cased keys of one or more word tokens, written into a caller's buffer.</summary>
internal static class LowerKey
{
    /// <summary>Writes tokens <paramref name="first"/>..<paramref name="first"/>+<paramref name="count"/>-1 lower-cased and
    /// joined by single spaces; returns the length, or -1 if a token is not a word or the key does not fit.</summary>
    public static int Write(string text, ReadOnlySpan<Token> tokens, int first, int count, Span<char> buffer)
    {
        int k = 0;
        for (int t = first; t < first + count; t++)
        {
            if (t >= tokens.Length || tokens[t].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return -1;
            }

            ReadOnlySpan<char> word = tokens[t].Slice(text);
            if (k + word.Length + 1 > buffer.Length)
            {
                return -1;
            }

            if (t > first)
            {
                buffer[k++] = ' ';
            }

            k += word.ToLowerInvariant(buffer[k..]);
        }

        return k;
    }
}
