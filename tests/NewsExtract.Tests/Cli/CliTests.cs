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
        root.GetProperty("attributions").GetArrayLength().Should().BeGreaterThan(3);
        int spans = CheckSpans(root, text);
        spans.Should().BeGreaterThan(600, "every token, sentence, zone, entity, count, date and statement part is a span");
    }

    /// <summary>Checks every object with start/end (at any depth): in range, and its text equal to the slice.</summary>
    private static int CheckSpans(JsonElement element, string text)
    {
        int count = 0;
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("start", out JsonElement s) && element.TryGetProperty("end", out JsonElement e))
            {
                int start = s.GetInt32(), end = e.GetInt32();
                start.Should().BeGreaterThanOrEqualTo(0);
                end.Should().BeLessThanOrEqualTo(text.Length);
                start.Should().BeLessThan(end);
                if (element.TryGetProperty("text", out JsonElement t))
                {
                    t.GetString().Should().Be(text[start..end]);
                }

                count++;
            }

            foreach (JsonProperty p in element.EnumerateObject())
            {
                count += CheckSpans(p.Value, text);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                count += CheckSpans(item, text);
            }
        }

        return count;
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

    [Fact]
    public void Render_CorpusArticle_WritesTheHtmlFileAndExitsZero()
    {
        string path = Path.Combine(Repo.Corpus, "001_25cfb80024d744cb.txt");
        string output = Path.Combine(Path.GetTempPath(), "newsextract-render-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            (int code, string stdout, string err) = Run("render", path, "--out", output);
            code.Should().Be(CliApp.Success, err);
            stdout.Should().BeEmpty("the page goes to the file");
            byte[] bytes = File.ReadAllBytes(output);
            bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte-order mark");
            string html = System.Text.Encoding.UTF8.GetString(bytes);
            html.Should().StartWith("<!DOCTYPE html>").And.Contain("<title>Iran-Backed Militias Continue Attacks on U.S. Outposts in Iraq</title>").And.Contain("<bdi>001_25cfb80024d744cb</bdi>")
                .And.Contain("published <b>2020-01-23</b>").And.Contain("class=\"ent ent-Person\"").And.Contain("data-src=\"0\"");
            NewsDocument doc = TestPipeline.Extractor.Annotate(ArticleText.ReadFile(path), id: "001_25cfb80024d744cb", cancellationToken: TestContext.Current.CancellationToken);
            html.Should().Be(NewsDocumentHtml.Render(doc), "the command writes what the library renders");
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Render_WithoutOut_WritesThePageToStandardOutput()
    {
        string path = Path.Combine(Repo.Corpus, "003_764265a9b38b4031.txt");
        (int code, string output, _) = Run("render", path, "--date", "2020-01-27", "--title", "A <b> title");
        code.Should().Be(CliApp.Success);
        output.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n")
            .And.Contain("<title>A &lt;b&gt; title</title>").And.Contain("published <b>2020-01-27</b> (given)");
    }

    [Fact]
    public void Render_MissingFile_ExitsOneAndNamesTheFile()
    {
        (int code, string output, string err) = Run("render", "/no/such/article.txt", "--out", "/tmp/never-written.html");
        code.Should().Be(CliApp.InputError);
        err.Should().Contain("/no/such/article.txt");
        output.Should().BeEmpty();
    }

    [Fact]
    public void Render_BinaryFile_ExitsOneWithReasonAndWritesNothing()
    {
        string path = Path.GetTempFileName();
        string output = path + ".html";
        try
        {
            File.WriteAllBytes(path, [1, 2, 0, 3]);
            (int code, _, string err) = Run("render", path, "--out", output);
            code.Should().Be(CliApp.InputError);
            err.Should().Contain("binary");
            File.Exists(output).Should().BeFalse();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Render_UnwritableOut_ExitsThreeAndNamesTheFile()
    {
        string path = Path.Combine(Repo.Corpus, "003_764265a9b38b4031.txt");
        (int code, _, string err) = Run("render", path, "--out", "/no/such/dir/page.html");
        code.Should().Be(CliApp.OutputError);
        err.Should().Contain("/no/such/dir/page.html");
    }

    [Theory]
    [InlineData("annotate")]
    [InlineData("annotate", "a.txt", "--date", "23/01/2020")]
    [InlineData("annotate", "a.txt", "--include", "bogus")]
    [InlineData("render")]
    [InlineData("render", "a.txt", "--date", "2020-13-01")]
    [InlineData("render", "a.txt", "--out")]
    [InlineData("frobnicate")]
    public void BadUsage_ExitsTwo(params string[] args)
    {
        Run(args).Code.Should().Be(CliApp.UsageError);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("annotate", "--help")]
    [InlineData("eval", "--help")]
    [InlineData("render", "--help")]
    public void Help_IsAvailableOnEveryCommand(params string[] args)
    {
        (int code, string output, _) = Run(args);
        code.Should().Be(CliApp.Success);
        output.Should().Contain("Usage");
    }
}
