using System.Buffers;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsExtract.Cli;

/// <summary>What a batch run is asked to do, parsed from the command line.</summary>
internal sealed record BatchSettings(
    string Directory,
    string Output,
    int Parallel,
    IReadOnlyList<string> Patterns,
    int ShardIndex,
    int ShardCount,
    long MaxBytes,
    IReadOnlyList<string> Gazetteers,
    JsonLayers Layers,
    ProgressMode Progress,
    JsonOutputSchema Schema = JsonOutputSchema.V2,
    bool Events = true);

/// <summary>How a batch shows progress.</summary>
internal enum ProgressMode
{
    /// <summary>A bar on a terminal, plain lines when standard error is redirected.</summary>
    Auto,
    /// <summary>A live bar (Spectre.Console).</summary>
    Bar,
    /// <summary>A line every few seconds.</summary>
    Plain,
    /// <summary>Nothing but the summary.</summary>
    None,
}

/// <summary><c>newsextract batch DIR --out FILE.jsonl</c>: annotates a folder, one JSON line per document, resumable.</summary>
internal static class BatchCommand
{
    private static readonly JsonWriterOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(TextWriter stdout, TextWriter stderr, Interruption? interruption = null)
    {
        var directory = new Argument<string>("dir") { Description = "The folder of articles; walked recursively." };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The JSON Lines file to write (one line per document, sorted by id). Run again with the same file to resume.",
            Required = true,
        };
        var parallel = new Option<int>("--parallel", "-p")
        {
            Description = "How many documents to annotate at once.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var patterns = new Option<string[]>("--pattern")
        {
            Description = "File-name glob to take (* and ?); may be repeated. A pattern with '/' matches the relative path. Default *.txt.",
        };
        var shard = new Option<string?>("--shard")
        {
            Description = "Process shard I of N (I from 0), e.g. 0/4: a stable split by a hash of each file's id, for N machines with no coordination.",
        };
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = "The largest file accepted, in bytes; larger files become error lines.",
            DefaultValueFactory = _ => NewsExtractorOptions.DefaultMaxBytes,
        };
        var gazetteers = new Option<string[]>("--gazetteer") { Description = "A gazetteer TSV file to add; may be repeated." };
        var include = new Option<string[]>("--include")
        {
            Description = "Extra layers per line, comma-separated: tokens, sentences, zones, paragraphs, quotes; events is on by default.",
            AllowMultipleArgumentsPerToken = true,
        };
        var progress = new Option<ProgressMode>("--progress")
        {
            Description = "auto (a bar on a terminal, plain lines otherwise), bar, plain or none.",
            DefaultValueFactory = _ => ProgressMode.Auto,
        };
        Option<string[]> exclude = LayerOptions.CreateExclude();
        Option<string> schema = SchemaOption.Create();
        var command = new Command("batch", "Annotate every article of a folder into a JSON Lines file; resumable, shardable, on every core.")
        {
            directory, output, parallel, patterns, shard, maxBytes, gazetteers, include, exclude, progress, schema,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!LayerOptions.TryParse(parse.GetValue(include), parse.GetValue(exclude), out JsonLayers layers, out bool events, out string? bad, out string? option))
            {
                stderr.WriteLine(LayerOptions.Message(bad, option));
                return CliApp.UsageError;
            }

            int shardIndex = 0, shardCount = 1;
            if (parse.GetValue(shard) is string shardText && !TryParseShard(shardText, out shardIndex, out shardCount))
            {
                stderr.WriteLine($"newsextract: --shard must be I/N with 0 <= I < N, not '{shardText}'.");
                return CliApp.UsageError;
            }

            int workers = parse.GetValue(parallel);
            long max = parse.GetValue(maxBytes);
            if (workers < 1 || max < 1)
            {
                stderr.WriteLine("newsextract: --parallel and --max-bytes must be at least 1.");
                return CliApp.UsageError;
            }

            string[] globs = parse.GetValue(patterns) is { Length: > 0 } given ? given : ["*.txt"];
            foreach (string glob in globs)
            {
                if (ArticleFolderOptions.ValidatePattern(glob) is string problem)
                {
                    return CliApp.Report(stderr, Messages.BadPattern(glob, problem + "."), CliApp.UsageError);
                }
            }

