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

/// <summary>Number words, counted nouns and qualifiers, from <c>numbers.tsv</c>, <c>countlemmas.tsv</c>, <c>qualifiers.tsv</c> and <c>uncounted.tsv</c>.</summary>
internal sealed class QuantityLexicons
{
    public QuantityLexicons()
    {
        TsvTable numbers = DataFiles.LoadEmbedded("numbers.tsv");
        int w = numbers.Column("word"), v = numbers.Column("value"), k = numbers.Column("kind");
        Numbers = new SpanMap<NumberWord>(numbers.Rows.Select(r => new KeyValuePair<string, NumberWord>(
            TsvTable.Field(r, w).ToLowerInvariant(),
            new NumberWord(double.Parse(TsvTable.Field(r, v), CultureInfo.InvariantCulture), Enum.Parse<NumberWordKind>(TsvTable.Field(r, k))))));

        // Every form of a counted noun comes from its lemma row: the lemma, and its plural by rule or as listed.
        TsvTable lemmas = DataFiles.LoadEmbedded("countlemmas.tsv");
        int ll = lemmas.Column("lemma"), lc = lemmas.Column("category"), lp = lemmas.Column("plural");
        var forms = new List<KeyValuePair<string, CountNoun>>();
        var categories = new List<KeyValuePair<string, QuantityCategory>>();
        foreach (string[] r in lemmas.Rows)
        {
            string lemma = TsvTable.Field(r, ll).ToLowerInvariant();
            var noun = new CountNoun(lemma, Enum.Parse<QuantityCategory>(TsvTable.Field(r, lc)));
            categories.Add(new(lemma, noun.Category));
            forms.Add(new(lemma, noun));
            string plural = TsvTable.Field(r, lp);
            IEnumerable<string> plurals = plural switch
            {
                "" => [NounForms.Plural(lemma)],
                "-" => [],
                _ => plural.Split('|'),
            };
            forms.AddRange(plurals.Select(f => new KeyValuePair<string, CountNoun>(f.ToLowerInvariant(), noun)));
        }

        Nouns = new SpanMap<CountNoun>(forms);
        MaxNounWords = forms.Max(f => f.Key.Count(ch => ch == ' ') + 1);
        Lemmas = new SpanMap<QuantityCategory>(categories);

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

    /// <summary>Every form of a counted noun (lemma and plurals) to its lemma and category, built from <c>countlemmas.tsv</c>.</summary>
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

            k += AsciiCase.ToLowerInvariant(word, buffer[k..]);
        }

        return k;
    }
}
