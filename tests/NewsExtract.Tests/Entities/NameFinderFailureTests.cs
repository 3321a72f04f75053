using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Entities;

/// <summary>
/// The failures issue 14 lists, one test each (sentences written for the test; "Harwell Logistics", "Operation Tidal
/// Lance" and the committee are invented or absent from the gazetteer).
/// </summary>
public class NameFinderFailureTests
{
    private static EntityMention[] At(NewsDocument doc, string text)
    {
        int start = doc.Text.IndexOf(text, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"the test text holds \"{text}\"");
        var span = new TextSpan(start, start + text.Length);
        return [.. doc.Entities.Where(e => e.Span.Overlaps(span))];
    }

    [Fact]
    public void AsadRegime_IsTheSyrianGovernment_NotAFacility()
    {
        NewsDocument doc = TestPipeline.Annotate("State television said the Asad regime had retaken the town after a week of shelling.");
        EntityMention regime = At(doc, "Asad regime").Should().ContainSingle().Subject;
        regime.Type.Should().Be(EntityType.Government);
        regime.Key.Should().Be("government-of-syria");
        doc.GetText(regime.Span).Should().Be("Asad regime");
    }

    [Theory]
    [InlineData("Harwell Logistics said its trucks carried only food and medicine.", "Harwell Logistics")]
    [InlineData("The convoy belonged to Tarrow Shipping, officials said.", "Tarrow Shipping")]
    public void Company_BeforeSpeechVerb_IsAnOrganisation_NotAPerson(string text, string name)
    {
        NewsDocument doc = TestPipeline.Annotate(text);
        EntityMention company = At(doc, name).Should().ContainSingle().Subject;
        doc.GetText(company.Span).Should().Be(name);
        company.Type.Should().Be(EntityType.Organization);
    }

    [Fact]
    public void NamedOperation_IsFoundWhole()
    {
        NewsDocument doc = TestPipeline.Annotate("Operation Tidal Lance began before dawn, a military statement said.");
        EntityMention operation = At(doc, "Operation Tidal Lance").Should().ContainSingle().Subject;
        doc.GetText(operation.Span).Should().Be("Operation Tidal Lance");
        operation.Type.Should().Be(EntityType.StateForce);
        operation.Key.Should().Be("operation-tidal-lance");
    }

    [Fact]
    public void KnownOperation_KeepsItsGazetteerKey()
    {
        NewsDocument doc = TestPipeline.Annotate("The strikes were carried out under Operation Inherent Resolve, the coalition said.");
        EntityMention operation = At(doc, "Operation Inherent Resolve").Should().ContainSingle().Subject;
        operation.Origin.Should().Be(EntityOrigin.Gazetteer);
        operation.Key.Should().Be("combined-joint-task-force-operation-inherent-resolve");
    }

    [Theory]
    [InlineData("The Parliamentary Committee on Security and Defence said the strikes broke the law.", "Parliamentary Committee on Security and Defence")]
    [InlineData("A report by the Regional Commission for Human Rights was published.", "Regional Commission for Human Rights")]
    public void LongCommitteeName_IsFoundWhole(string text, string name)
    {
        NewsDocument doc = TestPipeline.Annotate(text);
        EntityMention body = At(doc, name).Should().ContainSingle().Subject;
        doc.GetText(body.Span).Should().Be(name);
        body.Type.Should().Be(EntityType.Government);
    }

    [Fact]
    public void CommitteeName_DoesNotTakeAWeekday()
    {
        NewsDocument doc = TestPipeline.Annotate("The Parliamentary Committee on Monday summoned the minister.");
        doc.Entities.Select(e => doc.GetText(e.Span)).Should().NotContain(t => t.Contains("Monday", StringComparison.Ordinal));
    }

    [Fact]
    public void LoneSurname_OfAnUnknownPerson_LinksToTheFullName()
    {
        const string text = "Colonel Dana Whitcombe told reporters the base was hit twice. Whitcombe said nobody was hurt.";
        NewsDocument doc = TestPipeline.Annotate(text);
        EntityMention full = At(doc, "Dana Whitcombe").Should().ContainSingle().Subject;
        EntityMention surname = At(doc, "Whitcombe said").Should().ContainSingle().Subject;
        doc.GetText(surname.Span).Should().Be("Whitcombe");
        surname.Type.Should().Be(EntityType.Person);
        surname.Key.Should().Be(full.Key);
    }

    [Fact]
    public void RoleNoun_BeforeKnownPerson_StaysOutOfTheName()
    {
        NewsDocument doc = TestPipeline.Annotate("The strike was lawful, said spokesman John Kirby.");
        EntityMention person = At(doc, "spokesman John Kirby").Should().ContainSingle().Subject;
        doc.GetText(person.Span).Should().Be("John Kirby");
        person.Type.Should().Be(EntityType.Person);
        person.Key.Should().Be("john-kirby");
        person.Attributes.Should().ContainKey("role");
    }
}

/// <summary><c>eval --masked</c> (issue 14): recall on names the gazetteer does not know, by masking the entries the gold links to.</summary>
public class MaskedRecallTests
{
    [Fact]
    public void MaskedEntry_IsNoLongerLinked_ButTheNameIsStillFound()
    {
        const string text = "The strike was lawful, said spokesman John Kirby.";
        NewsExtractor masked = NewsExtractor.Create(new NewsExtractorOptions { Events = false, MaskedGazetteerKeys = new HashSet<string>(["john-kirby"]) });
        NewsDocument doc = masked.Annotate(text, cancellationToken: TestContext.Current.CancellationToken);
        int start = text.IndexOf("John Kirby", StringComparison.Ordinal);
        EntityMention person = doc.Entities.Should().ContainSingle(e => e.Span.Overlaps(new TextSpan(start, start + 10))).Subject;
        // The key is the slug of the text (which happens to be the entry's key); the entry's attributes are gone.
        person.Origin.Should().NotBe(EntityOrigin.Gazetteer);
        person.Attributes.Should().NotContainKey("country");
        person.Type.Should().Be(EntityType.Person);
    }

    [Fact]
    public void InventedSet_MaskedRecall_IsConsistent()
    {
        NewsExtract.Evaluation.MaskedRecallResult r = NewsExtract.Evaluation.MaskedRecall.Run(Path.Combine(Repo.Root, "tests", "invented"), nameModel: true);
        r.Masked.Should().BePositive();
        r.Masked.Should().BeLessThanOrEqualTo(r.Mentions);
        r.ExactTyped.Should().BeLessThanOrEqualTo(r.ExactSpan);
        r.ExactSpan.Should().BeLessThanOrEqualTo(r.Overlap);
        r.Overlap.Should().BeLessThanOrEqualTo(r.Mentions);
        r.Overlap.Should().BePositive();
    }
}
