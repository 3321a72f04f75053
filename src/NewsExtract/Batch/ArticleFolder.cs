namespace NewsExtract;

/// <summary>Which files of a folder <see cref="ArticleFolder.Enumerate"/> yields.</summary>
public sealed class ArticleFolderOptions
{
    private readonly IReadOnlyList<string> _patterns = ["*.txt"];
    private readonly int _shardIndex;
    private readonly int _shardCount = 1;

    /// <summary>
    /// Gets the file-name patterns to take (<c>*</c> any run of characters, <c>?</c> one character, case-sensitive);
    /// a pattern with a <c>/</c> is matched against the whole id instead. Default <c>*.txt</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The list is empty, or a pattern is malformed (see
    /// <see cref="ValidatePattern"/>).</exception>
    public IReadOnlyList<string> Patterns
    {
        get => _patterns;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Count == 0)
            {
                throw new ArgumentException(Errors.OptionOutOfRange(nameof(Patterns), "empty"), nameof(value));
            }

            foreach (string pattern in value)
            {
                if (ValidatePattern(pattern) is string problem)
                {
                    throw new ArgumentException(Errors.BadPattern(pattern ?? "", problem), nameof(value));
                }
            }

            _patterns = [.. value];
        }
    }

    /// <summary>
    /// Says what is wrong with a file-name pattern, or returns <see langword="null"/> if it is fine. A pattern may not
    /// be empty or blank, hold a NUL or a control character, start or end with <c>/</c>, hold <c>//</c>, <c>\</c> or
    /// <c>**</c>, or use brackets or braces (only <c>*</c> and <c>?</c> are wildcards, so <c>[ab]</c> would silently
    /// match nothing).
    /// </summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The problem in words, or <see langword="null"/>.</returns>
    public static string? ValidatePattern(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "is empty";
        }

        if (pattern.Any(char.IsControl))
        {
            return "holds a control character";
        }

        if (pattern[0] == '/' || pattern[^1] == '/' || pattern.Contains("//", StringComparison.Ordinal))
        {
            return "must be relative to the folder, without a leading, trailing or doubled '/'";
        }

        if (pattern.Contains('\\', StringComparison.Ordinal))
        {
            return "holds '\\'; separate folders with '/'";
        }

        if (pattern.Contains("**", StringComparison.Ordinal))
        {
            return "holds '**'; '*' already matches across folders in a pattern with '/', and any name in one without";
        }

        if (pattern.AsSpan().IndexOfAny("[]{}") >= 0)
        {
            return "holds a bracket or brace; only '*' and '?' are wildcards";
        }

        return null;
    }

    /// <summary>Gets whether subfolders are walked. Default <see langword="true"/>.</summary>
    public bool Recursive { get; init; } = true;

    /// <summary>Gets which shard to take, from 0 to <see cref="ShardCount"/> - 1. Default 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int ShardIndex
    {
        get => _shardIndex;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _shardIndex = value;
        }
    }

    /// <summary>
    /// Gets into how many shards the files are split. A file belongs to shard <c>hash(id) mod ShardCount</c>, the hash
    /// being FNV-1a over the id's characters: stable across machines and runs, and a file keeps its shard when others
    /// are added. Default 1 (every file).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int ShardCount
    {
        get => _shardCount;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _shardCount = value;
        }
    }
}

