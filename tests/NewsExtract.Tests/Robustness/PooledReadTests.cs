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
    public void ReadFile_AtTheLimit_Reads_AndOneByteOver_IsRefused()
    {
        string folder = Directory.CreateTempSubdirectory("pooled-read").FullName;
        try
        {
            string path = Path.Combine(folder, "limit.txt");
            File.WriteAllText(path, new string('b', 5000));
            ArticleText.ReadFile(path, maxBytes: 5000).Should().HaveLength(5000);
            Action over = () => ArticleText.ReadFile(path, maxBytes: 4999);
            over.Should().Throw<InvalidArticleException>().WithMessage("*5,000*4,999*");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
