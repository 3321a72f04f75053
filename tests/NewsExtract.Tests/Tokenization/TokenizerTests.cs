using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Tokenization;

public class TokenizerTests
{
    private static string[] Texts(string text) =>
        TestPipeline.Annotate(text).Tokens.Select(t => text[t.Start..t.End]).ToArray();

    private static Token[] Tokens(string text) => TestPipeline.Annotate(text).Tokens.ToArray();

    public static TheoryData<string, string> Cases => new()
    {
        // abbreviations and initials
        { "U.S. forces", "U.S.|forces" },
        { "U.S.-Iraqi ties", "U.S.|-|Iraqi|ties" },
        { "Gen. Kenneth McKenzie", "Gen.|Kenneth|McKenzie" },
        { "Lt. Col. Smith", "Lt.|Col.|Smith" },
        { "on Jan. 3", "on|Jan.|3" },
        { "No. 2 official", "No.|2|official" },
        { "Mr. Esper", "Mr.|Esper" },
        { "J. Jeffrey", "J.|Jeffrey" },
        { "e.g. rockets", "e.g.|rockets" },
        { "the U.S would continue", "the|U.S|would|continue" },
        // numbers
        { "2,500 troops", "2,500|troops" },
        { "1.5 million", "1.5|million" },
        { "5,000 to 7,000", "5,000|to|7,000" },
        { "5,000-7,000 troops", "5,000|-|7,000|troops" },
        { "30-plus rocket attacks", "30|-|plus|rocket|attacks" },
        { "a 14,000-strong deployment", "a|14,000|-|strong|deployment" },
        { "360-degree partnership", "360|-|degree|partnership" },
        { "in 2020.", "in|2020|." },
        { "the 11th attack", "the|11th|attack" },
        { "the 1990s", "the|1990s" },
        { "at 10:30 a.m.", "at|10:30|a.m." },
        // hyphens and apostrophes
        { "Al-Asad Air Base", "Al|-|Asad|Air|Base" },
        { "Asa'ib Ahl al-Haq", "Asa'ib|Ahl|al|-|Haq" },
        { "Kata'ib Hezbollah", "Kata'ib|Hezbollah" },
        { "Asa\u2019ib", "Asa\u2019ib" },
        { "IRGC-QF commander", "IRGC|-|QF|commander" },
        { "Iran's proxies", "Iran|'s|proxies" },
        { "Iran\u2019s proxies", "Iran|\u2019s|proxies" },
        { "we\u2019ve seen", "we|\u2019ve|seen" },
        { "it\u2019s not good", "it|\u2019s|not|good" },
        { "don't know", "do|n't|know" },
        { "the forces\u2019 positions", "the|forces|\u2019|positions" },
        // quotation marks
        { "a U.S.-Iraq \u2018strategic dialogue\u2019 indicates", "a|U.S.|-|Iraq|\u2018|strategic|dialogue|\u2019|indicates" },
        { "\u201CWe think so.\u201D", "\u201C|We|think|so|.|\u201D" },
        { "\"quiet,\" he said", "\"|quiet|,|\"|he|said" },
        // dashes, ellipses, bullets, footnotes, web
        { "coalition\u2014or bases", "coalition|\u2014|or|bases" },
        { "objective \u2013 the withdrawal", "objective|\u2013|the|withdrawal" },
        { "actions \u2026 to get", "actions|\u2026|to|get" },
        { "wait... what", "wait|...|what" },
        { "\u2022 Targets include", "\u2022|Targets|include" },
        { "the country. [1]", "the|country|.|[1]" },
        { "[10] \u201CTitle\u201D", "[10]|\u201C|Title|\u201D" },
        { "see https://example.org/a?b=1.", "see|https://example.org/a?b=1|." },
        { "visit www.example.com today", "visit|www.example.com|today" },
        { "mail press@example.org now", "mail|press@example.org|now" },
        { "#Iraq and @CENTCOM", "#Iraq|and|@CENTCOM" },
        { "\u00A9 The Group", "\u00A9|The|Group" },
        { "bad \uFFFD char", "bad|\uFFFD|char" },
        { "fa\u00E7ade strategy", "fa\u00E7ade|strategy" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenize_SplitsAsExpected(string text, string expected)
    {
        string.Join("|", Texts(text)).Should().Be(expected);
    }

    [Theory]
    [InlineData("attacked\u00A0U.S.\u00A0personnel", "attacked|U.S.|personnel")]
    [InlineData("line one\r\nline two", "line|one|line|two")]
    [InlineData("tab\tseparated", "tab|separated")]
    [InlineData("zero\u200B width", "zero|width")]
    [InlineData("end.\u200BNext", "end|.|Next")]
    public void Tokenize_TreatsEveryWhiteSpaceAsSeparator(string text, string expected)
    {
        string.Join("|", Texts(text)).Should().Be(expected);
    }

    [Fact]
    public void Tokenize_FlagsLineAndParagraphBreaks()
    {
        Token[] tokens = Tokens("One two\nthree\r\n\r\nfour");
        tokens[0].Has(TokenTraits.ParagraphBefore).Should().BeTrue("the first token starts a paragraph");
        tokens[1].Has(TokenTraits.SpaceBefore).Should().BeTrue();
        tokens[1].Has(TokenTraits.LineBreakBefore).Should().BeFalse();
        tokens[2].Has(TokenTraits.LineBreakBefore).Should().BeTrue();
        tokens[2].Has(TokenTraits.ParagraphBefore).Should().BeFalse();
        tokens[3].Has(TokenTraits.ParagraphBefore).Should().BeTrue("CRLF CRLF is a blank line");
    }

    [Fact]
    public void Tokenize_KindsAreAssigned()
    {
        const string text = "KH fired 38 rockets on the 3rd \u201Cday\u201D [2] \u2022 \u00A9 Iran\u2019s";
        Token[] tokens = Tokens(text);
        tokens.Select(t => t.Kind).Should().Equal(
            TokenKind.Word, TokenKind.Word, TokenKind.Number, TokenKind.Word, TokenKind.Word, TokenKind.Word, TokenKind.Ordinal,
            TokenKind.Quote, TokenKind.Word, TokenKind.Quote, TokenKind.Footnote, TokenKind.Bullet, TokenKind.Symbol,
            TokenKind.Word, TokenKind.Clitic);
    }

    [Fact]
    public void Tokenize_CaseTraits()
    {
        Token[] tokens = Tokens("CENTCOM said U.S. officials");
        tokens[0].Has(TokenTraits.AllCaps | TokenTraits.Capitalized).Should().BeTrue();
        tokens[1].Has(TokenTraits.Capitalized).Should().BeFalse();
        tokens[2].Has(TokenTraits.AllCaps | TokenTraits.Abbreviation).Should().BeTrue();
    }

    [Theory]
    [InlineData("\u201CWe think so.\u201D", 0, true)]
    [InlineData("\u201CWe think so.\u201D", 5, false)]
    [InlineData("he said \"no\" today", 2, true)]
    [InlineData("he said \"no\" today", 4, false)]
    [InlineData("the \u2018Green Zone\u2019 where", 1, true)]
    [InlineData("the \u2018Green Zone\u2019 where", 4, false)]
    [InlineData("Source: \u201DCombat Training\u201D, U.S.", 2, true)]
    public void Tokenize_QuoteDirectionFollowsContext(string text, int index, bool open)
    {
        Token quote = Tokens(text)[index];
        quote.Kind.Should().Be(TokenKind.Quote);
        quote.Has(open ? TokenTraits.OpenQuote : TokenTraits.CloseQuote).Should().BeTrue();
    }

    [Fact]
    public void Tokenize_ApostropheInNameIsNeverAQuote()
    {
        Tokens("Kata\u2019ib Hizballah and Iran\u2019s allies").Should().NotContain(t => t.Kind == TokenKind.Quote);
    }

    [Fact]
    public void Tokenize_HugeWordIsCutIntoBoundedTokens()
    {
        string text = new('a', 100_000);
        Token[] tokens = Tokens(text);
        tokens.Should().HaveCount(2);
        tokens.Sum(t => t.Length).Should().Be(100_000);
        tokens.Should().OnlyContain(t => t.Length <= Token.MaxLength);
    }

    [Fact]
    public void Tokenize_SurrogatePairsStayWhole()
    {
        const string text = "fire \uD83D\uDD25\uD83D\uDD25 here";
        string.Join("|", Texts(text)).Should().Be("fire|\uD83D\uDD25|\uD83D\uDD25|here");
    }
}
