namespace NewsExtract.Tests.Robustness;

/// <summary>Issue 18: files are read into rented buffers; what a buffer held before must never leak into a later read,
/// and the size limit holds whatever length the pool hands out.</summary>
public class PooledReadTests
{
    [Fact]
    public void ReadFile_AfterALongerFile_GivesOnlyTheShorterFilesText()
    {
        string folder = Directory.CreateTempSubdirectory("pooled-read").FullName;
        try
        {
            string longer = Path.Combine(folder, "long.txt");
            string shorter = Path.Combine(folder, "short.txt");
            File.WriteAllText(longer, new string('a', 3000));
            File.WriteAllText(shorter, "Rockets hit the base.");

            for (int i = 0; i < 4; i++)
            {
                ArticleText.ReadFile(longer).Should().Be(new string('a', 3000));
                ArticleText.ReadFile(shorter).Should().Be("Rockets hit the base.");
                ArticleSource.FromFile(shorter).Load(NewsExtractorOptions.DefaultMaxBytes, out FileContent content).Should().Be("Rockets hit the base.");
                content.Bytes.Should().Be(21);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ReadFile_OfAFileWhoseSizeSaysZero_StopsOneBytePastTheLimit()
    {
        // A /proc file reports 0 bytes, so only the read itself can notice it is over the limit.
        Assert.SkipUnless(File.Exists("/proc/self/status"), "needs a Linux /proc file");

        ArticleText.ReadFile("/proc/self/status").Should().Contain("Name:");
        Action read = () => ArticleText.ReadFile("/proc/self/status", maxBytes: 100);
        read.Should().Throw<InvalidArticleException>().WithMessage("*101*");
    }
}
