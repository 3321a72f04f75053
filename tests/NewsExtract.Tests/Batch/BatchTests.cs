using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Batch;

/// <summary>A scratch folder deleted after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsextract-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string text) => WriteBytes(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        string full = System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process may still hold a file on some systems; the folder is in the temp directory anyway.
        }
    }
}

public class ArticleFolderTests
{
    [Fact]
    public void Enumerate_Recursive_YieldsIdsInOrdinalOrderWithSlashes()
    {
        using var folder = new TempFolder();
        string[] files = ["b.txt", "a.txt", "a-b.txt", "a/x.txt", "a/b/c.txt", "a.d/z.txt", "B.txt", "a/notes.md", "z/y/x/w.txt"];
        foreach (string file in files)
        {
            folder.Write(file, "Text.");
        }

        string[] ids = ArticleFolder.Enumerate(folder.Path).Select(s => s.Id).ToArray();

        string[] expected = files.Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        ids.Should().Equal(expected);
        ids.Should().Contain("a/b/c.txt").And.NotContain("a/notes.md");
    }

    [Fact]
    public void Enumerate_PatternsAndNoRecursion_SelectFiles()
    {
        using var folder = new TempFolder();
        folder.Write("one.txt", "x");
        folder.Write("two.text", "x");
        folder.Write("sub/three.txt", "x");
        folder.Write("sub/four.text", "x");

        ArticleFolder.Enumerate(folder.Path, new ArticleFolderOptions { Patterns = ["*.text"] }).Select(s => s.Id)
            .Should().Equal("sub/four.text", "two.text");
        ArticleFolder.Enumerate(folder.Path, new ArticleFolderOptions { Recursive = false }).Select(s => s.Id)
            .Should().Equal("one.txt");
        ArticleFolder.Enumerate(folder.Path, new ArticleFolderOptions { Patterns = ["sub/*"] }).Select(s => s.Id)
            .Should().Equal("sub/four.text", "sub/three.txt");
    }

    [Theory]
    [InlineData("*.txt", "a.txt", true)]
    [InlineData("*.txt", "a.txt.bak", false)]
    [InlineData("a?c*", "abcdef", true)]
    [InlineData("a?c*", "ac", false)]
    [InlineData("*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)]
    [InlineData("**", "", true)]
    public void GlobMatch_StarAndQuestionMark(string pattern, string name, bool expected) =>
        ArticleFolder.GlobMatch(pattern, name).Should().Be(expected);

    [Fact]
    public void Enumerate_Shards_PartitionTheFilesStably()
    {
        using var folder = new TempFolder();
        for (int i = 0; i < 60; i++)
        {
            folder.Write($"d{i % 4}/f{i}.txt", "x");
        }

        string[] all = ArticleFolder.Enumerate(folder.Path).Select(s => s.Id).ToArray();
        var shards = Enumerable.Range(0, 3)
            .Select(i => ArticleFolder.Enumerate(folder.Path, new ArticleFolderOptions { ShardIndex = i, ShardCount = 3 }).Select(s => s.Id).ToArray())
            .ToArray();

        shards.SelectMany(s => s).Order(StringComparer.Ordinal).Should().Equal(all, "every file is in exactly one shard");
        shards.Should().AllSatisfy(s => s.Length.Should().BeInRange(8, 32, "a hash split is roughly even"));
        shards.Should().AllSatisfy(s => s.Should().BeInAscendingOrder(StringComparer.Ordinal));
        ArticleFolder.InShard("d0/f0.txt", 1, 3).Should().Be(shards[1].Contains("d0/f0.txt"), "the shard of an id depends only on the id");
    }

    [Fact]
    public void Enumerate_BadArguments_Throw()
    {
        FluentActions.Invoking(() => ArticleFolder.Enumerate(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid())))
            .Should().Throw<DirectoryNotFoundException>();
        FluentActions.Invoking(() => ArticleFolder.Enumerate(Path.GetTempPath(), new ArticleFolderOptions { ShardIndex = 3, ShardCount = 3 }))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ArticleFolderOptions { ShardCount = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ArticleFolderOptions { Patterns = [] }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new BatchOptions { MaxDegreeOfParallelism = 0 }).Should().Throw<ArgumentOutOfRangeException>();
    }
}

public class AnnotateAsyncTests
{
    private static readonly string[] s_sentences =
    [
        "The militia fired three rockets at the base on Monday, a spokesman said.",
        "Officials said no one was hurt.",
        "\"We will respond,\" the minister told reporters.",
    ];

