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
    ProgressMode Progress);

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

    public static Command Create(TextWriter stdout, TextWriter stderr)
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
            Description = "Extra layers per line, comma-separated: tokens, sentences, zones, paragraphs, quotes.",
            AllowMultipleArgumentsPerToken = true,
        };
        var progress = new Option<ProgressMode>("--progress")
        {
            Description = "auto (a bar on a terminal, plain lines otherwise), bar, plain or none.",
            DefaultValueFactory = _ => ProgressMode.Auto,
        };
        var command = new Command("batch", "Annotate every article of a folder into a JSON Lines file; resumable, shardable, on every core.")
        {
            directory, output, parallel, patterns, shard, maxBytes, gazetteers, include, progress,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!AnnotateCommand.TryParseLayers(parse.GetValue(include), out JsonLayers layers, out string? bad))
            {
                stderr.WriteLine($"newsextract: unknown layer '{bad}' in --include (tokens, sentences, zones, paragraphs, quotes).");
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
            var settings = new BatchSettings(
                parse.GetValue(directory)!, parse.GetValue(output)!, workers, globs, shardIndex, shardCount, max,
                parse.GetValue(gazetteers) ?? [], layers, parse.GetValue(progress));
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
        if (!Directory.Exists(settings.Directory))
        {
            stderr.WriteLine($"newsextract: folder '{settings.Directory}' does not exist.");
            return CliApp.InputError;
        }

        if (!CliApp.TryCreateExtractor([.. settings.Gazetteers], stderr, out NewsExtractor? extractor))
        {
            return CliApp.InputError;
        }

        var folder = new ArticleFolderOptions
        {
            Patterns = settings.Patterns,
            ShardIndex = settings.ShardIndex,
            ShardCount = settings.ShardCount,
        };

        BatchJournal journal;
        try
        {
            journal = BatchJournal.Open(settings.Output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"newsextract: cannot open '{settings.Output}': {ex.Message}");
            return CliApp.InputError;
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
            int total = mode == ProgressMode.None ? 0 : ArticleFolder.Enumerate(settings.Directory, folder).Count();
            var run = new BatchRun(settings, journal, extractor, folder, stderr);
            var view = BatchProgressView.Create(mode, total, stderr);
            int code;
            try
            {
                await view.RunAsync(run.RunAsync, cancellationToken).ConfigureAwait(false);
                journal.Complete(run.Ids);
                code = run.Failed > 0 ? CliApp.InputError : CliApp.Success;
            }
            catch (OperationCanceledException)
            {
                stderr.WriteLine($"newsextract: interrupted; every finished document is in '{settings.Output}'. Run the same command again to resume.");
                code = CliApp.Interrupted;
            }

            run.WriteSummary(stdout);
            return code;
        }
    }

    /// <summary>The state of one run: the journal, the counters, the ids seen in order.</summary>
    private sealed class BatchRun(BatchSettings settings, BatchJournal journal, NewsExtractor extractor, ArticleFolderOptions folder, TextWriter stderr)
    {
        private readonly Dictionary<string, FileHash> _hashes = new(StringComparer.Ordinal);
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
                _hashes.Remove(result.Id, out FileHash hash);
                lines.Enqueue(Task.Run(() => Serialize(result, hash, settings.Layers), cancellationToken));
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

        private static Line Serialize(ArticleResult result, FileHash hash, JsonLayers layers)
        {
            var buffer = new ArrayBufferWriter<byte>(result.Succeeded ? Math.Min(result.Document.Text.Length * 4, 1 << 20) + 256 : 256);
            using (var writer = new Utf8JsonWriter(buffer, s_json))
            {
                writer.WriteStartObject();
                if (result.Succeeded)
                {
                    NewsDocumentJson.WriteProperties(writer, result.Document, layers);
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
            foreach (ArticleSource source in ArticleFolder.Enumerate(settings.Directory, folder))
            {
                Ids.Add(source.Id);
                FileHash hash = source.Path is null ? default : Hash(source.Path, settings.MaxBytes);
                if (hash.Sha256 is not null && journal.IsDone(source.Id, hash.Sha256))
                {
                    Reused++;
                    advance(1);
                    continue;
                }

                _hashes[source.Id] = hash;
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
