using NewsExtract.Cli;
using NewsExtract.Tests.Batch;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Robustness;

/// <summary><c>annotate</c> streams its JSON in chunks (issue 13, memory): the bytes must be those of one string.</summary>
public class StreamingJsonTests
{
    [Theory]
    [InlineData(false, 2)]
    [InlineData(true, 2)]
    [InlineData(false, 1)]
    [InlineData(true, 1)]
    public void Annotate_StreamedJson_EqualsTheSerializedDocument(bool compact, int schema)
    {
        // Over 64 KiB of JSON, with characters of two, three and four UTF-8 bytes that chunks may split.
        string text = string.Concat(Enumerable.Repeat("Caf\u00E9 officials in \u0623\u0631\u0628\u064A\u0644 said \U0001F680 rockets hit Irbil on Monday. ", 800));
        using var folder = new TempFolder();
        string path = folder.Write("streamed.txt", text);
        var stdout = new StringWriter();
        string[] args = compact
            ? ["annotate", path, "--compact", "--include", "tokens", "--schema", schema.ToString()]
            : ["annotate", path, "--include", "tokens", "--schema", schema.ToString()];
        CliApp.Run(args, TextReader.Null, stdout, new StringWriter()).Should().Be(CliApp.Success);

        NewsDocument doc = TestPipeline.Extractor.Annotate(text, id: "streamed", cancellationToken: TestContext.Current.CancellationToken);
        string expected = NewsDocumentJson.Serialize(doc, JsonLayers.Tokens, !compact, (JsonOutputSchema)schema) + stdout.NewLine;
        stdout.ToString().Length.Should().BeGreaterThan(1 << 17);
        stdout.ToString().Should().Be(expected);
    }

    [Fact]
    public void Annotate_MaxBytesBelowOne_IsAUsageError()
    {
        using var folder = new TempFolder();
        string path = folder.Write("a.txt", "Officials said so.");
        var stderr = new StringWriter();
        CliApp.Run(["annotate", path, "--max-bytes", "0"], TextReader.Null, new StringWriter(), stderr).Should().Be(CliApp.UsageError);
        stderr.ToString().Should().Contain("--max-bytes");
    }

    [Fact]
    public void Render_OutInAMissingFolder_NamesTheFolderNotATemporaryFile()
    {
        using var folder = new TempFolder();
        string path = folder.Write("a.txt", "Officials said so.");
        string missing = Path.Combine(folder.Path, "no", "such");
        var stderr = new StringWriter();
        CliApp.Run(["render", path, "--out", Path.Combine(missing, "p.html")], TextReader.Null, new StringWriter(), stderr).Should().Be(CliApp.OutputError);
        stderr.ToString().Should().Contain(missing).And.NotContain(".tmp-");
    }
}
