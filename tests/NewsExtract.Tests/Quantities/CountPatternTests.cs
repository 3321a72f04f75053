using NewsExtract.Lexicons;
using NewsExtract.Quantities;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Quantities;

/// <summary>
/// Counts read from the parse (issue 15): partitives, "others", demonym plurals, vague plurals, counts inside quotes,
/// ranges and qualifiers on the parsed path, and the numbers that are no counts. One sentence of our own per pattern.
/// </summary>
public class CountPatternTests
{
    private static Quantity[] Counts(string text) => TestPipeline.Annotate(text).Quantities.ToArray();

    public static TheoryData<string, string, double, double?, string> Cases => new()
    {
        // Partitives count what they pick out.
        { "Guards shot down 18 of the rockets before they landed.", "18 of the rockets", 18, null, "rocket" },
        { "One of the soldiers was flown to Germany for treatment.", "One of the soldiers", 1, null, "soldier" },
        { "Police arrested two of its fighters at a checkpoint.", "two of its fighters", 2, null, "fighter" },
        { "Officials said one of the strikes hit an empty warehouse.", "one of the strikes", 1, null, "strike" },
        { "The group is one of the oldest and most feared militias in the province.", "one of the oldest and most feared militias", 1, null, "militia" },
        { "The jets destroyed one of the country's largest depots.", "one of the country's largest depots", 1, null, "depot" },
        { "Dozens of the drones were shot down.", "Dozens of the drones", 24, null, "drone" },

        // The counted noun is the noun the number modifies, whatever stands between.
        { "At least one armed drone crashed near the gate.", "At least one armed drone", 1, null, "drone" },
        { "The raid killed three servicemen and a translator.", "three servicemen", 3, null, "serviceman" },
        { "She sent one short message to the embassy.", "one short message", 1, null, "message" },

        // Demonyms and nouns of people are counted nouns.
        { "Two Americans were hurt in the blast.", "Two Americans", 2, null, "american" },
        { "Border police detained 40 Syrians overnight.", "40 Syrians", 40, null, "syrian" },
        { "If one Canadian is harmed, the minister will act.", "one Canadian", 1, null, "canadian" },

        // Vague plurals take the guidelines' floors.
        { "Hundreds of residents fled the town.", "Hundreds of residents", 200, null, "resident" },
        { "Thousands of pilgrims crossed the border.", "Thousands of pilgrims", 2000, null, "pilgrim" },
        { "Hundreds of thousands of people lost power.", "Hundreds of thousands of people", 200_000, null, "person" },
        { "At least half-a-dozen raids were reported.", "At least half-a-dozen raids", 6, null, "raid" },
        { "The convoy carried half a dozen launchers.", "half a dozen launchers", 6, null, "launcher" },

        // Ranges and qualifiers are kept on the parsed path.
        { "Between 40 and 50 militants joined the assault.", "Between 40 and 50 militants", 40, 50, "militant" },
        { "Nearly 300 to 400 families returned home.", "Nearly 300 to 400 families", 300, 400, "family" },
        { "More than two dozen mortar rounds fell in the district.", "More than two dozen mortar rounds", 24, null, "mortar round" },

        // Counts inside quotations are counts.
        { "\u201CThree drones came from the east,\u201D the officer said.", "Three drones", 3, null, "drone" },
        { "\"We lost four vehicles,\" he told reporters.", "four vehicles", 4, null, "vehicle" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Count_OnTheParse_HasSpanValueAndNoun(string text, string span, double value, double? max, string noun)
    {
        Quantity q = Counts(text).Should().ContainSingle().Subject;
        int start = text.IndexOf(span, StringComparison.Ordinal);
        q.Span.Should().Be(new TextSpan(start, start + span.Length));
        text[q.Span.Start..q.Span.End].Should().Be(span);
        q.Value.Should().Be(value);
        q.Max.Should().Be(max);
        q.Noun.Should().Be(noun);
    }

    [Fact]
    public void Others_TakesTheNounOfTheEarlierCount()
    {
        const string text = "The strike killed two soldiers and wounded nine others.";
        Quantity[] counts = Counts(text);
        counts.Select(q => text[q.Span.Start..q.Span.End]).Should().Equal("two soldiers", "nine others");
        counts[1].Value.Should().Be(9);
        counts[1].Noun.Should().Be("soldier");
        counts[1].Category.Should().Be(QuantityCategory.Injured);
    }

    [Fact]
    public void Others_TakesTheNearestEarlierCount_EvenOfPeople()
    {
        const string text = "Three of the guards fled. Officials said one person died and two others were hurt.";
        Quantity[] counts = Counts(text);
        counts.Select(q => text[q.Span.Start..q.Span.End]).Should().Equal("Three of the guards", "one person", "two others");
        counts[2].Noun.Should().Be("person");
    }

    [Fact]
    public void Others_WithNoEarlierCount_CountsPeople()
    {
        const string text = "The blast wounded a guard and three others.";
        Quantity q = Counts(text).Should().ContainSingle().Subject;
        text[q.Span.Start..q.Span.End].Should().Be("three others");
        q.Noun.Should().Be("person");
    }

    [Fact]
    public void PartitivePronoun_TakesTheNounOfTheEarlierCount()
    {
        const string text = "Militants fired five rockets at the base. Two of them fell short.";
        Quantity[] counts = Counts(text);
        counts.Select(q => text[q.Span.Start..q.Span.End]).Should().Equal("five rockets", "Two of them");
        counts[1].Noun.Should().Be("rocket");
        counts[1].Category.Should().Be(QuantityCategory.Munitions);
    }

    [Fact]
    public void Headline_VerbThenBareNumber_CountsPeople()
    {
        const string text = "Car Bomb Kills 3, Injures 7\n\nA car bomb exploded in the market on Monday.";
        Quantity[] counts = Counts(text);
        counts.Select(q => text[q.Span.Start..q.Span.End]).Should().Equal("3", "7");
        counts.Select(q => q.Noun).Should().Equal("person", "person");
        counts.Select(q => q.Category).Should().Equal(QuantityCategory.Killed, QuantityCategory.Injured);
    }

    [Theory]
    [InlineData("Iraqi police stopped 12 Iranians at the crossing.", QuantityCategory.People)]
    [InlineData("Officials said six gunmen opened fire.", QuantityCategory.Personnel)]
    [InlineData("The base received 30 new airstrikes.", QuantityCategory.Attacks)]
    public void Category_ComesFromTheLemma(string text, QuantityCategory category)
    {
        Counts(text).Should().ContainSingle().Which.Category.Should().Be(category);
    }

    [Theory]
    [InlineData("An AC-130 gunship circled the area.")]
    [InlineData("Iran flies the Shahed 136 drones over the gulf.")]
    [InlineData("The review took a 360-degree look at the policy.")]
    [InlineData("Of the five, one targeted the airport.")]
    [InlineData("It was the fifth attack in a ten-day period.")]
    [InlineData("Half the staff left.")]
    [InlineData("On the one hand, the talks stalled.")]
    public void NotACount_OnTheParse(string text)
    {
        Counts(text).Should().BeEmpty();
    }

    [Fact]
    public void Lemmas_UnlistedLemma_TakesTheCategoryOfItsLongestListedEnding()
    {
        LexiconSet lexicons = LexiconSet.Default;
        var lemmas = new CountLemmas(lexicons.QuantityLexicons.Lemmas, lexicons.EntityLexicons.Demonyms);
        lemmas.Category("serviceman", null, false, out _).Should().Be(QuantityCategory.People);
        lemmas.Category("member", "service", false, out string noun).Should().Be(QuantityCategory.Personnel);
        noun.Should().Be("service member");
        lemmas.Category("american", null, demonym: true, out _).Should().Be(QuantityCategory.People);
        lemmas.Category("teapot", null, false, out _).Should().Be(QuantityCategory.Other);
    }

    [Theory]
    [InlineData("attack", "attacks")]
    [InlineData("militia", "militias")]
    [InlineData("casualty", "casualties")]
    [InlineData("convoy", "convoys")]
    [InlineData("ambush", "ambushes")]
    [InlineData("gunman", "gunmen")]
    [InlineData("air strike", "air strikes")]
    public void NounForms_RegularPlural(string lemma, string plural)
    {
        NounForms.Plural(lemma).Should().Be(plural);
    }

    [Fact]
    public void Lexicon_EveryFormOfALemmaRowFindsTheLemma()
    {
        QuantityLexicons lexicons = LexiconSet.Default.QuantityLexicons;
        lexicons.Nouns.TryGetValue("people", out CountNoun people).Should().BeTrue();
        people.Lemma.Should().Be("person");
        lexicons.Nouns.TryGetValue("casualties", out CountNoun casualty).Should().BeTrue();
        casualty.Lemma.Should().Be("casualty");
        lexicons.Nouns.ContainsKey("aircrafts").Should().BeFalse("a '-' plural marks a noun that is its own plural");
    }

    [Fact]
    public void ParseSelection_OnlySentencesWithANumberThatMayBeACount()
    {
        const string text = "The base was quiet. Three rockets hit it. Nobody was hurt on June 18, 2020. It cost $5 million.";
        NewsDocument doc = TestPipeline.Annotate(text);
        var numbers = new NumberParser(LexiconSet.Default.QuantityLexicons);
        var exclusions = new CountExclusions(LexiconSet.Default.DateWords);
        Token[] tokens = [.. doc.Tokens];
        doc.Sentences.Select(s => CountParseSelection.NeedsParse(text, tokens, s, numbers, exclusions)).Should().Equal(false, true, false, false);
    }
}
