using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

[assembly: AssemblyFixture(typeof(NewsExtract.PackageTests.PackedFeed))]

namespace NewsExtract.PackageTests;

/// <summary>
/// Packs the library and the tool once, with <c>dotnet pack</c>, into a local folder that then serves as the only
/// package source: what a developer meets after <c>dotnet add package NewsExtract</c>.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    /// <summary>The repository URL every package names; SourceLink points the PDBs at it.</summary>
    public const string RepositoryUrl = "https://github.com/newsextract/newsextract";

    public PackedFeed()
    {
        Root = FindRoot();
        Work = Path.Combine(Path.GetTempPath(), "newsextract-pack-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Work, "feed");
        Directory.CreateDirectory(Feed);

        // Pack a copy of the sources, never the working tree: `dotnet test NewsExtract.sln` builds the other test
        // projects (and so src/) while this fixture runs, and a pack in place would restore and rewrite the same
        // obj/ folders under their feet (CI once failed that way: the CLI compiled against this test's deleted
        // package cache).
        string sources = Path.Combine(Work, "sources");
        CopySources(Root, sources);

        // The copy becomes a git repository with a GitHub remote, as a clone that publishes would be, so that
        // SourceLink has a commit and a URL to write into the PDBs and the nuspec.
        Commit = InitGit(sources);

        // A solution of every project under src/, packed as `dotnet pack NewsExtract.sln -c Release -o feed` packs
        // them (the tests and benchmarks of the real solution are not copied; none of them is packable).
        Must(Dotnet(sources, "new", "sln", "--name", "Packages", "--format", "sln"), "dotnet new sln");
        foreach (string project in Directory.GetFiles(Path.Combine(sources, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            Must(Dotnet(sources, "sln", "Packages.sln", "add", project), "dotnet sln add " + project);
        }

        Must(Dotnet(sources, "pack", "Packages.sln", "-c", "Release", "-o", Feed, "-p:ContinuousIntegrationBuild=true"), "dotnet pack");

        Library = Directory.GetFiles(Feed, "NewsExtract.*.nupkg").Single(p => char.IsDigit(Path.GetFileName(p)["NewsExtract.".Length]));
        Version = Path.GetFileNameWithoutExtension(Library)["NewsExtract.".Length..];
        Tool = Path.Combine(Feed, $"NewsExtract.Cli.{Version}.nupkg");
        MlPackage = Path.Combine(Feed, $"NewsExtract.ML.{Version}.nupkg");

        // The consumers see this folder and nothing else: no registry, no machine-wide package cache.
        NuGetConfig = WriteNuGetConfig(Path.Combine(Work, "nuget.config"), Feed);
    }

    public string Commit { get; }

    public string MlPackage { get; }

    public string Root { get; }

    public string Work { get; }

    public string Feed { get; }

    public string Library { get; }

    public string Tool { get; }

    public string Version { get; }

    public string NuGetConfig { get; }

    /// <summary>Writes a nuget.config whose only sources are the given folders.</summary>
    public static string WriteNuGetConfig(string path, params string[] folders)
    {
        string sources = string.Concat(folders.Select((f, i) => $"    <add key=\"local{i}\" value=\"{f}\" />\n"));
        File.WriteAllText(
            path,
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
            {sources}  </packageSources>
            </configuration>
            """);
        return path;
    }

    public Result Dotnet(string directory, params string[] args) => Run(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", directory, args);

    public Result Run(string program, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(program)
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

        // No build servers: a server left running would hold the output pipes open, and would outlive the test.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NUGET_PACKAGES"] = Path.Combine(Work, "packages");
        using Process process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 5 minutes:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new Result(process.ExitCode, output.ToString());
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder.
        }
    }

    private static void Must(Result result, string what)
    {
        if (result.Code != 0)
        {
            throw new InvalidOperationException($"{what} failed:\n{result.Output}");
        }
    }

    private string InitGit(string directory)
    {
        string[][] steps =
        [
            ["init", "-q", "-b", "main"],
            ["add", "-A"],
            ["-c", "user.name=pack test", "-c", "user.email=pack@test.invalid", "commit", "-q", "-m", "sources"],
            ["remote", "add", "origin", RepositoryUrl + ".git"],
        ];
        // GIT_DIR and GIT_WORK_TREE pin every command to the copy, whatever lies above it.
        string gitDir = Path.Combine(directory, ".git");
        string[] pin = ["--git-dir", gitDir, "--work-tree", directory];
        foreach (string[] step in steps)
        {
            Must(Run("git", directory, [.. pin, .. step]), "git " + string.Join(' ', step));
        }

        return Run("git", directory, [.. pin, "rev-parse", "HEAD"]).Output.Trim();
    }

    /// <summary>Copies what packing needs: the repository's root build files and <c>src/</c> without bin/ and obj/.</summary>
    private static void CopySources(string root, string target)
    {
        Directory.CreateDirectory(target);
        foreach (string file in Directory.EnumerateFiles(root))
        {
            // Never `.git`: in a git worktree it is a file that points at the real repository, and the fixture's own
            // `git init`, `add` and `commit` below must only ever touch the copy.
            if (!Path.GetFileName(file).StartsWith(".git", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }

        CopyTree(Path.Combine(root, "src"), Path.Combine(target, "src"));

        static void CopyTree(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (string file in Directory.EnumerateFiles(from))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }

            foreach (string dir in Directory.EnumerateDirectories(from))
            {
                string name = Path.GetFileName(dir);
                if (name is not ("bin" or "obj"))
                {
                    CopyTree(dir, Path.Combine(to, name));
                }
            }
        }
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

    public sealed record Result(int Code, string Output);
}

public class PackageTests(PackedFeed feed)
{
    [Fact]
    public void Library_Package_HoldsBothTargetsXmlDocsReadmeAndLicense()
    {
        using ZipArchive zip = ZipFile.OpenRead(feed.Library);
        string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
        entries.Should().Contain(
        [
            "lib/net8.0/NewsExtract.dll", "lib/net8.0/NewsExtract.xml",
            "lib/net10.0/NewsExtract.dll", "lib/net10.0/NewsExtract.xml",
            "README.md", "LICENSE", "THIRD-PARTY-NOTICES.md",
        ]);

        XDocument nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        XElement metadata = nuspec.Root.Element(ns + "metadata")!;
        metadata.Descendants(ns + "dependency").Should().BeEmpty("the library ships with no package dependency");
    }

    [Fact]
    public void Feed_HoldsTheThreePackagesAndTheirSymbolPackages_AndNothingElse()
    {
        Directory.GetFiles(feed.Feed).Select(Path.GetFileName).Should().BeEquivalentTo(
        [
            $"NewsExtract.{feed.Version}.nupkg", $"NewsExtract.{feed.Version}.snupkg",
            $"NewsExtract.Cli.{feed.Version}.nupkg", $"NewsExtract.Cli.{feed.Version}.snupkg",
            $"NewsExtract.ML.{feed.Version}.nupkg", $"NewsExtract.ML.{feed.Version}.snupkg",
        ]);
    }

    [Theory]
    [InlineData("NewsExtract")]
    [InlineData("NewsExtract.Cli")]
    [InlineData("NewsExtract.ML")]
    public void EveryPackage_IsReadyToPublish(string id)
    {
        using ZipArchive zip = ZipFile.OpenRead(Path.Combine(feed.Feed, $"{id}.{feed.Version}.nupkg"));
        zip.Entries.Select(e => e.FullName).Should().Contain(["icon.png", "README.md", "LICENSE", "THIRD-PARTY-NOTICES.md"]);
        using (var icon = new MemoryStream())
        {
            zip.GetEntry("icon.png")!.Open().CopyTo(icon);
            icon.ToArray().AsSpan(0, 8).ToArray().Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        }

        XDocument nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        XElement metadata = nuspec.Root.Element(ns + "metadata")!;
        metadata.Element(ns + "icon")!.Value.Should().Be("icon.png");
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        metadata.Element(ns + "license")!.Value.Should().Be("MIT");
        metadata.Element(ns + "license")!.Attribute("type")!.Value.Should().Be("expression");
        metadata.Element(ns + "description")!.Value.Should().NotBeNullOrWhiteSpace();
        XElement repository = metadata.Element(ns + "repository")!;
        repository.Attribute("url")!.Value.Should().StartWith(PackedFeed.RepositoryUrl);
        repository.Attribute("commit")!.Value.Should().Be(feed.Commit);
    }

    [Theory]
    [InlineData("NewsExtract", "lib/net10.0/NewsExtract.pdb")]
    [InlineData("NewsExtract", "lib/net8.0/NewsExtract.pdb")]
    [InlineData("NewsExtract.Cli", "tools/net10.0/any/NewsExtract.Cli.pdb")]
    [InlineData("NewsExtract.ML", "lib/net10.0/NewsExtract.ML.pdb")]
    public void SymbolPackage_HoldsAPdbWhoseSourceLinkPointsAtTheCommit(string id, string pdbPath)
    {
        // A tool package carries its PDBs itself; the others in their .snupkg.
        string file = Path.Combine(feed.Feed, $"{id}.{feed.Version}.{(id == "NewsExtract.Cli" ? "nupkg" : "snupkg")}");
        using ZipArchive zip = ZipFile.OpenRead(file);
        ZipArchiveEntry? pdb = zip.GetEntry(pdbPath);
        pdb.Should().NotBeNull($"{Path.GetFileName(file)} holds {pdbPath}");
        using var bytes = new MemoryStream();
        pdb!.Open().CopyTo(bytes);
        string text = Encoding.UTF8.GetString(bytes.ToArray());

        // The SourceLink JSON maps the deterministic source root (/_/) to raw files of this very commit.
        text.Should().Contain($"raw.githubusercontent.com/newsextract/newsextract/{feed.Commit}/*");
        text.Should().Contain("/_/", "a ContinuousIntegrationBuild maps local paths to /_/");
        text.Should().NotContain(feed.Work, "no path of the building machine is left in the PDB");
    }

    [Fact]
    public void Library_Package_EmbedsTheDataAndNeedsNoFilesBesideTheDll()
    {
        using ZipArchive zip = ZipFile.OpenRead(feed.Library);
        zip.Entries.Should().NotContain(e => e.FullName.EndsWith(".tsv", StringComparison.Ordinal), "the gazetteers and lexicons are embedded resources");
        using var dll = new MemoryStream();
        zip.GetEntry("lib/net10.0/NewsExtract.dll")!.Open().CopyTo(dll);
        Encoding.UTF8.GetString(dll.ToArray()).Should().Contain("NewsExtract.Data.actors.tsv");
    }

    [Fact]
    public void Library_FreshConsoleProject_RestoresFromTheLocalFolderOnlyAndAnnotates()
    {
        string app = Path.Combine(feed.Work, "consumer");
        Directory.CreateDirectory(app);
        File.Copy(feed.NuGetConfig, Path.Combine(app, "nuget.config"));
        File.WriteAllText(
            Path.Combine(app, "Consumer.csproj"),
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NewsExtract" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(
            Path.Combine(app, "Program.cs"),
            """
            using NewsExtract;

            var extractor = NewsExtractor.CreateDefault();
            NewsDocument doc = extractor.Annotate(
                "Kataib Hezbollah fired two rockets at Ain al-Asad Air Base on Monday, a U.S. official said.",
                published: new DateOnly(2024, 1, 10));
            foreach (EntityMention e in doc.Entities)
            {
                Console.WriteLine($"entity {e.Key} {doc.GetText(e.Span)}");
            }

            Console.WriteLine($"dates {string.Join(",", doc.Dates.Select(d => d.Value))}");
            Console.WriteLine($"statements {doc.Attributions.Length}");
            """);

        // Directory.Build.props and central package management of this repository must not leak into the consumer.
        File.WriteAllText(Path.Combine(app, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(app, "Directory.Packages.props"), "<Project />");

        PackedFeed.Result run = feed.Dotnet(app, "run", "-c", "Release");

        run.Code.Should().Be(0, run.Output);
        run.Output.Should().Contain("entity kataib-hezbollah Kataib Hezbollah")
            .And.Contain("entity ayn-al-asad-air-base Ain al-Asad Air Base")
            .And.Contain("dates 2024-01-08")
            .And.Contain("statements 1");
        Directory.GetDirectories(Path.Combine(feed.Work, "packages")).Select(Path.GetFileName)
            .Should().Contain("newsextract", "the package came from the local folder into this test's own cache");
    }

    [Fact]
    public void MlPackage_FreshConsoleProject_RestoresFromTheLocalFolderAndTransforms()
    {
        string app = Path.Combine(feed.Work, "ml-consumer");
        Directory.CreateDirectory(app);

        // NewsExtract.ML comes from the feed; Microsoft.ML, its one dependency, from the machine's package folder
        // (the copy this repository restored). Still no registry.
        string machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        PackedFeed.WriteNuGetConfig(Path.Combine(app, "nuget.config"), feed.Feed, machinePackages);
        File.WriteAllText(
            Path.Combine(app, "MlConsumer.csproj"),
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NewsExtract.ML" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(
            Path.Combine(app, "Program.cs"),
            """
            using Microsoft.ML;
            using Microsoft.ML.Data;
            using NewsExtract.ML;

            var ml = new MLContext(seed: 1);
            IDataView data = ml.Data.LoadFromEnumerable(new[] { new Row { Body = "Kataib Hezbollah fired two rockets at the base, a U.S. official said." } });
            IDataView features = ml.Transforms.ExtractNews("Body").Fit(data).Transform(data);
            foreach (VBuffer<ReadOnlyMemory<char>> keys in features.GetColumn<VBuffer<ReadOnlyMemory<char>>>("NewsEntityKeys"))
            {
                Console.WriteLine("keys " + string.Join(",", keys.DenseValues()));
            }

            public sealed class Row
            {
                public string Body { get; set; } = "";
            }
            """);
        File.WriteAllText(Path.Combine(app, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(app, "Directory.Packages.props"), "<Project />");

        PackedFeed.Result run = feed.Dotnet(app, "run", "-c", "Release");

        run.Code.Should().Be(0, run.Output);
        run.Output.Should().Contain("keys kataib-hezbollah,united-states");
        Directory.GetDirectories(Path.Combine(feed.Work, "packages")).Select(Path.GetFileName).Should().Contain("newsextract.ml");
    }

    [Fact]
    public void Tool_InstallsFromTheLocalFolderAndAnnotatesAFile()
    {
        string tools = Path.Combine(feed.Work, "tools");
        PackedFeed.Result install = feed.Dotnet(
            feed.Work, "tool", "install", "NewsExtract.Cli", "--version", feed.Version, "--tool-path", tools, "--configfile", feed.NuGetConfig);
        install.Code.Should().Be(0, install.Output);

        string article = Path.Combine(feed.Work, "article.txt");
        File.WriteAllText(article, "Officials said the Islamic Resistance in Iraq launched three drones at the base.");
        PackedFeed.Result annotate = feed.Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "newsextract.exe" : "newsextract"), feed.Work, "annotate", article, "--compact");

        annotate.Code.Should().Be(0, annotate.Output);
        annotate.Output.Should().Contain("\"key\":\"islamic-resistance-in-iraq\"").And.Contain("\"value\":3");

        // `serve` needs the ASP.NET Core shared framework: the installed tool finds it and answers on loopback.
        PackedFeed.Result help = feed.Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "newsextract.exe" : "newsextract"), feed.Work, "serve", "--help");
        help.Code.Should().Be(0, help.Output);
        help.Output.Should().Contain("--max-request-bytes");
    }
}
