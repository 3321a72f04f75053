using NewsExtract.Learning;
using NewsExtract.Syntax;
using NewsExtract.Training;

namespace NewsExtract.Tests.Syntax;

/// <summary>The lemmatizer trainer on treebank text as the web gives it.</summary>
public sealed class LemmatizerTrainingTests
{
    [Fact]
    public void AFormWithAZeroWidthSpace_IsLearnedAsTheFormWithout_AndTheModelWrites()
    {
        string treebank = string.Join('\n',
            "1\tDrones\tdrone\tNOUN\tNNS\t_\t2\tnsubj\t_\t_",
            "2\tstru\u200Bck\tstrike\tVERB\tVBD\t_\t0\troot\t_\t_",
            "3\tagain\tagain\tADV\tRB\t_\t2\tadvmod\t_\t_",
            "",
            "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_",
            "2\tstruck\tstrike\tVERB\tVBD\t_\t0\troot\t_\t_",
            "",
            "");
        List<ConlluSentence> sentences = [.. ConlluReader.Read(new StringReader(treebank), "mine")];
        Lemmatizer lemmatizer = LemmatizerTrainer.Train(sentences);

        using var stream = new MemoryStream();
        Action write = () => ModelFile.Write(stream, new ModelHeader(Lemmatizer.Kind, Lemmatizer.Version, "test", "CC0"), lemmatizer.Write);
        write.Should().NotThrow();
        lemmatizer.Lemmatize("struck", "VBD").Should().Be("strike");
        lemmatizer.Lemmatize("stru\u00ADck", "VBD").Should().Be("strike", "a soft hyphen inside a word changes nothing");
    }

    [Fact]
    public void WhereTheLongestSuffixGivesNoKnownWord_AShorterSuffixThatDoes_Wins()
    {
        string[] tags = ["VBD"];
        KeyValuePair<string, (int Cut, string Add)>[] rules =
        [
            new(Lemmatizer.Key(0, "ked"), (2, "")),
            new(Lemmatizer.Key(0, "d"), (1, "")),
        ];

        var withWords = new Lemmatizer(tags, [], rules, known: ["provoke", "walk"]);
        var rulesOnly = new Lemmatizer(tags, [], rules);

        withWords.Lemmatize("provoked", "VBD").Should().Be("provoke", "\"provok\" is no word the treebank knows");
        withWords.Lemmatize("walked", "VBD").Should().Be("walk", "the longest suffix's lemma is known");
        withWords.Lemmatize("zorked", "VBD").Should().Be("zork", "no candidate is known: the longest suffix's rule");
        rulesOnly.Lemmatize("provoked", "VBD").Should().Be("provok");
    }

    [Fact]
    public void ASuffixRule_NeedsTwoDifferentWordsBehindIt()
    {
        // One frequent abbreviation is an exception, not a rule: "Sept." → "September" must not turn "Capt." into
        // "Captember"; two words sharing an ending ("parties", "cities") make a rule that reaches an unseen "counties".
        string treebank = string.Join('\n',
            "1\tSept.\tSeptember\tPROPN\tNNP\t_\t0\troot\t_\t_",
            "",
            "1\tSept.\tSeptember\tPROPN\tNNP\t_\t0\troot\t_\t_",
            "",
            "1\tSept.\tSeptember\tPROPN\tNNP\t_\t0\troot\t_\t_",
            "",
            "1\tparties\tparty\tNOUN\tNNS\t_\t0\troot\t_\t_",
            "",
            "1\tcities\tcity\tNOUN\tNNS\t_\t0\troot\t_\t_",
            "",
            "");
        List<ConlluSentence> sentences = [.. ConlluReader.Read(new StringReader(treebank), "mine")];
        Lemmatizer lemmatizer = LemmatizerTrainer.Train(sentences);

        lemmatizer.Lemmatize("Sept.", "NNP").Should().Be("September", "the word itself is in the exception table");
        lemmatizer.Lemmatize("Capt.", "NNP").Should().Be("Capt.");
        lemmatizer.Lemmatize("counties", "NNS").Should().Be("county");
    }
}
