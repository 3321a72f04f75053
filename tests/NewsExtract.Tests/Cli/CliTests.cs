using System.Text.Json;
using NewsExtract.Cli;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, TextReader.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Annotate_CorpusArticle_PrintsJsonWhoseSpansMatchTheText()
    {
        string path = Path.Combine(Repo.Corpus, "001_25cfb80024d744cb.txt");
        string text = ArticleText.ReadFile(path);
        (int code, string output, _) = Run("annotate", path, "--include", "tokens,sentences,zones");
        code.Should().Be(CliApp.Success);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement root = json.RootElement;
        root.GetProperty("id").GetString().Should().Be("001_25cfb80024d744cb");
        root.GetProperty("published").GetString().Should().Be("2020-01-23");
        foreach (string layer in new[] { "entities", "quantities", "attributions" })
        {
            root.GetProperty(layer).ValueKind.Should().Be(JsonValueKind.Array);
        }

        root.GetProperty("tokens").GetArrayLength().Should().BeGreaterThan(500);
        root.GetProperty("sentences").GetArrayLength().Should().BeGreaterThan(20);
        foreach (JsonProperty layer in root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
        {
            foreach (JsonElement item in layer.Value.EnumerateArray())
            {
                int start = item.GetProperty("start").GetInt32();
                int end = item.GetProperty("end").GetInt32();
                start.Should().BeLessThan(end);
                if (item.TryGetProperty("text", out JsonElement t))
                {
                    t.GetString().Should().Be(text[start..end]);
                }
            }
        }
    }

    [Fact]
    public void Annotate_DateOption_SetsPublished()
    {
        string path = Path.Combine(Repo.Corpus, "003_764265a9b38b4031.txt");
        (int code, string output, _) = Run("annotate", path, "--date", "2020-01-27");
        code.Should().Be(CliApp.Success);
        JsonDocument.Parse(output).RootElement.GetProperty("published").GetString().Should().Be("2020-01-27");
    }

    [Fact]
    public void Annotate_MissingFile_ExitsOneAndNamesTheFile()
    {
        (int code, _, string err) = Run("annotate", "/no/such/article.txt");
        code.Should().Be(CliApp.InputError);
        err.Should().Contain("/no/such/article.txt");
    }

    [Fact]
    public void Annotate_BinaryFile_ExitsOneWithReason()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [1, 2, 0, 3]);
            (int code, _, string err) = Run("annotate", path);
            code.Should().Be(CliApp.InputError);
            err.Should().Contain("binary");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("annotate")]
    [InlineData("annotate", "a.txt", "--date", "23/01/2020")]
    [InlineData("annotate", "a.txt", "--include", "bogus")]
    [InlineData("frobnicate")]
    public void BadUsage_ExitsTwo(params string[] args)
    {
        Run(args).Code.Should().Be(CliApp.UsageError);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("annotate", "--help")]
    [InlineData("eval", "--help")]
    public void Help_IsAvailableOnEveryCommand(params string[] args)
    {
        (int code, string output, _) = Run(args);
        code.Should().Be(CliApp.Success);
        output.Should().Contain("Usage");
    }
}
