using System.Reflection;
using System.Text;

namespace NewsExtract.Lexicons;

/// <summary>Opens the data files embedded in the package (<c>Lexicons/Data/*.tsv</c>) and files given by the user.</summary>
internal static class DataFiles
{
    private const string Prefix = "NewsExtract.Data.";

    public static TsvTable LoadEmbedded(string fileName)
    {
        Assembly assembly = typeof(DataFiles).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException(Errors.ResourceMissing(fileName));
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        return TsvTable.Parse(fileName, reader);
    }

    /// <summary>Reads a user's TSV file: UTF-8 (or UTF-16/32 with a byte-order mark), checked as an article is.</summary>
    /// <exception cref="LexiconFormatException">The file is not text or not valid in its encoding (the message names
    /// the byte offset), or not a regular file.</exception>
    public static TsvTable LoadFile(string path)
    {
        string text;
        try
        {
            text = ArticleText.ReadFile(path);
        }
        catch (InvalidArticleException ex)
        {
            throw new LexiconFormatException(ex.Message, ex);
        }

        using var reader = new StringReader(text);
        return TsvTable.Parse(path, reader);
    }

    public static IEnumerable<string> EmbeddedNames() =>
        typeof(DataFiles).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]);
}
