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
}
