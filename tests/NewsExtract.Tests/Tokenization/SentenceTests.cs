using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Tokenization;

public class SentenceTests
{
    private static string[] Sentences(string text) =>
        TestPipeline.Annotate(text).Sentences.Select(s => text[s.Span.Start..s.Span.End]).ToArray();

    public static TheoryData<string, string[]> Cases => new()
    {
        { "Gen. McKenzie spoke. He left.", ["Gen. McKenzie spoke.", "He left."] },
        { "J. Jeffrey spoke. He left.", ["J. Jeffrey spoke.", "He left."] },
        { "The U.S. Embassy was hit. Nobody died.", ["The U.S. Embassy was hit.", "Nobody died."] },
        { "Troops left the U.S. The group claimed it.", ["Troops left the U.S.", "The group claimed it."] },
        { "It began on Jan. 3 in Baghdad. Then it ended.", ["It began on Jan. 3 in Baghdad.", "Then it ended."] },
        { "\u201CIt is quiet.\u201D Jeffrey said. Then he left.", ["\u201CIt is quiet.\u201D Jeffrey said.", "Then he left."] },
        { "\u201CIt is quiet.\u201D The next day rockets fell.", ["\u201CIt is quiet.\u201D", "The next day rockets fell."] },
        { "\"Is it quiet?\" asked a reporter.", ["\"Is it quiet?\" asked a reporter."] },
        { "It rose by 1.5 percent. It fell.", ["It rose by 1.5 percent.", "It fell."] },
        { "Attacks rose. [8] While no group claimed them, KH did.", ["Attacks rose. [8]", "While no group claimed them, KH did."] },
        { "Attacks rose.\u2076 While no group claimed them, KH did.\u00B9\u00B2", ["Attacks rose.\u2076", "While no group claimed them, KH did.\u00B9\u00B2"] },
        { "A line that wraps\nin the middle of a sentence.", ["A line that wraps\nin the middle of a sentence."] },
        { "Fast Facts\n\nThe attacks rose.", ["Fast Facts", "The attacks rose."] },
        { "  \u2022 First item without stop\n  \u2022 Second item.", ["\u2022 First item without stop", "\u2022 Second item."] },
        { "Headline Here\nJanuary 23, 2020\nBody text starts.", ["Headline Here", "January 23, 2020", "Body text starts."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_BreaksWhereExpected(string text, string[] expected)
    {
        Sentences(text).Should().Equal(expected);
    }

    [Fact]
    public void Split_SeedArticle001_KeepsJeffreySaidWithItsQuote()
    {
        string text = File.ReadAllText(Path.Combine(Repo.Corpus, "001_25cfb80024d744cb.txt"));
        Sentences(text).Should().Contain("\"The focus of our forces right now is force protection,\" Jeffrey said.");
        Sentences(text).Should().Contain("Asked if these attacks have been orchestrated by Iran, Jeffrey told reporters, \"We think so.\"");
    }
}
