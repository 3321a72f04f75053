using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsExtract.ML.Tests;

/// <summary>
/// Every <c>csharp</c> block of README.md compiles against the built NewsExtract and NewsExtract.ML: each block becomes
/// the body of a method in a fresh project, its <c>using</c> lines go to the top, and the variables it uses from the
/// text around it (<c>extractor</c>, <c>doc</c>, <c>ct</c>, <c>text</c>) become parameters.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    private static readonly (string Name, string Type)[] s_context =
        [("extractor", "NewsExtractor"), ("doc", "NewsDocument"), ("ct", "CancellationToken"), ("text", "string")];

    [Fact]
    public void EveryCSharpBlockOfTheReadme_Compiles()
    {
        string root = FindRoot();
        string[] blocks = CSharpBlock().Matches(File.ReadAllText(Path.Combine(root, "README.md"))).Select(m => m.Groups[1].Value).ToArray();
        blocks.Length.Should().BeGreaterThanOrEqualTo(4, "the README shows the library, options, batches and ML.NET in C#");

        string dir = Path.Combine(Path.GetTempPath(), "newsextract-readme-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "Snippets.cs"), BuildSource(blocks));
            File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />");
            File.WriteAllText(Path.Combine(dir, "Snippets.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <NoWarn>CS1998;CS8321;CS0168;CS0219</NoWarn>
                  </PropertyGroup>
                  <ItemGroup>
                    <Reference Include="NewsExtract" HintPath="{Path.Combine(AppContext.BaseDirectory, "NewsExtract.dll")}" />
                    <Reference Include="NewsExtract.ML" HintPath="{Path.Combine(AppContext.BaseDirectory, "NewsExtract.ML.dll")}" />
                    <PackageReference Include="Microsoft.ML" Version="6.0.0" />
                  </ItemGroup>
                </Project>
                """);

            (int code, string output) = Dotnet(dir, "build", "-c", "Release");

            code.Should().Be(0, output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string BuildSource(string[] blocks)
    {
        var usings = new SortedSet<string>(StringComparer.Ordinal);
        var methods = new StringBuilder();
        for (int i = 0; i < blocks.Length; i++)
        {
            var body = new StringBuilder();
            foreach (string line in blocks[i].Split('\n'))
            {
                if (UsingLine().IsMatch(line))
                {
                    usings.Add(line.Trim());
                }
                else
                {
                    body.AppendLine(line);
                }
            }

            string code = body.ToString();
            string parameters = string.Join(", ", s_context
                .Where(c => Regex.IsMatch(code, $@"\b{c.Name}\b") && !Regex.IsMatch(code, $@"\b[\w<>?]+\s+{c.Name}\s*(=[^=]|\bin\b)"))
                .Select(c => $"{c.Type} {c.Name}"));
            methods.AppendLine($"    public static async Task Snippet{i}({parameters})\n    {{\n{code}\n    }}\n");
        }

        return string.Join('\n', usings) + "\n\ninternal static class Snippets\n{\n" + methods + "}\n";
    }

    private static (int Code, string Output) Dotnet(string directory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string FindRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "NewsExtract.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("NewsExtract.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"^\s*using\s+[\w.]+;\s*$")]
    private static partial Regex UsingLine();
}