    private static ArticleSource Source(int i)
    {
        // Lengths vary a lot so that workers finish out of order.
        string text = string.Join(' ', Enumerable.Repeat(s_sentences[i % s_sentences.Length], 1 + (i * 37 % 50)));
        return ArticleSource.FromText($"doc{i:D3}", text, new DateOnly(2024, 1, 1));
    }

    [Fact]
    public async Task AnnotateAsync_Parallel_YieldsResultsInSourceOrderEqualToSequential()
    {
        ArticleSource[] sources = Enumerable.Range(0, 60).Select(Source).ToArray();
        var results = new List<ArticleResult>();
        await foreach (ArticleResult r in TestPipeline.Extractor.AnnotateAsync(sources, new BatchOptions { MaxDegreeOfParallelism = 4 }, cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(r);
        }

        results.Select(r => r.Id).Should().Equal(sources.Select(s => s.Id));
        for (int i = 0; i < sources.Length; i += 7)
        {
            NewsDocument expected = TestPipeline.Extractor.Annotate(Source(i).Load(long.MaxValue, out _), new DateOnly(2024, 1, 1), $"doc{i:D3}", TestContext.Current.CancellationToken);
            NewsDocumentJson.Serialize(results[i].Document!).Should().Be(NewsDocumentJson.Serialize(expected));
        }
    }

    [Fact]
    public async Task AnnotateAsync_BadFiles_FailAloneAndTheBatchGoesOn()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Officials said the base was attacked.");
        folder.WriteBytes("b.txt", [0x41, 0x00, 0x42]);
        folder.WriteBytes("c.txt", [0xC3, 0x28]);
        folder.Write("d.txt", new string('x', 200));
        folder.Write("e.txt", "The minister said talks would go on.");

        var progress = new List<BatchProgress>();
        var results = new List<ArticleResult>();
        await foreach (ArticleResult r in TestPipeline.Extractor.AnnotateFolderAsync(
            folder.Path, options: new BatchOptions { MaxBytes = 100 }, progress: new SyncProgress(progress.Add), cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(r);
        }

        results.Select(r => (r.Id, r.Succeeded)).Should().Equal(("a.txt", true), ("b.txt", false), ("c.txt", false), ("d.txt", false), ("e.txt", true));
        results[1].Exception.Should().BeOfType<InvalidArticleException>().Which.Message.Should().Contain("binary");
        results[2].Error.Should().Contain("UTF-8");
        results[3].Error.Should().Contain("over the limit");
        results[4].Document!.Attributions.Should().ContainSingle();
        progress.Should().HaveCount(5);
        progress[^1].Completed.Should().Be(5);
        progress[^1].Failed.Should().Be(3);
        progress[^1].Tokens.Should().Be(results.Where(r => r.Succeeded).Sum(r => r.Document!.Tokens.Length));
    }

    [Fact]
    public async Task AnnotateAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        int seen = 0;
        Func<Task> run = async () =>
        {
            await foreach (ArticleResult r in TestPipeline.Extractor.AnnotateAsync(Enumerable.Range(0, 10_000).Select(Source), cancellationToken: cts.Token))
            {
                if (++seen == 5)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await run.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().BeLessThan(100, "the batch stops soon after cancellation instead of running the whole stream");
    }

    [Fact]
    public async Task AnnotateAsync_ConsumerStopsEarly_PullsOnlyABoundedWindow()
    {
        int pulled = 0;
        IEnumerable<ArticleSource> Counted()
        {
            for (int i = 0; i < 100_000; i++)
            {
                pulled++;
                yield return Source(i);
            }
        }

        await foreach (ArticleResult r in TestPipeline.Extractor.AnnotateAsync(Counted(), new BatchOptions { MaxDegreeOfParallelism = 2 }, cancellationToken: TestContext.Current.CancellationToken))
        {
            if (r.Id == "doc002")
            {
                break;
            }
        }

        pulled.Should().BeLessThanOrEqualTo(3 + (2 * 4), "sources are pulled lazily, a window of four per worker ahead");
    }

    /// <summary>Reports synchronously (Progress&lt;T&gt; posts to the thread pool, which would race the assertions).</summary>
    private sealed class SyncProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
