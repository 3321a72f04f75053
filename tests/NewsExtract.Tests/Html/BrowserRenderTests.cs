using System.Diagnostics;
using System.Text.RegularExpressions;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Html;

/// <summary>
/// Opens a rendered seed article in headless Chromium, when it is on PATH (Debian package <c>chromium</c>); skipped
/// otherwise. <c>scripts/render-check.sh</c> does the same by hand and keeps the screenshot.
/// </summary>
public class BrowserRenderTests
{
    // Colours from the style sheet in NewsDocumentHtml: a GeoPolitical entity, the highlighted statement content (and
    // its table row), the highlighted source.
    private const int GeoPoliticalColour = 0x9be7f5;
    private const int StatementOnColour = 0xfff176;
    private const int SourceOnColour = 0xffc2b3;

    [Fact]
    public void Chromium_SeedArticlePage_RunsItsScriptAndShowsTheHighlights()
    {
        string? chromium = FindChromium();
        Assert.SkipWhen(chromium is null, "chromium is not on PATH (Debian: apt-get install chromium)");
        string dir = Path.Combine(Path.GetTempPath(), "newsextract-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string article = Repo.CorpusArticles().First();
            NewsDocument doc = TestPipeline.Extractor.Annotate(ArticleText.ReadFile(article), id: Path.GetFileNameWithoutExtension(article), cancellationToken: TestContext.Current.CancellationToken);
            doc.Attributions.Should().NotBeEmpty("the page is opened with statement 1 picked");
            string page = Path.Combine(dir, "page.html");
            File.WriteAllText(page, NewsDocumentHtml.Render(doc));
            string url = new Uri(page).AbsoluteUri + "#st-0";

            string dom = RunChromium(chromium!, dir, "--dump-dom", url);
            dom.Should().Contain("data-ready=\"yes\"", "the page's script ran");
            Regex.Count(dom, "class=\"st on\"").Should().BeGreaterThan(0, "#st-0 highlights statement 1's content");
            dom.Should().Contain("class=\"src on\"").And.MatchRegex("<tr data-row=\"0\"[^>]*class=\"on\"");
            Regex.Count(dom, "class=\"ent ent-").Should().BeGreaterThanOrEqualTo(doc.Entities.Length);

            string png = Path.Combine(dir, "page.png");
            RunChromium(chromium!, dir, "--window-size=1400,2000", "--screenshot=" + png, url);
            Png image = Png.Read(png);
            (image.Width, image.Height).Should().Be((1400, 2000));
            image.Count(GeoPoliticalColour).Should().BeGreaterThan(200, "GeoPolitical entities are highlighted");
            image.Count(StatementOnColour).Should().BeGreaterThan(1000, "the picked statement and its row are highlighted");
            image.Count(SourceOnColour).Should().BeGreaterThan(50, "the picked statement's source is highlighted");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Chromium_CorpusReport_RunsItsScriptWithoutErrorsAndShowsEveryRow()
    {
        string? chromium = FindChromium();
        Assert.SkipWhen(chromium is null, "chromium is not on PATH (Debian: apt-get install chromium)");
        string dir = Path.Combine(Path.GetTempPath(), "newsextract-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var report = new CorpusReport();
            foreach (string line in NewsExtract.Tests.Reporting.ReportInputs.Lines.Concat(NewsExtract.Tests.Reporting.ReportInputs.HostileLines()))
            {
                report.AddLine(line);
            }

            string page = Path.Combine(dir, "report.html");
            File.WriteAllText(page, report.RenderHtml());

            string log = RunChromium(chromium!, dir, out string dom, "--enable-logging=stderr", "--v=0", "--dump-dom", new Uri(page).AbsoluteUri);
            dom.Should().Contain("data-ready=\"yes\"", "the page's script ran");
            Regex.Count(dom, "<tr><td class=\"src\">").Should().Be((int)report.Statements, "every statement row is in the live DOM");
            dom.Should().NotContain("<img", "the hostile text stayed text");
            log.Should().NotMatchRegex("CONSOLE.*Uncaught", "the page's script raises no error");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string? FindChromium()
    {
        string[] folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (string name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (string folder in folders)
            {
                string path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    private static string RunChromium(string chromium, string dir, params string[] args)
    {
        RunChromium(chromium, dir, out string stdout, args);
        return stdout;
    }

    /// <summary>Runs Chromium; returns its standard error (the console log) and gives its standard output.</summary>
    private static string RunChromium(string chromium, string dir, out string stdoutText, params string[] args)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--user-data-dir=" + Path.Combine(dir, "profile") }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish in 120 s");
        }

        process.ExitCode.Should().Be(0, stderr.Result);
        stdoutText = stdout.Result;
        return stderr.Result;
    }
}