/// <summary>Lists the articles of a folder as <see cref="ArticleSource"/>s, streaming and in a stable order.</summary>
public static class ArticleFolder
{
    /// <summary>
    /// Walks a folder and yields its matching files, sorted by id (ordinal), where the id is the path relative to
    /// <paramref name="directory"/> with <c>/</c> separators. Only one directory's listing is held at a time, so a
    /// folder of any size streams. Symbolic links to directories are not followed; a subfolder that cannot be listed is
    /// yielded as a source that fails with the reason, so a batch reports it instead of silently skipping it.
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <param name="options">Patterns, recursion and sharding; <see langword="null"/> for the defaults.</param>
    /// <returns>The files, lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist (thrown when enumeration starts).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ArticleFolderOptions.ShardIndex"/> is not below
    /// <see cref="ArticleFolderOptions.ShardCount"/>.</exception>
    public static IEnumerable<ArticleSource> Enumerate(string directory, ArticleFolderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        options ??= new ArticleFolderOptions();
        if (options.ShardIndex >= options.ShardCount)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Errors.OptionOutOfRange(nameof(ArticleFolderOptions.ShardIndex), options.ShardIndex));
        }

        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException(Errors.NoDirectory(directory));
        }

        return Walk(directory, options);
    }

    /// <summary>Gets whether an id belongs to a shard, as <see cref="ArticleFolderOptions.ShardCount"/> defines.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="shardIndex">The shard, from 0.</param>
    /// <param name="shardCount">The number of shards.</param>
    /// <returns>Whether the id falls in the shard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public static bool InShard(string id, int shardIndex, int shardCount)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (shardCount <= 1)
        {
            return true;
        }

        ulong hash = 14695981039346656037UL;
        foreach (char c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (int)(hash % (ulong)shardCount) == shardIndex;
    }

    /// <summary>Matches a glob with <c>*</c> and <c>?</c>, in O(name × pattern) at worst, without recursion.</summary>
    internal static bool GlobMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> name)
    {
        int p = 0, n = 0, starP = -1, starN = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starN = n;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                n = ++starN;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static IEnumerable<ArticleSource> Walk(string root, ArticleFolderOptions options)
    {
        // Depth-first over children sorted by name, with "/" appended to directory names: this visits ids in exactly
        // the ordinal order of the full relative paths, while holding one listing per level instead of every path.
        var stack = new Stack<(Entry[] Entries, int Next)>();
        Entry[] top = List(root, "", out string? error);
        if (error is not null)
        {
            throw new IOException(error);
        }

        stack.Push((top, 0));
        while (stack.Count > 0)
        {
            (Entry[] entries, int next) = stack.Pop();
            if (next >= entries.Length)
            {
                continue;
            }

            stack.Push((entries, next + 1));
            Entry entry = entries[next];
            if (entry.IsDirectory)
            {
                if (!options.Recursive)
                {
                    continue;
                }

                Entry[] children = List(entry.FullPath, entry.Id + "/", out error);
                if (error is not null)
                {
                    if (ArticleFolder.InShard(entry.Id + "/", options.ShardIndex, options.ShardCount))
                    {
                        yield return ArticleSource.Failed(entry.Id + "/", error);
                    }

                    continue;
                }

                stack.Push((children, 0));
            }
            else if (Matches(options.Patterns, entry) && InShard(entry.Id, options.ShardIndex, options.ShardCount))
            {
                // A pipe, socket or device would block or never end when read: one failed source, never opened.
                FileKind kind = FileKinds.Of(entry.FullPath);
                yield return kind == FileKind.Regular
                    ? ArticleSource.FromFile(entry.FullPath, entry.Id)
                    : ArticleSource.Failed(entry.Id, Errors.NotRegular(entry.Id, FileKinds.Describe(kind)));
            }
        }
    }

    private static bool Matches(IReadOnlyList<string> patterns, Entry entry)
    {
        ReadOnlySpan<char> name = entry.Id.AsSpan(entry.Id.LastIndexOf('/') + 1);
        foreach (string pattern in patterns)
        {
            if (GlobMatch(pattern, pattern.Contains('/', StringComparison.Ordinal) ? entry.Id : name))
            {
                return true;
            }
        }

        return false;
    }

    private static Entry[] List(string directory, string prefix, out string? error)
    {
        error = null;
        try
        {
            var entries = new List<Entry>();
            foreach (FileSystemInfo info in new DirectoryInfo(directory).EnumerateFileSystemInfos())
            {
                bool isDirectory = info is DirectoryInfo;
                if (isDirectory && info.LinkTarget is not null)
                {
                    continue;
                }

                entries.Add(new Entry(prefix + info.Name, info.FullName, isDirectory));
            }

            Entry[] array = [.. entries];
            Array.Sort(array, static (a, b) => string.CompareOrdinal(a.SortKey, b.SortKey));
            return array;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            error = Errors.CannotList(directory, ex.Message);
            return [];
        }
    }

    private sealed record Entry(string Id, string FullPath, bool IsDirectory)
    {
        public string SortKey { get; } = IsDirectory ? Id + "/" : Id;
    }
}