            var settings = new BatchSettings(
                parse.GetValue(directory)!, parse.GetValue(output)!, workers, globs, shardIndex, shardCount, max,
                parse.GetValue(gazetteers) ?? [], layers, parse.GetValue(progress), SchemaOption.Of(parse.GetValue(schema)), events);
            interruption?.BeCooperative();
            return await RunAsync(settings, stdout, stderr, cancellationToken).ConfigureAwait(false);
        });

        return command;
    }

    internal static bool TryParseShard(string text, out int index, out int count)
    {
        index = 0;
        count = 1;
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out index)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out count)
            && count >= 1 && index < count;
    }

    internal static async Task<int> RunAsync(BatchSettings settings, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (CheckFolder(settings.Directory) is string folderProblem)
        {
            return CliApp.Report(stderr, folderProblem, CliApp.UsageError);
        }

        string output = Path.GetFullPath(settings.Output);
        if (Directory.Exists(output) || (File.Exists(output) && FileKinds.Of(output) != FileKind.Regular))
        {
            return CliApp.Report(stderr, Messages.OutNotRegular(settings.Output), CliApp.UsageError);
        }

        var folder = new ArticleFolderOptions
        {
            Patterns = settings.Patterns,
            ShardIndex = settings.ShardIndex,
            ShardCount = settings.ShardCount,
        };
        var inputs = new BatchInputs(settings.Directory, folder, output);
        if (!inputs.Any())
        {
            return CliApp.Report(stderr, Messages.NothingFound(settings.Directory, settings.Patterns, settings.ShardIndex, settings.ShardCount), CliApp.UsageError);
        }

        SyntaxLevel syntax = (settings.Layers & JsonLayers.Syntax) != 0 ? SyntaxLevel.Full : SyntaxLevel.None;
        if (!CliApp.TryCreateExtractor([.. settings.Gazetteers], stderr, out NewsExtractor? extractor, syntax, settings.Events))
        {
            return CliApp.InputError;
        }

        BatchLock? held;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            held = BatchLock.TryAcquire(output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CliApp.Report(stderr, Messages.CannotWrite("'" + settings.Output + "'", ex.Message), CliApp.OutputError);
        }

        if (held is null)
        {
            return CliApp.Report(stderr, Messages.Locked(settings.Output, BatchLock.PathFor(settings.Output)), CliApp.UsageError);
        }

        using BatchLock fileLock = held;
        if (fileLock.PreviousOwner is { Length: > 0 } owner)
        {
            stderr.WriteLine($"newsextract: {Messages.StaleLock(BatchLock.PathFor(settings.Output), owner)}");
        }

        string sidecar = BatchManifest.PathFor(output);
        SortedDictionary<string, string> options;
        try
        {
            options = BatchManifest.Describe(settings);
            if (CheckResume(settings.Output, output, sidecar, options) is string resumeProblem)
            {
                return CliApp.Report(stderr, resumeProblem, CliApp.UsageError);
            }

            BatchManifest.Write(sidecar, options, complete: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CliApp.Report(stderr, Messages.CannotWrite("'" + sidecar + "'", ex.Message), CliApp.OutputError);
        }

        BatchJournal journal;
        try
        {
            journal = BatchJournal.Open(output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CliApp.Report(stderr, Messages.OutputFailed(settings.Output, ex.Message), CliApp.OutputError);
        }

        using (journal)
        {
            if (journal.Recovered > 0 || journal.TornBytes > 0)
            {
                stderr.WriteLine(
                    $"newsextract: resuming '{settings.Output}': {journal.Recovered:N0} lines kept"
                    + (journal.TornBytes > 0 ? $", a torn last line of {journal.TornBytes:N0} bytes cut off." : "."));
            }

            ProgressMode mode = settings.Progress;
            if (mode == ProgressMode.Auto)
            {
                mode = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? ProgressMode.Bar : ProgressMode.Plain;
            }

            // Counting first costs one extra directory walk and gives the progress display its total and ETA.
            int total = mode == ProgressMode.None ? 0 : inputs.Count();
            var run = new BatchRun(settings, journal, extractor, inputs, stderr);
            var view = BatchProgressView.Create(mode, total, stderr);
            int code;
            try
            {
                await view.RunAsync(run.RunAsync, cancellationToken).ConfigureAwait(false);
                journal.Complete(run.Ids);
                BatchManifest.Write(sidecar, options, complete: true);
                code = run.Failed > 0 ? CliApp.InputError : CliApp.Success;
            }
            catch (OperationCanceledException)
            {
                stderr.WriteLine($"newsextract: {Messages.Interrupted(settings.Output)}");
                code = CliApp.Interrupted;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not OutputWriteException)
            {
                // A full disk, a folder made read-only: the journal holds whole lines only, the sidecar still says
                // "complete": false, and the exit code says the file is not finished.
                stderr.WriteLine($"newsextract: {Messages.OutputFailed(settings.Output, ex.Message)}");
                code = CliApp.OutputError;
            }

            run.WriteSummary(stdout);
            return code;
        }
    }

    /// <summary>Why the input folder cannot be walked, or <see langword="null"/>.</summary>
    private static string? CheckFolder(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return File.Exists(directory) ? Messages.NotAFolder(directory) : Messages.NoFolder(directory);
        }

        try
        {
            using IEnumerator<string> entries = Directory.EnumerateFileSystemEntries(directory).GetEnumerator();
            entries.MoveNext();
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Messages.CannotListFolder(directory, ex.Message);
        }
    }

    /// <summary>
    /// Whether the lines already in <paramref name="output"/> may be kept: only if the sidecar records the same options.
    /// An empty or missing output starts fresh.
    /// </summary>
    private static string? CheckResume(string given, string output, string sidecar, SortedDictionary<string, string> options)
    {
        if (!File.Exists(output) || new FileInfo(output).Length == 0)
        {
            return null;
        }

        if (!File.Exists(sidecar))
        {
            return Messages.NoSidecar(given, sidecar);
        }

        try
        {
            return BatchManifest.Compare(sidecar, options) is string changed ? Messages.OptionsChanged(given, changed, sidecar) : null;
        }
        catch (InvalidDataException ex)
        {
            return Messages.BadSidecar(sidecar, ex.Message);
        }
    }

    /// <summary>The state of one run: the journal, the counters, the ids seen in order.</summary>
    private sealed class BatchRun(BatchSettings settings, BatchJournal journal, NewsExtractor extractor, BatchInputs inputs, TextWriter stderr)
    {
        private readonly Stopwatch _clock = new();

        public List<string> Ids { get; } = [];

        public int Annotated { get; private set; }

        public int Reused { get; private set; }

        public int Failed { get; private set; }

        public long Tokens { get; private set; }

        public long Entities { get; private set; }

        public long Statements { get; private set; }

        public async Task RunAsync(Action<int> advance, CancellationToken cancellationToken)
        {
            _clock.Start();
            var options = new BatchOptions { MaxDegreeOfParallelism = settings.Parallel, MaxBytes = settings.MaxBytes };
            IEnumerable<ArticleSource> todo = Pending(advance);
            // Serializing is a tenth of the work; done here in order it would cap the speed-up on many cores, so
            // each line is written on the thread pool and appended from a short ordered queue.
            var lines = new Queue<Task<Line>>();
            await foreach (ArticleResult result in extractor.AnnotateAsync(todo, options, null, cancellationToken).ConfigureAwait(false))
            {
                // The hash comes from the very bytes the worker decoded, never from a second read.
                var hash = new FileHash(result.Sha256, result.Bytes);
                lines.Enqueue(Task.Run(() => Serialize(result, hash, settings.Layers, settings.Schema), cancellationToken));
                if (lines.Count > settings.Parallel)
                {
                    Append(await lines.Dequeue().ConfigureAwait(false), advance);
                }
            }

            while (lines.Count > 0)
            {
                Append(await lines.Dequeue().ConfigureAwait(false), advance);
            }

            _clock.Stop();
        }

        private static Line Serialize(ArticleResult result, FileHash hash, JsonLayers layers, JsonOutputSchema schema)
        {
            var buffer = new ArrayBufferWriter<byte>(result.Succeeded ? Math.Min(result.Document.Text.Length * 4, 1 << 20) + 256 : 256);
            using (var writer = new Utf8JsonWriter(buffer, s_json))
            {
                writer.WriteStartObject();
                if (result.Succeeded)
                {
                    NewsDocumentJson.WriteProperties(writer, result.Document, layers, schema);
                    writer.WriteStartObject("file");
                    writer.WriteString("sha256", hash.Sha256);
                    writer.WriteNumber("bytes", hash.Bytes);
                    writer.WriteEndObject();
                }
                else
                {
                    writer.WriteString("id", result.Id);
                    writer.WriteString("error", result.Error);
                }

                writer.WriteEndObject();
            }

            return new Line(result, hash, buffer);
        }

        private void Append(Line line, Action<int> advance)
        {
            ArticleResult result = line.Result;
            journal.Append(result.Id, line.Json.WrittenSpan, line.Hash.Sha256, !result.Succeeded);
            if (result.Succeeded)
            {
                Annotated++;
                Tokens += result.Document.Tokens.Length;
                Entities += result.Document.Entities.Length;
                Statements += result.Document.Attributions.Length;
            }
            else
            {
                Failed++;
                stderr.WriteLine($"newsextract: {result.Id}: {result.Error}");
            }

            advance(1);
        }

        public void WriteSummary(TextWriter stdout)
        {
            double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-6);
            stdout.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{Ids.Count:N0} documents: {Annotated:N0} annotated, {Reused:N0} already done, {Failed:N0} failed; "
                + $"{Tokens:N0} tokens, {Entities:N0} entities, {Statements:N0} statements; "
                + $"{_clock.Elapsed:hh\\:mm\\:ss\\.f}, {Tokens / seconds:N0} tokens/s, {Annotated / seconds:N1} documents/s."));
        }

        /// <summary>
        /// The folder's files in id order, minus those the journal already has from an unchanged file (hashed here, on
        /// the producer side; hashing runs far faster than annotation, so it never starves the workers).
        /// </summary>
        private IEnumerable<ArticleSource> Pending(Action<int> advance)
        {
            foreach (ArticleSource source in inputs)
            {
                Ids.Add(source.Id);

                // Only an id the journal already has needs hashing now: to see whether its line can be kept.
                if (source.Path is not null && journal.Has(source.Id)
                    && Hash(source.Path, settings.MaxBytes).Sha256 is string sha && journal.IsDone(source.Id, sha))
                {
                    Reused++;
                    advance(1);
                    continue;
                }

                yield return source;
            }
        }

        private static FileHash Hash(string path, long maxBytes)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                if (stream.Length > maxBytes)
                {
                    return default;
                }

                return new FileHash(Convert.ToHexStringLower(SHA256.HashData(stream)), stream.Length);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The worker will fail to read it too, and report why.
                return default;
            }
        }
    }

    private readonly record struct FileHash(string? Sha256, long Bytes);

    private sealed record Line(ArticleResult Result, FileHash Hash, ArrayBufferWriter<byte> Json);
}

/// <summary>
/// The articles of a batch: the folder's matching files minus the output file and every sidecar the tool writes
/// beside it (<c>.lock</c>, <c>.options.json</c>, <c>.tmp</c>), so an <c>--out</c> inside the input folder is never
/// annotated as an input. Enumerating walks the folder afresh each time.
/// </summary>
internal sealed class BatchInputs(string directory, ArticleFolderOptions options, string output) : IEnumerable<ArticleSource>
{
    public IEnumerator<ArticleSource> GetEnumerator()
    {
        foreach (ArticleSource source in ArticleFolder.Enumerate(directory, options))
        {
            if (source.Path is null || !IsOurs(Path.GetFullPath(source.Path)))
            {
                yield return source;
            }
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private bool IsOurs(string path)
    {
        if (!path.StartsWith(output, StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> suffix = path.AsSpan(output.Length);
        return suffix is "" or ".lock" or ".options.json" or ".tmp"
            || suffix.StartsWith(".tmp-", StringComparison.Ordinal)
            || suffix.StartsWith(".options.json.tmp-", StringComparison.Ordinal);
    }
}
