using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using NewsExtract.Cli.Export;

namespace NewsExtract.Cli;

/// <summary>
/// <c>newsextract export RESULTS.jsonl... --out DIR [--format parquet|csv]</c>: writes the batch results as flat
/// tables (documents, entity_mentions, entities, statements, counts, dates, events), one row per item, streaming.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextReader stdin, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("results")
        {
            Description = "Output of 'newsextract batch': JSON Lines files, folders of *.jsonl shards, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = "The folder to write the tables into (made if missing).", Required = true };
        var format = new Option<string>("--format") { Description = "parquet or csv.", DefaultValueFactory = _ => "parquet" };
        format.AcceptOnlyFromAmong("parquet", "csv");
        var command = new Command("export", "Write batch results as flat tables for pandas, R or DuckDB: documents, entity mentions, entities, statements, counts, dates and events, as Parquet or CSV.")
        {
            inputs, output, format,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(format)!, stdin, stderr, ct)));
        return command;
    }

    private static int Run(string[] inputs, string outDir, string format, TextReader stdin, TextWriter stderr, CancellationToken ct)
    {
        if (format == "parquet" && !ParquetSupport.IsAvailable)
        {
            return CliApp.Report(stderr, ParquetSupport.NotInNativeBuild, CliApp.UsageError);
        }

        List<string>? files = JsonlInputs.Expand(inputs, stderr);
        if (files is null)
        {
            return CliApp.InputError;
        }

        var clock = Stopwatch.StartNew();
        long lines = 0, unreadable = 0;
        var writers = new ITableWriter[ExportTables.All.Length];
        try
        {
            Directory.CreateDirectory(outDir);
            for (int t = 0; t < writers.Length; t++)
            {
                TableSpec table = ExportTables.All[t];
                string path = Path.Combine(outDir, table.Name + "." + format);
                writers[t] = format == "csv" ? new CsvTableWriter(path, table) : ParquetSupport.Create(path, table);
            }

            foreach (string file in files)
            {
                using TextReader reader = JsonlInputs.Open(file, stdin);
                long number = 0;
                while (reader.ReadLine() is string line)
                {
                    ct.ThrowIfCancellationRequested();
                    number++;
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }

                    try
                    {
                        ExportTables.AddLine(line, writers);
                        lines++;
                    }
                    catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
                    {
                        unreadable++;
                        stderr.WriteLine($"newsextract: {file}:{number}: skipped, {ex.Message}");
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            return CliApp.Interrupted;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"newsextract: {ex.Message}");
            return CliApp.InputError;
        }
        finally
        {
            foreach (ITableWriter? writer in writers)
            {
                writer?.Dispose();
            }
        }

        stderr.WriteLine($"export: {lines:N0} lines, {unreadable:N0} skipped -> {outDir} ({format}); {clock.Elapsed.TotalSeconds:0.00} s.");
        return unreadable > 0 ? CliApp.InputError : CliApp.Success;
    }
}
