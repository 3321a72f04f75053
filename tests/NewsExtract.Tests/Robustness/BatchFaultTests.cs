using System.Diagnostics;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using NewsExtract.Cli;
using NewsExtract.Tests.Batch;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Robustness;

/// <summary>Issue 13: batch faults give one line and the right exit code, never a stack trace, a hang or stale lines.</summary>
public class BatchFaultTests
{
    private const string Article = "BAGHDAD (Reuters) - Two rockets hit the base on Monday, officials said. \"We will respond,\" the minister said.";

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, TextReader.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static TempFolder Folder(int count)
    {
        var folder = new TempFolder();
        for (int i = 0; i < count; i++)
        {
            folder.Write($"in/a{i:D3}.txt", $"Item {i}. " + Article);
        }

        return folder;
    }

    private static string[] Ids(string jsonl) =>
        File.ReadAllLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();

    private static void OneLine(string stderr, string mentions)
    {
        stderr.Should().Contain(mentions);
        stderr.TrimEnd().Split('\n').Should().ContainSingle("one line, no stack trace: {0}", stderr);
        stderr.Should().NotContain("   at ");
    }

    [Fact]
    public void Batch_OnAFile_ExitsTwoNamingIt()
    {
        using TempFolder folder = Folder(1);
        string file = Path.Combine(folder.Path, "in", "a000.txt");
        (int code, _, string err) = Run("batch", file, "--out", Path.Combine(folder.Path, "o.jsonl"));
        code.Should().Be(CliApp.UsageError);
        OneLine(err, file);
        err.Should().Contain("not a folder");
    }

    [Fact]
    public void Batch_OnAnUnreadableFolder_ExitsTwoNamingIt()
    {
        Assert.SkipWhen(Environment.UserName == "root" || !OperatingSystem.IsLinux(), "root reads any folder; chmod cannot make one unreadable");
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using TempFolder folder = Folder(1);
        string input = Path.Combine(folder.Path, "in");
        File.SetUnixFileMode(input, UnixFileMode.None);
        try
        {
            (int code, _, string err) = Run("batch", input, "--out", Path.Combine(folder.Path, "o.jsonl"));
            code.Should().Be(CliApp.UsageError);
            OneLine(err, input);
        }
        finally
        {
            File.SetUnixFileMode(input, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("[ab].txt")]
    [InlineData("{a,b}.txt")]
    [InlineData("/abs/*.txt")]
    [InlineData("sub/")]
    [InlineData("**/*.txt")]
    [InlineData("a\\b.txt")]
    public void Batch_MalformedPattern_ExitsTwoWithOneLine(string pattern)
    {
        using TempFolder folder = Folder(1);
        string output = Path.Combine(folder.Path, "o.jsonl");
        (int code, _, string err) = Run("batch", Path.Combine(folder.Path, "in"), "--out", output, "--pattern", pattern);
        code.Should().Be(CliApp.UsageError);
        OneLine(err, "--pattern");
        File.Exists(output).Should().BeFalse("nothing is written for a usage error");
    }

    [Fact]
    public void Batch_NothingMatches_ExitsTwoSayingWhatWasSearched()
    {
        using TempFolder folder = Folder(2);
        string input = Path.Combine(folder.Path, "in");
        (int code, _, string err) = Run("batch", input, "--out", Path.Combine(folder.Path, "o.jsonl"), "--pattern", "*.text");
        code.Should().Be(CliApp.UsageError);
        OneLine(err, "no article found");
        err.Should().Contain(input).And.Contain("'*.text'");
    }

    [Fact]
    public void Eval_EmptyFolder_ExitsTwoSayingWhatWasSearched()
    {
        using var folder = new TempFolder();
        folder.Write("only.txt", Article);
        (int code, _, string err) = Run("eval", folder.Path);
        code.Should().Be(CliApp.UsageError);
        OneLine(err, "no article found");
        err.Should().Contain(folder.Path).And.Contain(".gold.json");
    }

    [Fact]
    public void Batch_OutIsADevice_ExitsTwoAndLeavesTheDeviceAlone()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/dev/full"), "needs /dev/full");
        using TempFolder folder = Folder(1);
        (int code, _, string err) = Run("batch", Path.Combine(folder.Path, "in"), "--out", "/dev/full");
        code.Should().Be(CliApp.UsageError);
        OneLine(err, "/dev/full");
        File.Exists("/dev/full.lock").Should().BeFalse();
    }

    [Fact]
    public void Batch_OutCannotBeCreated_ExitsThreeWithOneLine()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs /proc, where no folder can be made");
        using TempFolder folder = Folder(1);
        (int code, _, string err) = Run("batch", Path.Combine(folder.Path, "in"), "--out", "/proc/newsextract-no/o.jsonl");
        code.Should().Be(CliApp.OutputError);
        OneLine(err, "/proc/newsextract-no/o.jsonl");
    }

