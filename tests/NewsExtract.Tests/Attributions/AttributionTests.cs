using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Attributions;

/// <summary>Each pattern of reported speech, in sentences written for these tests, with invented names where no
/// gazetteer entry is needed.</summary>
public class AttributionTests
{
    private static NewsExtract.Attribution[] Statements(string text) => TestPipeline.Annotate(text).Attributions.ToArray();

    private static string Slice(string text, TextSpan span) => text[span.Start..span.End];

    public static TheoryData<string, AttributionKind, string, SourceKind, string?, string> Cases => new()
    {
        // Direct quotes, cue after, inverted, before, with colon, with an object.
        { "\u201CThe base is quiet,\u201D Mike Pompeo said.", AttributionKind.Direct, "Mike Pompeo", SourceKind.Named, "said", "The base is quiet," },
        { "\"The base is quiet,\" said Mike Pompeo.", AttributionKind.Direct, "Mike Pompeo", SourceKind.Named, "said", "The base is quiet," },
        { "Mark Esper told reporters, \"We think so.\"", AttributionKind.Direct, "Mark Esper", SourceKind.Named, "told reporters", "We think so." },
        { "Mark Esper said on Monday: \u2018We are not leaving.\u2019", AttributionKind.Direct, "Mark Esper", SourceKind.Named, "said", "We are not leaving." },
        { "\u201CNobody was hurt,\u201D a US official said.", AttributionKind.Direct, "a US official", SourceKind.Anonymous, "said", "Nobody was hurt," },
        // Reported speech.
        { "Mark Esper said the attacks would stop soon.", AttributionKind.Indirect, "Mark Esper", SourceKind.Named, "said", "the attacks would stop soon" },
        { "Defense officials reported that most of the attacks failed.", AttributionKind.Indirect, "Defense officials", SourceKind.Anonymous, "reported", "most of the attacks failed" },
        { "The militia claimed responsibility for the rocket attack.", AttributionKind.Indirect, "The militia", SourceKind.Nominal, "claimed responsibility", "the rocket attack" },
        { "Mike Pompeo has called on Iraq to protect the embassy.", AttributionKind.Indirect, "Mike Pompeo", SourceKind.Named, "called on", "to protect the embassy" },
        { "The rockets were fired from the north, officials said.", AttributionKind.Indirect, "officials", SourceKind.Anonymous, "said", "The rockets were fired from the north" },
        { "Mike Pompeo warned that the U.S. would \u201Crespond decisively\u201D to any attack.", AttributionKind.Mixed, "Mike Pompeo", SourceKind.Named, "warned", "the U.S. would \u201Crespond decisively\u201D to any attack" },
        // According to, before and after.
        { "The convoy entered the Green Zone, according to an Iraqi security source.", AttributionKind.AccordingTo, "an Iraqi security source", SourceKind.Anonymous, "according to", "The convoy entered the Green Zone" },
        { "According to Reuters, the convoy entered the Green Zone.", AttributionKind.AccordingTo, "Reuters", SourceKind.Named, "According to", "the convoy entered the Green Zone" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Statement_IsFoundWithSourceCueAndContent(string text, AttributionKind kind, string source, SourceKind sourceKind, string? cue, string content)
    {
        NewsExtract.Attribution a = Statements(text).Should().ContainSingle().Subject;
        a.Kind.Should().Be(kind);
        Slice(text, a.Source!.Span).Should().Be(source);
        a.Source.Kind.Should().Be(sourceKind);
        (a.Cue is TextSpan c ? Slice(text, c) : null).Should().Be(cue);
        Slice(text, a.Content).Should().Be(content);
    }

    [Fact]
    public void SplitQuote_GivesTwoStatementsWithOneSource()
    {
        const string text = "\u201CThe base is quiet,\u201D Mark Esper said. \u201CBut it is hard to pin down.\u201D";
        NewsExtract.Attribution[] all = Statements(text);
        all.Should().HaveCount(2);
        all.Select(a => Slice(text, a.Source!.Span)).Should().AllBe("Mark Esper");
        all[1].Cue.Should().BeNull("the second part has no cue of its own");
        all[1].Rule.Should().Be("QuoteContinuation");
        all[1].Stance.Should().Be(Stance.Hedged, "'hard to pin down' hedges");
    }

    [Fact]
    public void Pronoun_ResolvesToTheLatestPersonNamed()
    {
        const string text = "Mark Esper spoke to reporters.\n\n\u201CMy suspicion would be that Iran is behind it,\u201D he said.";
        NewsExtract.Attribution a = Statements(text).Should().ContainSingle().Subject;
        a.Source!.Kind.Should().Be(SourceKind.Pronoun);
        a.Source.Key.Should().Be("mark-esper");
        a.Stance.Should().Be(Stance.Hedged);
    }

    [Fact]
    public void Denial_HasDeniedStance()
    {
        const string text = "Mark Esper on Friday denied a report that more troops were coming.";
        NewsExtract.Attribution a = Statements(text).Should().ContainSingle().Subject;
        a.Stance.Should().Be(Stance.Denied);
        a.CueLemma.Should().Be("deny");
    }

    [Fact]
    public void Apposition_BetweenSpeakerAndCue_KeepsTheSpeaker()
    {
        const string text = "Brett McGurk, the envoy for the coalition, said the attacks had slowed.";
        NewsExtract.Attribution a = Statements(text).Should().ContainSingle().Subject;
        Slice(text, a.Source!.Span).Should().Be("Brett McGurk");
        Slice(text, a.Content).Should().Be("the attacks had slowed");
    }

    [Theory]
    [InlineData("Iran\u2019s leaders and Kata\u2019ib Hizballah rejected talks.")]
    [InlineData("Photo: \u201CA convoy near the border\u201D / Getty Images")]
    [InlineData("The new attacks indicate that the truce failed.")]
    [InlineData("The so-called \u2018Green Zone\u2019 was hit.")]
    public void NotAStatement(string text)
    {
        Statements(text).Should().BeEmpty();
    }

    [Fact]
    public void UnclosedQuote_EndsAtItsParagraph()
    {
        const string text = "\u201CThis quote never closes, he said\n\nThe next paragraph is plain narration about rockets.";
        NewsDocument doc = TestPipeline.Annotate(text);
        doc.Quotes.Should().ContainSingle().Which.Span.End.Should().BeLessThan(text.IndexOf("The next", StringComparison.Ordinal));
    }

    [Fact]
    public void NoStatementIsOutputTwice()
    {
        string text = File.ReadAllText(Path.Combine(Repo.Corpus, "004_0797fbdfc2b6d695.txt"));
        NewsDocument doc = TestPipeline.Annotate(text);
        doc.Attributions.GroupBy(a => (a.Content, a.Source?.Span)).Should().OnlyContain(g => g.Count() == 1);
    }

    [Fact]
    public void Statement_ListsTheEntitiesCountsAndDatesInItsContent()
    {
        const string text = "Mark Esper said Kataib Hezbollah fired 30 rockets at Ayn al-Asad on Monday.";
        NewsDocument doc = TestPipeline.Annotate(text, new DateOnly(2020, 1, 23));
        NewsExtract.Attribution a = doc.Attributions.Should().ContainSingle().Subject;
        doc.EntitiesIn(a.Content).Select(e => e.Key).Should().Equal("kataib-hezbollah", "ayn-al-asad-air-base");
        doc.QuantitiesIn(a.Content).Select(q => doc.GetText(q.Span)).Should().Equal("30 rockets");
        doc.DatesIn(a.Content).Select(d => d.Value).Should().Equal("2020-01-20");
        NewsDocumentJson.Serialize(doc).Should().Contain("\"about\"").And.Contain("\"kataib-hezbollah\"");
    }

    [Theory]
    [InlineData("Iraq officials: rockets hit the base\n\nBody text follows here.", "Iraq officials", "rockets hit the base")]
    [InlineData("Rockets will not deter us: Mark Esper\n\nBody text follows here.", "Mark Esper", "Rockets will not deter us")]
    public void HeadlineWithColon_IsAccordingToWithoutCue(string text, string source, string content)
    {
        NewsExtract.Attribution a = Statements(text).Should().ContainSingle().Subject;
        a.Kind.Should().Be(AttributionKind.AccordingTo);
        a.Cue.Should().BeNull();
        Slice(text, a.Source!.Span).Should().Be(source);
        Slice(text, a.Content).Should().Be(content);
    }
}
