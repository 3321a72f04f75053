using NewsExtract.Tests.Support;
using static NewsExtract.Tests.Attributions.StatementAssertions;

namespace NewsExtract.Tests.Attributions;

/// <summary>Indirect speech in general form (issue 15, recall of reported speech): sentences written for these tests,
/// one per pattern, each with the statement it must give (kind, source, cue, content).</summary>
public class ReportedSpeechRecallTests
{
    public static TheoryData<string, string, string, string> Patterns => new()
    {
        // Reporting verbs of every class, with a role or a body as the source.
        { "The senator argued that the bill would raise taxes.", "The senator", "argued", "the bill would raise taxes" },
        { "The company acknowledged it had made mistakes.", "The company", "acknowledged", "it had made mistakes" },
        { "She predicted that the vote would be close.", "She", "predicted", "the vote would be close" },
        { "Lawyers for the family contended that the search was illegal.", "Lawyers", "contended", "the search was illegal" },
        { "Voters worry that prices will keep rising.", "Voters", "worry", "prices will keep rising" },
        { "The judge cautioned that the ruling could be appealed.", "The judge", "cautioned", "the ruling could be appealed" },
        { "Democrats accused the president of lying.", "Democrats", "accused", "the president of lying" },
        { "The president announced he would run again.", "The president", "announced", "he would run again" },
        { "He warned that the deal could collapse.", "He", "warned", "the deal could collapse" },
        { "Officials said the road was open, and the minister agreed that the convoy could pass.", "the minister", "agreed", "the convoy could pass" },
        // The parse hangs the clause's subject from the cue as its object.
        { "Republicans insist the tax cuts will pay for themselves.", "Republicans", "insist", "the tax cuts will pay for themselves" },
        { "The mayor suggested the city could raise fees.", "The mayor", "suggested", "the city could raise fees" },
        { "He hopes the court will rule quickly.", "He", "hopes", "the court will rule quickly" },
        // A pronoun addressee is no part of the content.
        { "Lena Park told him the attack was a mistake.", "Lena Park", "told", "the attack was a mistake" },
        // The whole reported clause: a second verb of its subject, a relative clause of a noun in it.
        { "The spokesman said the ministry takes every threat seriously and has adjusted its security.", "The spokesman", "said", "the ministry takes every threat seriously and has adjusted its security" },
        { "Officials said the mission is to prevent the return of the gangs, which once ruled the valley.", "Officials", "said", "the mission is to prevent the return of the gangs, which once ruled the valley" },
        // Asides and document sources.
        { "It is unclear whether the talks will resume, officials said.", "officials", "said", "It is unclear whether the talks will resume" },
        { "The agency's report found that pollution had doubled.", "The agency's report", "found", "pollution had doubled" },
        { "The spokesman was quoted as saying that the army would withdraw.", "The spokesman", "quoted as saying", "the army would withdraw" },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Pattern_GivesItsStatement(string text, string source, string cue, string content)
        => StatementAssertions.ShouldGiveStatement(text, source, cue, content);

    [Fact]
    public void InvertedCondition_IsNoReportingAside()
    {
        // "should the rebels consider ..." hangs from the sentence as a parataxis in the parse; it reports nothing.
        const string text = "The general warned on Monday that the army controls the roads should the rebels consider attacking the capital.";
        NewsExtract.Attribution[] all = TestPipeline.Annotate(text).Attributions.ToArray();
        all.Should().NotContain(a => a.Cue != null && Slice(text, a.Cue.Value) == "consider", Describe(text, all));
    }

    [Fact]
    public void SecondSpeaker_AfterAnd_StartsItsOwnStatement()
    {
        const string text = "Officials said the road was closed, and the militia said it had fired the rockets.";
        NewsExtract.Attribution[] all = TestPipeline.Annotate(text).Attributions.ToArray();
        all.Should().Contain(a => Slice(text, a.Content) == "the road was closed", Describe(text, all));
        all.Should().Contain(a => Slice(text, a.Content) == "it had fired the rockets", Describe(text, all));
    }
}
