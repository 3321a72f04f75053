using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsExtract.Cli;

/// <summary>
/// <c>OUT.options.json</c>, the sidecar of a batch output: everything that changes what a line holds (library version,
/// a hash of the embedded data and models, the gazetteer files' contents, <c>--include</c>, <c>--max-bytes</c>,
/// <c>--pattern</c>, <c>--shard</c>) and whether the run finished. A rerun compares it before keeping any line, so
/// stale lines are never kept silently. <c>--parallel</c> and <c>--progress</c> do not change the output and are not
/// recorded.
/// </summary>
internal static class BatchManifest
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Gets the sidecar's path for an output file.</summary>
    public static string PathFor(string output) => output + ".options.json";

    /// <summary>The options that shape the output, as named strings (so a mismatch can be named).</summary>
    /// <exception cref="IOException">A gazetteer file cannot be read.</exception>
    public static SortedDictionary<string, string> Describe(BatchSettings settings)
    {
        var options = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["library"] = typeof(NewsExtractor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            ["data"] = DataHash(),
            ["--include"] = settings.Layers.ToString(),
            ["--max-bytes"] = settings.MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["--pattern"] = string.Join(" ", settings.Patterns),
            ["--shard"] = $"{settings.ShardIndex}/{settings.ShardCount}",
            ["--schema"] = ((int)settings.Schema).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (!settings.Events)
        {
            options["--exclude"] = "events";
        }

        var gazetteers = new StringBuilder();
        foreach (string file in settings.Gazetteers)
        {
            gazetteers.Append(Path.GetFileName(file)).Append(':').Append(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))).Append(' ');
        }

        options["--gazetteer"] = gazetteers.ToString().TrimEnd();
        return options;
    }

    /// <summary>
    /// Compares the recorded options with these; returns <see langword="null"/> when they match, else the names of
    /// those that differ. A missing or damaged sidecar throws <see cref="InvalidDataException"/>.
    /// </summary>
    public static string? Compare(string sidecar, SortedDictionary<string, string> options)
    {
        JsonObject recorded;
        try
        {
            recorded = JsonNode.Parse(File.ReadAllText(sidecar))?["options"]?.AsObject() ?? throw new InvalidDataException("no \"options\" object");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException(ex.Message, ex);
        }

        var changed = new List<string>();
        foreach ((string name, string value) in options)
        {
            string? old = recorded[name]?.GetValue<string>();
            if (old != value)
            {
                changed.Add(name.StartsWith("--", StringComparison.Ordinal) ? $"{name} was '{old}', now '{value}'" : $"{name} {old} -> {value}");
            }
        }

        return changed.Count == 0 ? null : string.Join("; ", changed);
    }

    /// <summary>Writes the sidecar atomically.</summary>
    public static void Write(string sidecar, SortedDictionary<string, string> options, bool complete)
    {
        var json = new JsonObject
        {
            ["format"] = 1,
            ["complete"] = complete,
            ["options"] = new JsonObject(options.Select(o => KeyValuePair.Create(o.Key, (JsonNode?)JsonValue.Create(o.Value)))),
        };
        AtomicFile.WriteAllText(sidecar, json.ToJsonString(s_indented) + "\n");
    }

    /// <summary>A hash of every resource embedded in the library: lexicons, gazetteers and models.</summary>
    private static string DataHash()
    {
        Assembly library = typeof(NewsExtractor).Assembly;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string name in library.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            using Stream stream = library.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            hash.AppendData(memory.GetBuffer(), 0, (int)memory.Length);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
