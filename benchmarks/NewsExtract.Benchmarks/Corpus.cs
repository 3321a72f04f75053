using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using NewsExtract.Lexicons;

namespace NewsExtract.Benchmarks;

/// <summary>
/// The benchmark inputs: each article of <c>corpus/*.txt</c> by file name (without extension), and
/// <see cref="Corpus2MB"/>, the five articles joined by blank lines and repeated to at least 2 MiB of UTF-8.
/// </summary>
/// <remarks>
/// The corpus is found by walking up from <see cref="AppContext.BaseDirectory"/> to the folder holding
/// <c>NewsExtract.sln</c>, as the gold tests do; BenchmarkDotNet runs each benchmark from a generated project below
/// the benchmark project's <c>bin</c> folder, which is still inside the repository.
/// </remarks>
public static class Corpus
{
    /// <summary>The name of the repeated-corpus input.</summary>
    public const string Corpus2MB = "Corpus2MB";

    /// <summary>The size the repeated corpus reaches or just passes, in UTF-8 bytes.</summary>
    public const int TargetBytes = 2 * 1024 * 1024;

    private static readonly Lazy<string> s_root = new(FindRoot);
    private static readonly Lazy<SortedDictionary<string, string>> s_articles = new(LoadArticles);
    private static readonly Lazy<string> s_corpus2MB = new(BuildCorpus2MB);
    private static readonly ConcurrentDictionary<string, int> s_tokenCounts = new(StringComparer.Ordinal);

    /// <summary>Gets the repository root (the folder holding <c>NewsExtract.sln</c>).</summary>
    public static string Root => s_root.Value;

    /// <summary>Gets the article names in file-name order.</summary>
    public static IEnumerable<string> ArticleNames => s_articles.Value.Keys;

    /// <summary>Gets the name of the longest article, the single-article input of the tokenizer and entity benchmarks.</summary>
    public static string LongestArticle => s_articles.Value.MaxBy(p => p.Value.Length).Key;

    /// <summary>The repeated corpus first, then every article.</summary>
    public static IEnumerable<string> AllInputs() => [Corpus2MB, .. ArticleNames];

    /// <summary>The repeated corpus and the longest article.</summary>
    public static IEnumerable<string> LargeAndOneArticle() => [Corpus2MB, LongestArticle];

    /// <summary>Returns the text of an input.</summary>
    /// <param name="name"><see cref="Corpus2MB"/> or an article name.</param>
    /// <returns>The text, exactly as <see cref="ArticleText.ReadFile"/> decodes it.</returns>
    public static string Text(string name) =>
        name == Corpus2MB ? s_corpus2MB.Value
        : s_articles.Value.TryGetValue(name, out string? text) ? text
        : throw new ArgumentException("No corpus article named '" + name + "' under " + Path.Combine(Root, "corpus"), nameof(name));

    /// <summary>Returns the number of tokens the default tokenizer makes of an input (fixed per input).</summary>
    /// <param name="name"><see cref="Corpus2MB"/> or an article name.</param>
    /// <returns>Tokens per operation, for converting time per operation into tokens per second.</returns>
    public static int TokenCount(string name) =>
        s_tokenCounts.GetOrAdd(name, n => LexiconSet.Default.Tokenizer.Tokenize(Text(n)).Length);

    /// <summary>Returns the size of an input in UTF-8 bytes (its size on disk).</summary>
    /// <param name="name"><see cref="Corpus2MB"/> or an article name.</param>
    /// <returns>Bytes per operation, for converting time per operation into MB/s.</returns>
    public static int Utf8Bytes(string name) => Encoding.UTF8.GetByteCount(Text(name));

    /// <summary>Prints the fixed per-operation sizes of an input, so they land in the BenchmarkDotNet log.</summary>
    /// <param name="benchmark">The benchmark class name.</param>
    /// <param name="name">The input name.</param>
    public static void Describe(string benchmark, string name)
    {
        string text = Text(name);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// {benchmark} Input={name}: tokens/op={TokenCount(name)} chars/op={text.Length} utf8Bytes/op={Utf8Bytes(name)}"));
    }

    private static string FindRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "NewsExtract.sln")))
        {
            dir = Path.GetDirectoryName(dir.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        }

        return dir ?? throw new InvalidOperationException("NewsExtract.sln not found above " + AppContext.BaseDirectory);
    }

    private static SortedDictionary<string, string> LoadArticles()
    {
        var articles = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(Path.Combine(Root, "corpus"), "*.txt"))
        {
            articles.Add(Path.GetFileNameWithoutExtension(path), ArticleText.ReadFile(path));
        }

        if (articles.Count == 0)
        {
            throw new InvalidOperationException("No corpus/*.txt under " + Root);
        }

        return articles;
    }

    private static string BuildCorpus2MB()
    {
        string once = string.Join("\n\n", s_articles.Value.Values.Select(t => t.Trim()));
        int onceBytes = Encoding.UTF8.GetByteCount(once) + 2;
        int copies = (TargetBytes + onceBytes - 1) / onceBytes;
        var builder = new StringBuilder((once.Length + 2) * copies);
        for (int i = 0; i < copies; i++)
        {
            builder.Append(once).Append("\n\n");
        }

        return builder.ToString();
    }
}
