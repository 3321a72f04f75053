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
    public void Denial_OfAReport_IsDeniedAndTheReportStatesItsClaim()
    {
        // ANNOTATION-NOTES: "denied a report that P" is the denial of "a report that P", plus P stated by the report.
        const string text = "Mark Esper on Friday denied a report that more troops were coming.";
        NewsExtract.Attribution[] all = Statements(text);
        all.Should().HaveCount(2);
        NewsExtract.Attribution denial = all.Single(a => a.Cue is not null);
        denial.Stance.Should().Be(Stance.Denied);
        denial.CueLemma.Should().Be("deny");
        Slice(text, denial.Source!.Span).Should().Be("Mark Esper");
        Slice(text, denial.Content).Should().Be("a report that more troops were coming");
        NewsExtract.Attribution report = all.Single(a => a.Cue is null);
        Slice(text, report.Source!.Span).Should().Be("a report");
        report.Source.Kind.Should().Be(SourceKind.Document);
        report.Stance.Should().Be(Stance.Asserted);
        Slice(text, report.Content).Should().Be("more troops were coming");
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

    // ------------------------------------------------------------ issue #6: patterns of reported speech beyond "X said"

    /// <summary>The one statement whose content is <paramref name="content"/>.</summary>
    private static NewsExtract.Attribution WithContent(string text, string content)
    {
        NewsExtract.Attribution[] all = Statements(text);
        all.Select(a => Slice(text, a.Content)).Should().Contain(content);
        return all.Single(a => Slice(text, a.Content) == content);
    }

    /// <summary>text, content, source (null: none), source kind, kind, cue lemma (null: no cue), stance.</summary>
    public static TheoryData<string, string, string?, SourceKind?, AttributionKind, string?, Stance> Patterns => new()
    {
        // Participial cues: the source is the subject of the main clause.
        { "The minister appeared to soften his stance on Tuesday, stating on March 3 that the talks would resume.", "the talks would resume", "The minister", SourceKind.Nominal, AttributionKind.Indirect, "state", Stance.Asserted },
        { "The spokesman left the podium early, saying that no decision had been made.", "no decision had been made", "The spokesman", SourceKind.Nominal, AttributionKind.Indirect, "say", Stance.Asserted },
        { "Tehran summoned the envoy, warning that any strike would be answered.", "any strike would be answered", "Tehran", SourceKind.Named, AttributionKind.Indirect, "warn", Stance.Asserted },
        { "The White House seeks to calm tensions by insisting that no troops will be sent.", "no troops will be sent", "White House", SourceKind.Named, AttributionKind.Indirect, "insist", Stance.Asserted },
        { "However, Gen. Tom Hardwick backed off, stating that the \u2018final step\u2019 was still his to take.", "the \u2018final step\u2019 was still his to take", "Tom Hardwick", SourceKind.Named, AttributionKind.Mixed, "state", Stance.Asserted },
        { "Recognizing that the drawdown would be read as a retreat, Gen. Tom Hardwick said the troops would stay.", "the drawdown would be read as a retreat", "Tom Hardwick", SourceKind.Named, AttributionKind.Indirect, "recognize", Stance.Asserted },

        // Nouns of speech with a source and a complement.
        { "The attacks call into question the analysis of senior diplomats that the militias were deterred.", "the militias were deterred", "senior diplomats", SourceKind.Anonymous, AttributionKind.Indirect, "analysis", Stance.Asserted },
        { "Officials questioned the ministry\u2019s assessment that the attacks had slowed.", "the attacks had slowed", "the ministry", SourceKind.Nominal, AttributionKind.Indirect, "assessment", Stance.Asserted },
        { "The vote tested Mike Pompeo\u2019s repeated pledges not to send more troops.", "not to send more troops", "Mike Pompeo", SourceKind.Named, AttributionKind.Indirect, "pledge", Stance.Asserted },
        { "In a statement, the ministry said the drone was shot down.", "the drone was shot down", "the ministry", SourceKind.Nominal, AttributionKind.Indirect, "say", Stance.Asserted },
        { "The ministry, in a statement, said the drone was shot down.", "the drone was shot down", "The ministry", SourceKind.Nominal, AttributionKind.Indirect, "say", Stance.Asserted },
        { "The ministry issued a statement saying the drone was shot down.", "the drone was shot down", "a statement", SourceKind.Document, AttributionKind.Indirect, "say", Stance.Asserted },

        // "X's office released a statement confirming ..." (ANNOTATION-NOTES: the statement confirms; the office asks).
        { "Mark Esper\u2019s office released a statement confirming the meeting and asked both sides \u201Cto show restraint\u201D.", "the meeting", "a statement", SourceKind.Document, AttributionKind.Indirect, "confirm", Stance.Asserted },
        { "Mark Esper\u2019s office released a statement confirming the meeting and asked both sides \u201Cto show restraint\u201D.", "to show restraint", "Mark Esper\u2019s office", SourceKind.Nominal, AttributionKind.Direct, "ask", Stance.Asserted },

        // Texts as sources, with a prepositional phrase between the head and the cue.
        { "The Pentagon report for the second quarter stated that militias launched 60 attacks.", "militias launched 60 attacks", "The Pentagon report", SourceKind.Document, AttributionKind.Indirect, "state", Stance.Asserted },
        { "A Pentagon statement on Sunday said two rockets hit the base.", "two rockets hit the base", "A Pentagon statement", SourceKind.Document, AttributionKind.Indirect, "say", Stance.Asserted },
        { "The parliament passed a resolution to call upon the government to expel foreign troops.", "to expel foreign troops", "a resolution", SourceKind.Document, AttributionKind.Indirect, "call upon", Stance.Asserted },

        // Heads with a phrase after them: the head is the source.
        { "Groups linked to Kataib Hezbollah claimed the attack.", "the attack", "Groups", SourceKind.Anonymous, AttributionKind.Indirect, "claim", Stance.Asserted },
        { "Officials at the embassy in Baghdad said the compound was hit.", "the compound was hit", "Officials", SourceKind.Anonymous, AttributionKind.Indirect, "say", Stance.Asserted },
        { "Thousands in Basra called for the governor to resign.", "to resign", "Thousands", SourceKind.Anonymous, AttributionKind.Indirect, "call for", Stance.Asserted },
        { "Many Iraqis believe the troops should leave.", "the troops should leave", "Many Iraqis", SourceKind.Anonymous, AttributionKind.Indirect, "believe", Stance.Hedged },
        { "Analysts say the militias are testing the new government.", "the militias are testing the new government", "Analysts", SourceKind.Anonymous, AttributionKind.Indirect, "say", Stance.Asserted },

        // Claims of responsibility and blame: active, with a date, passive.
        { "Kataib Hezbollah on Sunday claimed responsibility for the drone strike.", "the drone strike", "Kataib Hezbollah", SourceKind.Named, AttributionKind.Indirect, "claim responsibility", Stance.Asserted },
        { "Kataib Hezbollah claimed responsibility on Sunday for the drone strike.", "the drone strike", "Kataib Hezbollah", SourceKind.Named, AttributionKind.Indirect, "claim responsibility", Stance.Asserted },
        { "Responsibility for the drone strike was claimed by Kataib Hezbollah.", "the drone strike", "Kataib Hezbollah", SourceKind.Named, AttributionKind.Indirect, "claim", Stance.Asserted },
        { "The United States blamed Kataib Hezbollah for the drone strike.", "Kataib Hezbollah for the drone strike", "United States", SourceKind.Named, AttributionKind.Indirect, "blame", Stance.Asserted },
        { "The drone strike was blamed on Kataib Hezbollah.", "Kataib Hezbollah", null, null, AttributionKind.Indirect, "blame", Stance.Asserted },

        // Inverted and trailing sources.
        { "The base was hit by two rockets, said a US official.", "The base was hit by two rockets", "a US official", SourceKind.Anonymous, AttributionKind.Indirect, "say", Stance.Asserted },
        { "The base was hit by two rockets, a U.S. defense official told reporters.", "The base was hit by two rockets", "a U.S. defense official", SourceKind.Anonymous, AttributionKind.Indirect, "tell reporters", Stance.Asserted },

        // Other cues: an adjective of concern, an infinitive after an object, a relative pronoun, a directive with a quote.
        { "U.S. officials remain concerned the militias could regroup.", "the militias could regroup", "U.S. officials", SourceKind.Anonymous, AttributionKind.Indirect, "remain concerned", Stance.Hedged },
        { "The US military chief told Iraqi officials to get the situation under control.", "to get the situation under control", "The US military chief", SourceKind.Nominal, AttributionKind.Indirect, "tell", Stance.Asserted },
        { "Whereas leaders of the militias initially indicated a willingness to negotiate, the new attacks changed the picture.", "a willingness to negotiate", "leaders", SourceKind.Anonymous, AttributionKind.Indirect, "indicate", Stance.Asserted },
        { "An Iraqi security source, who asked not to be named, said the rockets came from the south.", "the rockets came from the south", "An Iraqi security source", SourceKind.Anonymous, AttributionKind.Indirect, "say", Stance.Asserted },
        { "Prime Minister Sam Okafor ordered \u201Cimmediate security measures.\u201D", "immediate security measures.", "Sam Okafor", SourceKind.Named, AttributionKind.Direct, "order", Stance.Asserted },

        // A noun of speech in the subject: its complement ends before the main verb.
        { "The ministry\u2019s assessment that the attacks had slowed was questioned.", "the attacks had slowed", "The ministry", SourceKind.Nominal, AttributionKind.Indirect, "assessment", Stance.Asserted },
        { "The assessment of senior diplomats that the truce would hold proved wrong.", "the truce would hold", "senior diplomats", SourceKind.Anonymous, AttributionKind.Indirect, "assessment", Stance.Asserted },

        // Descriptions and datelines around the source; a trailing source after the verb's own clause.
        { "The Kurdistan Region\u2019s interior ministry said the drone was launched from the south.", "the drone was launched from the south", "The Kurdistan Region\u2019s interior ministry", SourceKind.Nominal, AttributionKind.Indirect, "say", Stance.Asserted },
        { "Police said the crowd dispersed peacefully.", "the crowd dispersed peacefully", "Police", SourceKind.Anonymous, AttributionKind.Indirect, "say", Stance.Asserted },
        { "Body.\n\nERBIL, Iraq - A drone hit a hangar late on Wednesday, Kurdish authorities said, in the latest of a string of attacks.", "A drone hit a hangar late on Wednesday", "Kurdish authorities", SourceKind.Anonymous, AttributionKind.Indirect, "say", Stance.Asserted },
        { "Prime Minister Sam Okafor vowed to bring those responsible to justice, his office said.", "to bring those responsible to justice", "Sam Okafor", SourceKind.Named, AttributionKind.Indirect, "vow", Stance.Asserted },
        { "Prime Minister Sam Okafor vowed to bring those responsible to justice, his office said.", "Prime Minister Sam Okafor vowed to bring those responsible to justice", "his office", SourceKind.Nominal, AttributionKind.Indirect, "say", Stance.Asserted },
        { "A recent report by the Example Policy Institute found that the factions compete for funding.", "the factions compete for funding", "A recent report", SourceKind.Document, AttributionKind.Indirect, "find", Stance.Asserted },
        { "The spokesman said the group \u201Cwill not stop\u201D until the troops leave.", "the group \u201Cwill not stop\u201D until the troops leave", "The spokesman", SourceKind.Nominal, AttributionKind.Mixed, "say", Stance.Asserted },
        { "Kataib Hezbollah denied any role, but a group calling itself Saraya Example claimed responsibility in a message, saying it would strike again.", "it would strike again", "Saraya Example", SourceKind.Named, AttributionKind.Indirect, "say", Stance.Asserted },
        { "The United States struck militia sites on Friday, the Pentagon said, days after a drone attack on a base.", "The United States struck militia sites on Friday", "Pentagon", SourceKind.Named, AttributionKind.Indirect, "say", Stance.Asserted },
        { "Kataib Hezbollah said last week it was suspending attacks.", "it was suspending attacks", "Kataib Hezbollah", SourceKind.Named, AttributionKind.Indirect, "say", Stance.Asserted },
        { "Kataib Hezbollah fired the rockets. It said in a Telegram post on Saturday that it would continue its operations.", "it would continue its operations", "It", SourceKind.Pronoun, AttributionKind.Indirect, "say", Stance.Asserted },

        // A relative clause inside the reported clause's subject does not end the statement.
        { "Officials said the attack, which targeted a convoy near the border, killed two contractors.", "the attack, which targeted a convoy near the border, killed two contractors", "Officials", SourceKind.Anonymous, AttributionKind.Indirect, "say", Stance.Asserted },
        { "Officials said that the attack, which came at dawn, was repelled.", "the attack, which came at dawn, was repelled", "Officials", SourceKind.Anonymous, AttributionKind.Indirect, "say", Stance.Asserted },

        // Indefinite pronouns as whole subjects; a noun of speech with a date before "by X that".
        { "Others point out that the militias are divided.", "the militias are divided", "Others", SourceKind.Anonymous, AttributionKind.Indirect, "point out", Stance.Asserted },
        { "The talks stalled, and many believe the strikes will resume.", "the strikes will resume", "many", SourceKind.Anonymous, AttributionKind.Indirect, "believe", Stance.Hedged },
        { "A warning last week by the State Department that militias were planning attacks went unheeded.", "militias were planning attacks", "State Department", SourceKind.Named, AttributionKind.Indirect, "warning", Stance.Asserted },
        { "The assessment by the Pentagon that the attacks had slowed proved wrong.", "the attacks had slowed", "Pentagon", SourceKind.Named, AttributionKind.Indirect, "assessment", Stance.Asserted },

        // Titles with "of"; "was quoted as saying"; an addressee after "told"; irregular verbs and pronoun subjects.
        { "The talks went on, Secretary of Defense Lloyd Austin said.", "The talks went on", "Lloyd Austin", SourceKind.Named, AttributionKind.Indirect, "say", Stance.Asserted },
        { "Secretary of State Jane Roe said the talks would go on.", "the talks would go on", "Jane Roe", SourceKind.Named, AttributionKind.Indirect, "say", Stance.Asserted },
        { "Lloyd Austin was quoted as saying that the United States does not seek war.", "the United States does not seek war", "Lloyd Austin", SourceKind.Named, AttributionKind.Indirect, "be quoted as saying", Stance.Asserted },
        { "An official told The Associated Press on Monday that the base was hit.", "the base was hit", "An official", SourceKind.Anonymous, AttributionKind.Indirect, "tell", Stance.Asserted },
        { "Analysts told Reuters the attacks would go on.", "the attacks would go on", "Analysts", SourceKind.Anonymous, AttributionKind.Indirect, "tell", Stance.Asserted },
        { "Residents said they heard explosions.", "they heard explosions", "Residents", SourceKind.Anonymous, AttributionKind.Indirect, "say", Stance.Asserted },
        { "Two sources spoke to us. One of them said two people were killed.", "two people were killed", "One", SourceKind.Anonymous, AttributionKind.Indirect, "say", Stance.Asserted },
        { "The base was hit, one official said.", "The base was hit", "one official", SourceKind.Anonymous, AttributionKind.Indirect, "say", Stance.Asserted },

        // An apposition inside the content; an ordinal in the source; "judge"; "per X"; "(X says)"; a superscript note.
        { "Washington blames the militia, an umbrella of factions, for the attack.", "the militia, an umbrella of factions, for the attack", "Washington", SourceKind.Named, AttributionKind.Indirect, "blame", Stance.Asserted },
        { "\u201CThis was deliberate,\u201D said a second U.S. official.", "This was deliberate,", "a second U.S. official", SourceKind.Anonymous, AttributionKind.Direct, "say", Stance.Asserted },
        { "We judge that the pace of attacks will rise.", "the pace of attacks will rise", "We", SourceKind.Pronoun, AttributionKind.Indirect, "judge", Stance.Asserted },
        { "Dozens of rockets hit a camp over a single night, per U.S. officials.", "Dozens of rockets hit a camp over a single night", "U.S. officials", SourceKind.Anonymous, AttributionKind.AccordingTo, "per", Stance.Asserted },
        { "Militias have attacked the bases 170 times (the Pentagon says).", "Militias have attacked the bases 170 times", "Pentagon", SourceKind.Named, AttributionKind.AccordingTo, "say", Stance.Asserted },
        { "They agreed to a truce for now.\u2076 We assess that the truce is fragile.", "the truce is fragile", "We", SourceKind.Pronoun, AttributionKind.Indirect, "assess", Stance.Asserted },
    };

    [Theory]
    [InlineData("They issued one permit per official.")]
    [InlineData("Officials rationed fuel per official request.")]
    public void Per_NotAfterACommaOrAtTheStart_IsNoAttribution(string text)
    {
        // "per official" reads as a source after a comma ("A permit was issued, per official."); here it is a rate.
        Statements(text).Should().BeEmpty();
    }

    [Fact]
    public void We_OutsideAQuotation_IsTheWritersAndHasNoKey()
    {
        const string text = "Kataib Hezbollah fired rockets. We assess that the attacks will go on.";
        WithContent(text, "the attacks will go on").Source!.Key.Should().BeNull();
    }

    [Fact]
    public void CoordinatedTrailingSources_GiveOneStatementEach()
    {
        const string text = "A commander was killed in a strike on Thursday, the group and Iraqi security officials said.";
        NewsExtract.Attribution[] all = Statements(text);
        all.Select(a => Slice(text, a.Source!.Span)).Should().BeEquivalentTo(["the group", "Iraqi security officials"]);
        all.Select(a => Slice(text, a.Content)).Should().AllBe("A commander was killed in a strike on Thursday");
    }

    [Fact]
    public void TitleWithOf_IsNotPartOfTheName()
    {
        const string text = "Secretary of State Antony Blinken said the talks would go on.";
        EntityMention person = TestPipeline.Annotate(text).Entities.Should().ContainSingle().Subject;
        Slice(text, person.Span).Should().Be("Antony Blinken");
        person.Key.Should().Be("antony-blinken");
    }

    [Theory]
    [InlineData("Officials said the rockets hit the base, which houses U.S. troops.", "the rockets hit the base, which houses U.S. troops")]
    [InlineData("It is among the world’s most cited publications on the region.", null)]
    [InlineData("The resurgence, which some would argue is already underway, worries officials.", null)]
    public void RelativeClausesAndIndefinitePronouns_AreNotMisread(string text, string? content)
    {
        // A relative clause of a noun in the reported clause is part of it (guidelines: "the reported clause"; the
        // invented gold keeps ", which ..." inside); "most" and "some" inside a noun phrase or after "which" are no source.
        NewsExtract.Attribution[] all = Statements(text);
        if (content is null)
        {
            all.Should().BeEmpty();
        }
        else
        {
            Slice(text, all.Should().ContainSingle().Subject.Content).Should().Be(content);
        }
    }

    [Fact]
    public void DefiniteDescription_TakesTheKeyOfTheNearestActorOfItsKind()
    {
        const string text = "Kataib Hezbollah fired the rockets. The group denied any role. The Government of Iraq condemned the strike. "
            + "Later the Iraqi government said it would investigate. The ministry said the base was safe.";
        WithContent(text, "any role").Source!.Key.Should().Be("kataib-hezbollah");
        WithContent(text, "it would investigate").Source!.Key.Should().Be("government-of-iraq");
        WithContent(text, "the base was safe").Source!.Key.Should().BeNull("no body named a ministry was mentioned");
    }

    [Fact]
    public void Source_DescribingANamedEntity_TakesItsKey()
    {
        const string text = "A spokesman for Prime Minister Mustafa al-Kadhimi said the meeting would go ahead. Kataib Hezbollah fired the rockets. It said the attacks would go on.";
        NewsExtract.Attribution spokesman = WithContent(text, "the meeting would go ahead");
        Slice(text, spokesman.Source!.Span).Should().Be("A spokesman");
        spokesman.Source.Kind.Should().Be(SourceKind.Nominal);
        spokesman.Source.Key.Should().Be("mustafa-al-kadhimi");
        WithContent(text, "the attacks would go on").Source!.Key.Should().Be("kataib-hezbollah", "'it' refers to a group, not a person");
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Pattern_IsFoundWithContentSourceKindCueAndStance(string text, string content, string? source, SourceKind? sourceKind, AttributionKind kind, string? cueLemma, Stance stance)
    {
        NewsExtract.Attribution a = WithContent(text, content);
        (a.Source is { } s ? Slice(text, s.Span) : null).Should().Be(source);
        a.Source?.Kind.Should().Be(sourceKind);
        a.Kind.Should().Be(kind);
        a.CueLemma.Should().Be(cueLemma);
        a.Stance.Should().Be(stance);
    }

    /// <summary>GUIDELINES: two speakers for one statement give one attribution per pair.</summary>
    [Theory]
    [InlineData("Gen. Tom Hardwick and other U.S. commanders assessed that the militias would hold back.", "the militias would hold back", "Tom Hardwick|other U.S. commanders")]
    [InlineData("In briefings after the strike, the head of the task force, Gen. Tom Hardwick and other U.S. commanders, assessed that the militias would hold back.", "the militias would hold back", "Tom Hardwick|other U.S. commanders")]
    [InlineData("Colonel Dana Whitfield and two senior diplomats said the convoy had arrived.", "the convoy had arrived", "Dana Whitfield|two senior diplomats")]
    [InlineData("Mark Esper, the defense secretary, and Mike Pompeo said the attacks must stop.", "the attacks must stop", "Mark Esper|Mike Pompeo")]
    [InlineData("The attacks call into question the analysis of U.S. government and military officials and many analysts that the militias were deterred.", "the militias were deterred", "U.S. government and military officials|many analysts")]
    public void CoordinatedSources_GiveOneStatementPerSpeaker(string text, string content, string sources)
    {
        NewsExtract.Attribution[] all = Statements(text);
        all.Should().OnlyContain(a => Slice(text, a.Content) == content);
        all.Select(a => Slice(text, a.Source!.Span)).Should().Equal(sources.Split('|'));
        all.Select(a => a.Cue).Distinct().Should().ContainSingle("the speakers share one cue");
    }

    /// <summary>GUIDELINES: one cue with two statements gives one attribution per pair ("said that A, and that B").</summary>
    [Theory]
    [InlineData("Mike Pompeo said that the embassy was safe, and that staff would stay.", "Mike Pompeo", "the embassy was safe|staff would stay")]
    [InlineData("The report said that 40 rockets were fired and that two soldiers were hurt.", "The report", "40 rockets were fired|two soldiers were hurt")]
    [InlineData("A coalition official said the damage was limited and that the runway remained open.", "A coalition official", "the damage was limited|the runway remained open")]
    public void TwoComplementsOfOneCue_GiveTwoStatements(string text, string source, string contents)
    {
        NewsExtract.Attribution[] all = Statements(text);
        all.Select(a => Slice(text, a.Content)).Should().Equal(contents.Split('|'));
        all.Should().OnlyContain(a => Slice(text, a.Source!.Span) == source);
    }

    [Fact]
    public void ParticipleAfterAStatement_SharesItsSourceAndEndsItsContent()
    {
        const string text = "\u201CWe will respond,\u201D Mark Esper said, adding that the base was secure. The militia vowed revenge, adding that more attacks would follow.";
        NewsExtract.Attribution added = WithContent(text, "the base was secure");
        Slice(text, added.Source!.Span).Should().Be("Mark Esper");
        added.CueLemma.Should().Be("add");
        Slice(text, WithContent(text, "more attacks would follow").Source!.Span).Should().Be("The militia");
        Statements(text).Should().NotContain(a => Slice(text, a.Content).Contains("adding", StringComparison.Ordinal));
    }

    /// <summary>GUIDELINES: nested reporting is annotated at every level; the two levels differ in source and cue.</summary>
    [Theory]
    [InlineData("Mike Pompeo told reporters on Friday he had voiced \u201Cdeep concern over the rocket fire\u201D during a call.",
        "he had voiced \u201Cdeep concern over the rocket fire\u201D during a call", "Mike Pompeo", "deep concern over the rocket fire", "he")]
    [InlineData("\u201CWe will not allow chaos,\u201D Sam Okafor told Mike Pompeo, according to the statement.",
        "\u201CWe will not allow chaos,\u201D Sam Okafor told Mike Pompeo", "the statement", "We will not allow chaos,", "Sam Okafor")]
    public void NestedReporting_KeepsBothLevels(string text, string outer, string outerSource, string inner, string innerSource)
    {
        Slice(text, WithContent(text, outer).Source!.Span).Should().Be(outerSource);
        Slice(text, WithContent(text, inner).Source!.Span).Should().Be(innerSource);
    }

    [Fact]
    public void CitedTitles_InAReferenceList_AreStatements()
    {
        const string text = "Body text here.\n\nReferences\n\n[1] \u201CMilitia leaders vow to expel foreign troops\u201D, Example News, March 2, 2020.\n\n"
            + "[2] \u201CRocket fire continues near the airport: President Sam Okafor\u201D, Example Wire, March 4, 2020.\n";
        NewsExtract.Attribution vow = WithContent(text, "to expel foreign troops");
        Slice(text, vow.Source!.Span).Should().Be("Militia leaders");
        vow.CueLemma.Should().Be("vow");
        NewsExtract.Attribution credited = WithContent(text, "Rocket fire continues near the airport");
        credited.Kind.Should().Be(AttributionKind.AccordingTo);
        Slice(text, credited.Source!.Span).Should().Be("Sam Okafor", "the title is not part of the source");
        Statements(text).Should().HaveCount(2);
    }

    [Fact]
    public void UnattributedQuoteInAHeadline_IsDirectWithoutSource()
    {
        const string text = "Militia leaders \u2018will not back down\u2019 after strikes\n\nBody text follows here.";
        NewsExtract.Attribution a = Statements(text).Should().ContainSingle().Subject;
        a.Kind.Should().Be(AttributionKind.Direct);
        a.Source.Should().BeNull();
        a.Cue.Should().BeNull();
        Slice(text, a.Content).Should().Be("will not back down");
    }

    [Theory]
    [InlineData("The report that was released on Monday covered the attacks.")]
    [InlineData("The report of the committee that was released on Monday covered the attacks.")]
    [InlineData("Reports of rockets that hit the base spread quickly.")]
    [InlineData("The statement that followed the strike was brief.")]
    [InlineData("No group has claimed responsibility for the attack.")]
    [InlineData("The attacks have not been claimed.")]
    [InlineData("The militias that report to the Quds Force fired the rockets.")]
    [InlineData("The president ordered the strike that killed the commander.")]
    [InlineData("The minister declined to comment on the attack.")]
    [InlineData("Mark Esper would not say whether more troops would be sent.")]
    [InlineData("Asked whether Iran was behind the attacks, the spokesman declined to answer.")]
    [InlineData("The timing of the \u2018strategic talks\u2019 indicates Tehran\u2019s continued intent to push back.")]
    [InlineData("Soldiers patrol near the base [File: Jane Doe/Example]\n\nThe convoy moved north.")]
    [InlineData("Iraq and Iran signed a deal on electricity.")]
    [InlineData("The channel, which regularly posts claims for the groups, was closed.")]
    [InlineData("A group claimed responsibility in a message on Telegram.")]
    [InlineData("An Iraqi source asked not to be named.")]
    public void NoSpeechAct_IsNoStatement(string text)
    {
        Statements(text).Should().BeEmpty();
    }

    [Fact]
    public void SaidInsideAQuote_IsNotASecondStatement()
    {
        const string text = "\u201CHe said we would leave, but we stayed,\u201D the commander told reporters.";
        NewsExtract.Attribution a = Statements(text).Should().ContainSingle().Subject;
        Slice(text, a.Source!.Span).Should().Be("the commander");
        Slice(text, a.Content).Should().Be("He said we would leave, but we stayed,");
    }

    [Fact]
    public void QuoteEndingASentence_IsNotGivenToTheNextSentencesSpeaker()
    {
        const string text = "Body.\n\nThe deal was signed. \u2018We will respond.\u2019 The ministry clarified that no troops were hurt.";
        NewsExtract.Attribution a = Statements(text).Should().ContainSingle().Subject;
        Slice(text, a.Content).Should().Be("no troops were hurt");
        Slice(text, a.Source!.Span).Should().Be("The ministry");
    }

    [Theory]
    [InlineData("Two drones struck the outpost late on Tuesday, a coalition spokesman said, adding that no one was hurt.", "a coalition spokesman", "say", "Two drones struck the outpost late on Tuesday", "add", "no one was hurt")]
    [InlineData("The strike killed two fighters, officials said, warning that the toll could rise.", "officials", "say", "The strike killed two fighters", "warn", "the toll could rise")]
    public void TrailingSourceThenParticiple_GivesTwoStatementsOfOneSource(string text, string source, string cue1, string content1, string cue2, string content2)
    {
        string doc = "Body.\n\n" + text;
        NewsExtract.Attribution[] found = Statements(doc).ToArray();
        found.Select(a => (Slice(doc, a.Source!.Span), a.CueLemma, Slice(doc, a.Content)))
            .Should().Equal((source, cue1, content1), (source, cue2, content2));
    }

    [Fact]
    public void MixedContent_EndsAtTheClosingQuoteBeforeBut()
    {
        const string text = "Body.\n\nMarisa Vantrell said the coalition would respond \"at a time of our choosing,\" but she declined to give details.";
        NewsExtract.Attribution a = Statements(text).Should().ContainSingle().Subject;
        a.Kind.Should().Be(AttributionKind.Mixed);
        Slice(text, a.Content).Should().Be("the coalition would respond \"at a time of our choosing,\"");
    }

    [Theory]
    [InlineData("Gen. Tom Hardwick and other U.S. commanders assessed that the militias would hold back.")]
    [InlineData("Mike Pompeo said that the embassy was safe, and that staff would stay.")]
    [InlineData("\u201CWe will respond,\u201D Mark Esper said, adding that the base was secure, according to a transcript.")]
    [InlineData("Mark Esper denied a report that more troops were heading to the region, officials said.")]
    [InlineData("Mark Esper\u2019s office released a statement confirming the meeting and asked both sides \u201Cto show restraint\u201D.")]
    public void NoStatementIsOutputTwice_ForTheNewPatterns(string text)
    {
        Statements(text).GroupBy(a => (a.Content, a.Source?.Span, a.Cue)).Should().OnlyContain(g => g.Count() == 1);
    }
}
