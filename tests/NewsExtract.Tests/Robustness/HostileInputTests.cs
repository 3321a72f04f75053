using System.Text;
using System.Text.Json;
using NewsExtract.Cli;
using NewsExtract.Tests.Batch;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Robustness;

/// <summary>
/// Issue 13's robustness suite: every hostile input through the library, <c>annotate</c> and <c>batch</c>. No
/// exception escapes but the documented ones, every span is valid, and the same input gives the same output.
/// </summary>
public class HostileInputTests
{
    public static TheoryData<string> Names => [.. HostileInputs.All.Select(i => i.Name)];

    private static string TextOf(string name) => HostileInputs.All.Single(i => i.Name == name).Text;

    [Fact]
    public void Suite_HasAtLeastFortyKindsOfInput()
    {
        HostileInputs.All.Select(i => i.Name).Should().OnlyHaveUniqueItems().And.HaveCountGreaterThanOrEqualTo(40);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Library_HostileInput_KeepsInvariantsAndIsDeterministic(string name)
    {
        string text = TextOf(name);
        NewsDocument first = TestPipeline.Annotate(text, new DateOnly(2020, 1, 23));
        NewsDocument second = TestPipeline.Annotate(text, new DateOnly(2020, 1, 23));
        const JsonLayers all = JsonLayers.Tokens | JsonLayers.Sentences | JsonLayers.Zones | JsonLayers.Paragraphs | JsonLayers.Quotes;
        NewsDocumentJson.Serialize(second, all).Should().Be(NewsDocumentJson.Serialize(first, all));
        first.Text.Should().BeSameAs(text, "the text is never changed");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Annotate_HostileInputFile_PrintsValidJsonOrOneLineWhy(string name)
    {
        string text = TextOf(name);
        using var folder = new TempFolder();
        string path = folder.Write("in.txt", text);
        string decoded = Encoding.UTF8.GetString(File.ReadAllBytes(path)); // lone surrogates became U+FFFD on disk
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(["annotate", path, "--compact", "--include", "tokens,sentences,quotes"], TextReader.Null, stdout, stderr);

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            code.Should().Be(CliApp.InputError);
            stderr.ToString().Should().Contain("binary").And.NotContain("   at ");
            return;
        }

        stderr.ToString().Should().BeEmpty();
        code.Should().Be(CliApp.Success);
        using JsonDocument json = JsonDocument.Parse(stdout.ToString());
        CheckSpans(json.RootElement, decoded);
    }

    [Fact]
    public void Batch_EveryHostileInput_GivesOneValidLineEach()
    {
        using var folder = new TempFolder();
        foreach ((string name, string text) in HostileInputs.All)
        {
            folder.Write($"in/{name}.txt", text);
        }

        string output = Path.Combine(folder.Path, "o.jsonl");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(["batch", Path.Combine(folder.Path, "in"), "--out", output, "--progress", "none", "--parallel", "2"], TextReader.Null, stdout, stderr);

        code.Should().Be(CliApp.InputError, "only the file with NUL bytes fails: {0}", stderr);
        string[] lines = File.ReadAllLines(output);
        lines.Should().HaveCount(HostileInputs.All.Count);
        foreach (string line in lines)
        {
            using JsonDocument json = JsonDocument.Parse(line);
            string id = json.RootElement.GetProperty("id").GetString()!;
            if (json.RootElement.TryGetProperty("error", out JsonElement error))
            {
                id.Should().Be("nul-characters.txt");
                error.GetString().Should().Contain("binary");
                continue;
            }

            string decoded = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(folder.Path, "in", id)));
            CheckSpans(json.RootElement, decoded);
        }

        stderr.ToString().Should().NotContain("   at ");
    }

    [Fact]
    public void Library_TenMegabyteSingleSentence_KeepsInvariants()
    {
        string text = new StringBuilder(10 * 1024 * 1024 + 64).Insert(0, "the militia and the officials said that ", 10 * 1024 * 1024 / 40).ToString();
        NewsDocument doc = TestPipeline.Annotate(text);
        doc.Sentences.Length.Should().BeLessThan(10, "there is no full stop");
        doc.Tokens.Length.Should().BeGreaterThan(1_500_000);
    }

    /// <summary>Every object with start/end, at any depth: in range, non-empty, and its text equal to the slice.</summary>
    private static void CheckSpans(JsonElement element, string text)
    {
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
            }

            foreach (JsonProperty p in element.EnumerateObject())
            {
                CheckSpans(p.Value, text);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                CheckSpans(item, text);
            }
        }
    }
}
