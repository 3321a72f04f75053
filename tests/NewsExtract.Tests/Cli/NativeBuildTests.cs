using System.Diagnostics;
using NewsExtract.Cli;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

/// <summary>
/// The native executable (issue 18: <c>dotnet publish src/NewsExtract.Cli -c Release -r linux-x64</c>) must print the
/// very bytes the JIT build prints. The JIT process is always compared with the in-process run (standard output is
/// then written straight to the process's stream, not through a <see cref="TextWriter"/>); the native binary is
/// compared when it has been published (<c>.ci/run</c> publishes it first and names it in <c>NEWSEXTRACT_NATIVE</c>).
/// </summary>
public class NativeBuildTests
{
    public static TheoryData<string[]> Commands() => new()
    {
        { new[] { "annotate" } },
        { new[] { "annotate", "--schema", "1" } },
        { new[] { "annotate", "--compact", "--include", "tokens,sentences,zones,paragraphs,quotes" } },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Annotate_JitProcess_PrintsTheBytesOfTheInProcessRun(string[] command)
    {
        // Two articles only: a JIT process takes about a second to start.
        foreach (string article in Articles().Where((_, i) => i is 1 or 7))
        {
            var stdout = new StringWriter();
            CliApp.Run([command[0], article, .. command[1..]], TextReader.Null, stdout, new StringWriter()).Should().Be(CliApp.Success);
            string jit = RunProcess(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsExtract.Cli.dll"), command[0], article, .. command[1..]]);
            jit.Should().Be(stdout.ToString(), Path.GetFileName(article));
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Annotate_NativeBinary_PrintsTheBytesOfTheJitBuild(string[] command)
    {
        string? native = NativeBinary();
        Assert.SkipWhen(native is null, "the native binary is not published: run `dotnet publish src/NewsExtract.Cli -c Release -r linux-x64` or set NEWSEXTRACT_NATIVE (.ci/run does)");
        foreach (string article in Articles())
        {
            var stdout = new StringWriter();
            CliApp.Run([command[0], article, .. command[1..]], TextReader.Null, stdout, new StringWriter()).Should().Be(CliApp.Success);
            RunProcess(native!, [command[0], article, .. command[1..]]).Should().Be(stdout.ToString(), Path.GetFileName(article));
        }
    }

    [Fact]
    public void Export_ParquetInTheNativeBinary_IsRefusedWithAReason()
    {
        string? native = NativeBinary();
        Assert.SkipWhen(native is null, "the native binary is not published");
        using var folder = new NewsExtract.Tests.Batch.TempFolder();
        string input = folder.Write("in.jsonl", "{\"id\":\"a\"}\n");
        (int code, _, string error) = RunProcessRaw(native!, ["export", input, "--out", Path.Combine(folder.Path, "out")]);
        code.Should().Be(CliApp.UsageError);
        error.Should().Contain("--format csv");
        (code, _, error) = RunProcessRaw(native!, ["export", input, "--out", Path.Combine(folder.Path, "csv"), "--format", "csv"]);
        code.Should().Be(CliApp.Success, error);
        File.Exists(Path.Combine(folder.Path, "csv", "documents.csv")).Should().BeTrue();
    }

    private static IEnumerable<string> Articles() =>
        Repo.CorpusArticles().Concat(Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests", "invented"), "*.txt").Order(StringComparer.Ordinal));

    private static string? NativeBinary()
    {
        string name = OperatingSystem.IsWindows() ? "NewsExtract.Cli.exe" : "NewsExtract.Cli";
        string? given = Environment.GetEnvironmentVariable("NEWSEXTRACT_NATIVE");
        if (!string.IsNullOrEmpty(given))
        {
            return File.Exists(given) ? given : throw new FileNotFoundException("NEWSEXTRACT_NATIVE names no file", given);
        }

        string rid = (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-"
            + System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        string published = Path.Combine(Repo.Root, "src", "NewsExtract.Cli", "bin", "Release", "net10.0", rid, "publish", name);
        return File.Exists(published) ? published : null;
    }

    private static string RunProcess(string file, IEnumerable<string> args)
    {
        (int code, string output, string error) = RunProcessRaw(file, args);
        code.Should().Be(0, error);
        return output;
    }

    private static (int Code, string Output, string Error) RunProcessRaw(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new System.Text.UTF8Encoding(false),
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