    [Fact]
    public void Render_OutIsAFullDevice_ExitsThreeAndDoesNotReplaceIt()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/dev/full"), "needs /dev/full");
        using TempFolder folder = Folder(1);
        (int code, _, string err) = Run("render", Path.Combine(folder.Path, "in", "a000.txt"), "--out", "/dev/full");
        code.Should().Be(CliApp.OutputError);
        OneLine(err, "/dev/full");
        new FileInfo("/dev/full").Length.Should().Be(0, "a device is written into, never renamed over");
    }

    [Fact]
    public void Annotate_StandardOutputFails_ExitsThreeWithOneLine()
    {
        using TempFolder folder = Folder(1);
        var stderr = new StringWriter();
        int code = CliApp.Run(["annotate", Path.Combine(folder.Path, "in", "a000.txt")], TextReader.Null, new FullWriter(), stderr);
        code.Should().Be(CliApp.OutputError);
        OneLine(stderr.ToString(), "standard output");
    }

    [Fact]
    public void Batch_SpecialFilesInTheFolder_BecomeErrorRecordsWithoutBlocking()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs, sockets and /proc are Linux here");
        using TempFolder folder = Folder(2);
        string input = Path.Combine(folder.Path, "in");
        using (Process mkfifo = Process.Start("mkfifo", Path.Combine(input, "pipe.txt")))
        {
            mkfifo.WaitForExit();
        }

        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(input, "socket.txt")));
        File.CreateSymbolicLink(Path.Combine(input, "zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(input, "status.txt"), "/proc/self/status");
        string output = Path.Combine(folder.Path, "o.jsonl");

        var clock = Stopwatch.StartNew();
        (int code, _, string err) = Run("batch", input, "--out", output, "--progress", "none", "--parallel", "2");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "nothing blocks");

        code.Should().Be(CliApp.InputError);
        string[] lines = File.ReadAllLines(output);
        lines.Should().HaveCount(6);
        foreach (string special in new[] { "pipe.txt", "socket.txt", "zero.txt", "status.txt" })
        {
            string line = lines.Single(l => l.Contains($"\"id\":\"{special}\"", StringComparison.Ordinal));
            JsonDocument.Parse(line).RootElement.GetProperty("error").GetString().Should().Contain("not a regular file");
            err.Split('\n').Should().ContainSingle(l => l.Contains(special, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ReadFile_ProcFileOrDevice_IsRefusedNotReadAsEmpty()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs /proc");
        Action proc = () => ArticleText.ReadFile("/proc/self/status");
        proc.Should().Throw<InvalidArticleException>().WithMessage("*/proc/self/status*not a regular file*");
        Action zero = () => ArticleText.ReadFile("/dev/zero");
        zero.Should().Throw<InvalidArticleException>().WithMessage("*/dev/zero*character device*");
    }

    [Fact]
    public async Task AnnotateAsync_FileResult_CarriesTheHashOfTheBytesAnnotated()
    {
        using TempFolder folder = Folder(1);
        string path = Path.Combine(folder.Path, "in", "a000.txt");
        byte[] bytes = File.ReadAllBytes(path);
        var extractor = NewsExtract.Tests.Support.TestPipeline.Extractor;
        await foreach (ArticleResult result in extractor.AnnotateAsync([ArticleSource.FromFile(path)], cancellationToken: TestContext.Current.CancellationToken))
        {
            result.Succeeded.Should().BeTrue();
            result.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)));
            result.Bytes.Should().Be(bytes.Length);
            result.Document!.Text.Should().Be(File.ReadAllText(path));
        }
    }

    [Fact]
    public void Batch_RerunWithOtherOptions_RefusesAndSaysHowToStartOver()
    {
        using TempFolder folder = Folder(3);
        string input = Path.Combine(folder.Path, "in");
        string output = Path.Combine(folder.Path, "o.jsonl");
        Run("batch", input, "--out", output, "--progress", "none").Code.Should().Be(CliApp.Success);
        byte[] before = File.ReadAllBytes(output);
        File.ReadAllText(output + ".options.json").Should().Contain("\"complete\": true");

        (int code, _, string err) = Run("batch", input, "--out", output, "--progress", "none", "--include", "tokens");
        code.Should().Be(CliApp.UsageError);
        OneLine(err, "--include");
        err.Should().Contain("delete");
        File.ReadAllBytes(output).Should().Equal(before, "a refused run changes nothing");

        (int again, _, _) = Run("batch", input, "--out", output, "--progress", "none");
        again.Should().Be(CliApp.Success, "the first run's options resume");
    }

    [Fact]
    public void Batch_OutputWithoutSidecar_IsNotResumedSilently()
    {
        using TempFolder folder = Folder(2);
        string output = folder.Write("o.jsonl", "{\"id\":\"a000.txt\",\"file\":{\"sha256\":\"00\"}}\n");
        (int code, _, string err) = Run("batch", Path.Combine(folder.Path, "in"), "--out", output, "--progress", "none");
        code.Should().Be(CliApp.UsageError);
        OneLine(err, ".options.json");
    }

    [Fact]
    public void Batch_SecondRunOnTheSameOut_FailsAtOnceNamingTheLock()
    {
        using TempFolder folder = Folder(2);
        string output = Path.Combine(folder.Path, "o.jsonl");
        using (BatchLock? held = BatchLock.TryAcquire(Path.GetFullPath(output)))
        {
            held.Should().NotBeNull();
            var clock = Stopwatch.StartNew();
            (int code, _, string err) = Run("batch", Path.Combine(folder.Path, "in"), "--out", output, "--progress", "none");
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
            code.Should().Be(CliApp.UsageError);
            OneLine(err, output + ".lock");
            File.Exists(output).Should().BeFalse();
        }
    }

    [Fact]
    public void Batch_StaleLockFromAKilledRun_IsTakenOver()
    {
        using TempFolder folder = Folder(2);
        string output = Path.Combine(folder.Path, "o.jsonl");
        File.WriteAllText(output + ".lock", "newsextract batch, process 999999 on elsewhere\n");
        (int code, _, string err) = Run("batch", Path.Combine(folder.Path, "in"), "--out", output, "--progress", "none");
        code.Should().Be(CliApp.Success);
        err.Should().Contain("taking over").And.Contain("999999");
        Ids(output).Should().HaveCount(2);
        File.Exists(output + ".lock").Should().BeFalse("the lock goes when the run ends");
    }

    [Fact]
    public void Batch_OutInsideTheInputFolder_IsNeverAnInput()
    {
        using TempFolder folder = Folder(2);
        string input = Path.Combine(folder.Path, "in");
        string output = Path.Combine(input, "o.jsonl");
        for (int run = 0; run < 2; run++)
        {
            (int code, _, string err) = Run("batch", input, "--out", output, "--progress", "none", "--pattern", "*");
            code.Should().Be(CliApp.Success, err);
            Ids(output).Should().Equal("a000.txt", "a001.txt");
        }
    }

    /// <summary>
    /// A full disk, made with a file-size limit (<c>ulimit -f</c>, SIGXFSZ ignored so the write fails with EFBIG as
    /// ENOSPC would): exit 3, one line, only whole lines, the sidecar says incomplete, and a rerun without the limit
    /// resumes to the complete file.
    /// </summary>
    [Fact]
    public async Task Batch_OutputFills_ExitsThreeWithWholeLinesAndResumes()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/bin/sh"), "needs ulimit");
        using var folder = new TempFolder();
        for (int i = 0; i < 40; i++)
        {
            folder.Write($"in/a{i:D3}.txt", $"Item {i}. " + string.Concat(Enumerable.Repeat(Article + " ", 20)));
        }

        string input = Path.Combine(folder.Path, "in");
        string output = Path.Combine(folder.Path, "o.jsonl");
        string host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        string cli = Path.Combine(AppContext.BaseDirectory, "NewsExtract.Cli.dll");
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0"; // W^X maps code through a file the limit would cap
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("trap '' XFSZ; ulimit -f 200; exec \"$0\" \"$1\" batch \"$2\" --out \"$3\" --progress none --parallel 1");
        start.ArgumentList.Add(host);
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add(input);
        start.ArgumentList.Add(output);
        CancellationToken ct = TestContext.Current.CancellationToken;
        using (Process process = Process.Start(start)!)
        {
            string err = await process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            process.ExitCode.Should().Be(CliApp.OutputError, err);
            OneLine(err, output);
            err.Should().Contain("incomplete");
        }

        string[] lines = File.ReadAllLines(output);
        lines.Length.Should().BeInRange(1, 39, "the limit (100 KiB) stops the run part way");
        foreach (string line in lines)
        {
            JsonDocument.Parse(line).Dispose();
        }

        File.ReadAllText(output + ".options.json").Should().Contain("\"complete\": false");
        Run("batch", input, "--out", output, "--progress", "none").Code.Should().Be(CliApp.Success);
        Ids(output).Should().HaveCount(40);
        File.ReadAllText(output + ".options.json").Should().Contain("\"complete\": true");
    }

    [Theory]
    [InlineData("INT", CliApp.Interrupted)]
    [InlineData("TERM", CliApp.Terminated)]
    public async Task Batch_Signal_ExitsWithItsCodeKeepsWholeLinesAndResumes(string signal, int expected)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "POSIX signals");
        using var folder = new TempFolder();
        // Documents of a few thousand tokens: the wait measured is the signal handling, not the parse of a long article.
        for (int i = 0; i < 600; i++)
        {
            folder.Write($"in/a{i:D4}.txt", $"Item {i}. " + string.Concat(Enumerable.Repeat(Article + " ", 10)));
        }

        string input = Path.Combine(folder.Path, "in");
        string output = Path.Combine(folder.Path, "o.jsonl");
        CancellationToken ct = TestContext.Current.CancellationToken;
        using (Process process = CliProcess.Start("batch", input, "--out", output, "--progress", "none", "--parallel", "1"))
        {
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && CliProcess.CountLines(output) < 20 && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(20, ct);
            }

            using (Process kill = Process.Start("kill", $"-{signal} {process.Id}"))
            {
                await kill.WaitForExitAsync(ct);
            }

            var stopped = Stopwatch.StartNew();
            await process.WaitForExitAsync(ct);
            stopped.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
            process.ExitCode.Should().Be(expected, await process.StandardError.ReadToEndAsync(ct));
        }

        string[] lines = File.ReadAllLines(output);
        lines.Length.Should().BeInRange(1, 599);
        foreach (string line in lines)
        {
            JsonDocument.Parse(line).Dispose();
        }

        Run("batch", input, "--out", output, "--progress", "none").Code.Should().Be(CliApp.Success);
        Ids(output).Should().HaveCount(600).And.OnlyHaveUniqueItems();
    }

    /// <summary>Standard output on a full disk.</summary>
    private sealed class FullWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void WriteLine(string? value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");

        public override void Write(ReadOnlySpan<char> buffer) => throw new IOException("No space left on device");

        public override void WriteLine() => throw new IOException("No space left on device");
    }
}
