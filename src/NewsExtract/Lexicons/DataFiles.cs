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

    public static TsvTable LoadFile(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, true));
        return TsvTable.Parse(path, reader);
    }

    public static IEnumerable<string> EmbeddedNames() =>
        typeof(DataFiles).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]);
}
