using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsExtract.Cli;
using NewsExtract.Tests.Batch;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

public class BatchCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, TextReader.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A folder of articles: the seed articles copied under several names, in subfolders.</summary>
    private static TempFolder Articles(int count)
    {
        var folder = new TempFolder();
        string[] seeds = Repo.CorpusArticles().Select(File.ReadAllText).ToArray();
        for (int i = 0; i < count; i++)
        {
            folder.Write($"in/d{i % 3}/a{i:D4}.txt", $"Item {i}.\n" + seeds[i % seeds.Length]);
        }

        return folder;
    }

    private static string[] Ids(string jsonl) =>
        File.ReadAllLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();

    [Fact]
    public void Batch_IncludeSyntax_ComputesTheLayer()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "The base was struck by rockets, officials said.");
        string output = Path.Combine(folder.Path, "out.jsonl");

        (int code, _, string stderr) = Run("batch", Path.Combine(folder.Path, "in"), "--out", output, "--include", "syntax", "--progress", "none");

        code.Should().Be(CliApp.Success, stderr);
        using JsonDocument line = JsonDocument.Parse(File.ReadAllLines(output).Single());
        JsonElement syntax = line.RootElement.GetProperty("syntax");
        syntax.GetArrayLength().Should().Be(10, "one entry per token: the layer is computed, not only asked for");
        syntax.EnumerateArray().Count(t => t.GetProperty("deprel").GetString() == "root").Should().Be(1);
    }

    [Fact]
    public void Batch_Folder_WritesOneSortedLinePerFileAndErrorLines()
    {
        using TempFolder folder = Articles(6);
        folder.WriteBytes("in/binary.txt", [1, 2, 0, 3]);
        folder.WriteBytes("in/d1/latin1.txt", Encoding.Latin1.GetBytes("Caf\u00E9 au lait."));
        string output = Path.Combine(folder.Path, "out.jsonl");

        (int code, string stdout, string stderr) = Run("batch", Path.Combine(folder.Path, "in"), "--out", output, "--parallel", "2");

        code.Should().Be(CliApp.InputError, "two files failed");
        string[] lines = File.ReadAllLines(output);
        string[] ids = Ids(output);
        ids.Should().Equal(ids.Order(StringComparer.Ordinal), "lines are sorted by id");
        ids.Should().OnlyHaveUniqueItems().And.HaveCount(8).And.Contain("binary.txt", "d1/latin1.txt");
        using (JsonDocument error = JsonDocument.Parse(lines.Single(l => l.Contains("\"binary.txt\"", StringComparison.Ordinal))))
        {
            error.RootElement.GetProperty("error").GetString().Should().Contain("binary");
        }

        using (JsonDocument good = JsonDocument.Parse(lines.First(l => l.Contains("\"d0/a0000.txt\"", StringComparison.Ordinal))))
        {
            good.RootElement.GetProperty("entities").GetArrayLength().Should().BeGreaterThan(10);
            good.RootElement.GetProperty("file").GetProperty("sha256").GetString().Should().HaveLength(64);
        }

        stderr.Should().Contain("binary.txt").And.Contain("latin1.txt");
        stdout.Should().Contain("8 documents: 6 annotated, 0 already done, 2 failed");
    }

    [Fact]
    public void Batch_Resume_TornLineChangedAndRemovedFiles_GivesTheFreshRunsFile()
    {
        using TempFolder folder = Articles(12);
        string input = Path.Combine(folder.Path, "in");
        string journal = Path.Combine(folder.Path, "resumed.jsonl");
        Run("batch", input, "--out", journal, "--progress", "none").Code.Should().Be(CliApp.Success);

        // What a kill leaves: lines out of order, a torn last line. Then the folder changes under it.
        string[] lines = File.ReadAllLines(journal);
        string torn = lines[5][..(lines[5].Length / 2)];
        File.WriteAllText(journal, string.Join('\n', lines[7..].Concat(lines[..3])) + "\n" + torn);
        folder.Write("in/d0/a0003.txt", "Item 3 was edited.\nThe minister said the talks would resume.");
        File.Delete(Path.Combine(input, "d1", "a0010.txt"));
        folder.Write("in/d2/new.txt", "A new article. Officials said two rockets hit the base.");

        (int code, string stdout, string stderr) = Run("batch", input, "--out", journal, "--progress", "none");

        string fresh = Path.Combine(folder.Path, "fresh.jsonl");
        Run("batch", input, "--out", fresh, "--progress", "none").Code.Should().Be(CliApp.Success);
        code.Should().Be(CliApp.Success);
        stderr.Should().Contain("torn last line");
        File.ReadAllBytes(journal).Should().Equal(File.ReadAllBytes(fresh), "a resumed run ends with exactly the file a fresh run writes");
        Ids(journal).Should().NotContain("d1/a0010.txt").And.Contain("d2/new.txt");
        // Eight whole lines were kept: a0003's is redone (its file changed) and a0010's is dropped (its file is gone).
        stdout.Should().Contain("12 documents: 6 annotated, 6 already done");
        File.Exists(journal + ".tmp").Should().BeFalse();
    }

    [Fact]
    public void Batch_Shards_SplitTheFolderWithNoOverlap()
    {
        using TempFolder folder = Articles(15);
        string input = Path.Combine(folder.Path, "in");
        string all = Path.Combine(folder.Path, "all.jsonl");
        Run("batch", input, "--out", all, "--progress", "none").Code.Should().Be(CliApp.Success);
        var shardLines = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            string shard = Path.Combine(folder.Path, $"shard{i}.jsonl");
            Run("batch", input, "--out", shard, "--shard", $"{i}/3", "--progress", "none").Code.Should().Be(CliApp.Success);
            shardLines.AddRange(File.ReadAllLines(shard));
        }

        shardLines.Order(StringComparer.Ordinal).Should().Equal(File.ReadAllLines(all).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("--shard", "3/3")]
    [InlineData("--shard", "1")]
    [InlineData("--shard", "-1/2")]
    [InlineData("--parallel", "0")]
    [InlineData("--include", "nonsense")]
    public void Batch_BadOptions_AreUsageErrors(string option, string value)
    {
        using var folder = new TempFolder();
        (int code, _, string stderr) = Run("batch", folder.Path, "--out", Path.Combine(folder.Path, "o.jsonl"), option, value);
        code.Should().Be(CliApp.UsageError);
        stderr.Should().NotBeEmpty();
    }

    [Fact]
    public void Batch_MissingFolder_IsAUsageError()
    {
        using var folder = new TempFolder();
        (int code, _, string stderr) = Run("batch", Path.Combine(folder.Path, "nope"), "--out", Path.Combine(folder.Path, "o.jsonl"));
        code.Should().Be(CliApp.UsageError);
        stderr.Should().Contain("does not exist");
    }

    [Fact]
    public void Batch_PlainProgress_PrintsAFinalLineWithTheTotal()
    {
        using TempFolder folder = Articles(3);
        (int code, _, string stderr) = Run("batch", Path.Combine(folder.Path, "in"), "--out", Path.Combine(folder.Path, "o.jsonl"), "--progress", "plain");
        code.Should().Be(CliApp.Success);
        stderr.Should().Contain("3/3 documents (100.0%)");
    }

    /// <summary>
    /// The real thing: a separate process killed with SIGKILL while it writes, then run again. The file must end
    /// exactly as an uninterrupted run writes it.
    /// </summary>
    [Fact]
    public async Task Batch_KilledProcess_ResumesWithEveryDocumentExactlyOnce()
    {
        using TempFolder folder = Articles(1500);
        string input = Path.Combine(folder.Path, "in");
        string journal = Path.Combine(folder.Path, "killed.jsonl");
        CancellationToken ct = TestContext.Current.CancellationToken;

        using (Process process = CliProcess.Start("batch", input, "--out", journal, "--progress", "none", "--parallel", "2"))
        {
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && CliProcess.CountLines(journal) < 50 && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(20, ct);
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(ct);
        }

        int before = CliProcess.CountLines(journal);
        using (Process again = CliProcess.Start("batch", input, "--out", journal, "--progress", "none"))
        {
            await again.WaitForExitAsync(ct);
            again.ExitCode.Should().Be(CliApp.Success, await again.StandardError.ReadToEndAsync(ct));
        }

        string fresh = Path.Combine(folder.Path, "fresh.jsonl");
        Run("batch", input, "--out", fresh, "--progress", "none").Code.Should().Be(CliApp.Success);
        before.Should().BeGreaterThan(0).And.BeLessThan(1500, "the first run was killed part way");
        File.ReadAllBytes(journal).Should().Equal(File.ReadAllBytes(fresh));
    }

}
