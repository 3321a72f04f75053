using System.Text.Json;
using NewsExtract.Cli;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Syntax;

/// <summary>The syntax layer as users meet it: JSON, CoNLL-U and the <c>syntax-eval</c> command.</summary>
public sealed class SyntaxOutputTests
{
    private static readonly NewsExtractor s_extractor = NewsExtractor.Create(new NewsExtractorOptions { Syntax = SyntaxLevel.Full });

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CliApp.Run(args, TextReader.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Json_SyntaxLayer_HasOneEntryPerToken_WithHeadsAsIndices()
    {
        NewsDocument doc = s_extractor.Annotate("Rockets hit the base. Nobody was hurt.", cancellationToken: TestContext.Current.CancellationToken);
        using JsonDocument json = JsonDocument.Parse(NewsDocumentJson.Serialize(doc, JsonLayers.Syntax));
        JsonElement syntax = json.RootElement.GetProperty("syntax");
        syntax.GetArrayLength().Should().Be(doc.Tokens.Length);
        JsonElement hit = syntax[1];
        hit.GetProperty("text").GetString().Should().Be("hit");
        hit.GetProperty("upos").GetString().Should().Be("VERB");
        hit.GetProperty("head").GetInt32().Should().Be(-1);
        hit.GetProperty("deprel").GetString().Should().Be("root");
        syntax[0].GetProperty("head").GetInt32().Should().Be(1);
        syntax[0].GetProperty("deprel").GetString().Should().Be("nsubj");
        syntax[0].GetProperty("start").GetInt32().Should().Be(0);
        syntax[0].GetProperty("end").GetInt32().Should().Be(7);
    }

    [Fact]
    public void Conllu_WritesOneBlockPerSentence_WithSentenceLocalHeadsAndOffsets()
    {
        NewsDocument doc = s_extractor.Annotate("Rockets hit the base. Nobody was hurt.", cancellationToken: TestContext.Current.CancellationToken);
        using var output = new StringWriter();
        NewsDocumentConllu.Write(output, doc);
        string[] blocks = output.ToString().ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        blocks.Should().HaveCount(2);
        string[] second = blocks[1].Split('\n');
        second[0].Should().Be("# sent_id = 2");
        second[1].Should().Be("# text = Nobody was hurt.");
        string[] nobody = second[2].Split('\t');
        nobody.Should().HaveCount(10);
        nobody[0].Should().Be("1");
        nobody[1].Should().Be("Nobody");
        nobody[6].Should().Be("3", "heads count from 1 within the sentence");
        nobody[9].Should().Be("TokenRange=22:28");
        second[^1].Split('\t')[9].Should().Be("TokenRange=37:38");
        second[4].Split('\t')[9].Should().Be("SpaceAfter=No|TokenRange=33:37");
    }

    [Fact]
    public void Conllu_WithoutSyntaxLayer_Throws()
    {
        NewsDocument doc = TestPipeline.Annotate("Rockets hit the base.");
        Action act = () => NewsDocumentConllu.Write(new StringWriter(), doc);
        act.Should().Throw<InvalidOperationException>().WithMessage("*syntax*");
    }

    [Fact]
    public void Cli_AnnotateFormatConllu_PrintsCoNLLU()
    {
        string path = Path.Combine(Path.GetTempPath(), $"nx-syntax-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "The drone was shot down.");
        try
        {
            (int code, string output, string err) = Run("annotate", path, "--format", "conllu");
            code.Should().Be(0, err);
            output.Should().StartWith("# sent_id = 1");
            output.Should().Contain("\tshoot\tVERB\tVBN\t");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Cli_AnnotateIncludeSyntax_AddsTheLayer()
    {
        string path = Path.Combine(Path.GetTempPath(), $"nx-syntax-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "The drone was shot down.");
        try
        {
            (int code, string output, string err) = Run("annotate", path, "--include", "syntax", "--compact");
            code.Should().Be(0, err);
            using JsonDocument json = JsonDocument.Parse(output);
            json.RootElement.GetProperty("syntax").GetArrayLength().Should().Be(6);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Cli_SyntaxEval_ScoresAFile_AndWritesJson()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"nx-conllu-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        string conllu = Path.Combine(dir, "mine.conllu");
        string jsonPath = Path.Combine(dir, "scores.json");
        File.WriteAllText(conllu, string.Join('\n',
            "# text = Rockets hit the base.",
            "1\tRockets\trocket\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_",
            "2\thit\thit\tVERB\tVBD\t_\t0\troot\t_\t_",
            "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_",
            "4\tbase\tbase\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No",
            "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
            "", ""));
        try
        {
            (int code, string output, string err) = Run("syntax-eval", conllu, "--json", jsonPath);
            code.Should().Be(0, err);
            output.Should().Contain("UAS");
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(jsonPath));
            foreach (string key in new[] { "upos", "xpos", "lemma", "uas", "las", "tokens", "sentences", "tokens_per_second" })
            {
                json.RootElement.TryGetProperty(key, out _).Should().BeTrue(key);
            }

            json.RootElement.GetProperty("tokens").GetInt32().Should().Be(5);
            json.RootElement.GetProperty("uas").GetDouble().Should().Be(1.0);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Cli_SyntaxEval_BadFile_ExitsWithTheLine()
    {
        string path = Path.Combine(Path.GetTempPath(), $"nx-bad-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(path, "1\tonly\tthree\n");
        try
        {
            (int code, _, string err) = Run("syntax-eval", path);
            code.Should().Be(1);
            err.Should().Contain(":1:").And.Contain("fields");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
