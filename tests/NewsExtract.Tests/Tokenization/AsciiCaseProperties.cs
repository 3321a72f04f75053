using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using NewsExtract.Dates;
using NewsExtract.Lexicons;

namespace NewsExtract.Tests.Tokenization;

/// <summary>
/// The ASCII fast paths (issue 18) give exactly what the invariant and ordinal methods give, on random text mixing
/// ASCII with letters whose case mapping is special (Turkish dotted and dotless i, the Kelvin sign, final sigma,
/// ligatures, German sharp s), invisible characters and surrogate halves.
/// </summary>
public class AsciiCaseProperties
{
    private const string Tricky = "\u0130\u0131\u212A\u212B\u03A3\u03C3\u03C2\uFB01\u00DF\u1E9E\u00C9\u00E9\u00AD\u200B\u200F\uFEFF\uD83D\uDE80\u0301";

    private static Gen<string> Words =>
        Gen.Frequency(
            (8, Gen.Elements("MayJuneJulymarchSEPT.sept.TuesdayLastweekyesterdaymonthsAgoagoearly-mid ".ToCharArray())),
            (2, Gen.Elements(Tricky.ToCharArray())),
            (1, Gen.Choose(0, 0xFFFF).Select(i => (char)i)))
        .ArrayOf()
        .Select(chars => new string(chars, 0, Math.Min(chars.Length, 40)));

    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(2000).WithReplay(new Replay(new Rnd(20261207UL), FSharpOption<int>.None));

    [Fact]
    public void ToLowerInvariant_AnyText_EqualsTheInvariantCulture()
    {
        Prop.ForAll(Words.ToArbitrary(), text =>
        {
            char[] fast = new char[text.Length], slow = new char[text.Length];
            AsciiCase.ToLowerInvariant(text, fast).Should().Be(text.AsSpan().ToLowerInvariant(slow));
            new string(fast).Should().Be(new string(slow));
            AsciiCase.ToLowerInvariant(text + "x", fast).Should().Be(-1, "a destination too small is refused, as MemoryExtensions does");
        }).Check(s_config);
    }

    [Fact]
    public void EqualsIgnoreCase_AnyPair_EqualsOrdinalIgnoreCase()
    {
        Prop.ForAll(Words.ToArbitrary(), Words.ToArbitrary(), (a, b) =>
        {
            AsciiCase.EqualsIgnoreCase(a, b).Should().Be(a.Equals(b, StringComparison.OrdinalIgnoreCase));
            string upper = a.ToUpperInvariant();
            AsciiCase.EqualsIgnoreCase(a, upper).Should().Be(a.Equals(upper, StringComparison.OrdinalIgnoreCase));
        }).Check(s_config);
    }

    [Fact]
    public void DateWordLookup_AnyWord_EqualsTheLookupWithoutFastPaths()
    {
        DateWords words = LexiconSet.Default.DateWords;
        TsvTable table = DataFiles.LoadEmbedded("datewords.tsv");
        int word = table.Column("word"), kind = table.Column("kind"), value = table.Column("value");
        var reference = new SpanMap<DateWord>(table.Rows.Select(r => new KeyValuePair<string, DateWord>(
            TsvTable.Field(r, word).ToLowerInvariant(),
            new DateWord(Enum.Parse<DateWordKind>(TsvTable.Field(r, kind)), int.TryParse(TsvTable.Field(r, value), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int v) ? v : 0))));
        Prop.ForAll(Words.ToArbitrary(), text =>
        {
            bool expected = false;
            DateWord expectedWord = default;
            if (text.Length <= 32)
            {
                Span<char> lower = stackalloc char[text.Length];
                text.AsSpan().ToLowerInvariant(lower);
                expected = reference.TryGetValue(lower, out expectedWord);
            }

            words.TryGet(text, out DateWord actual).Should().Be(expected, text);
            actual.Should().Be(expectedWord);
        }).Check(s_config);
    }

    [Theory]
    [InlineData("May", true)]
    [InlineData("SEPT.", true)]
    [InlineData("Tues\u00ADday", true)]
    [InlineData("\u200BMonday", true)]
    [InlineData("Mayor", false)]
    [InlineData("a", false)]
    [InlineData("", false)]
    public void DateWordLookup_FastPathCases(string word, bool found)
    {
        LexiconSet.Default.DateWords.TryGet(word, out _).Should().Be(found);
    }
}
