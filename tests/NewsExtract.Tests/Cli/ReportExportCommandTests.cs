using System.Text;
using NewsExtract.Cli;
using NewsExtract.Cli.Export;
using NewsExtract.Tests.Batch;
using NewsExtract.Tests.Reporting;
using Parquet;
using Parquet.Schema;

namespace NewsExtract.Tests.Cli;

public class ReportExportCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, TextReader.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The corpus lines split into two shards in a folder, as <c>batch --shard</c> leaves them.</summary>
    private static TempFolder Shards()
    {
        var folder = new TempFolder();
        string[] lines = ReportInputs.Lines;
        folder.Write("parts/part-0.jsonl", string.Join('\n', lines.Where((_, i) => i % 2 == 0)) + "\n");
        folder.Write("parts/part-1.jsonl", string.Join('\n', lines.Where((_, i) => i % 2 == 1)) + "\n");
        return folder;
    }

    [Fact]
    public void Report_FolderOfShards_WritesOnePageOverEveryLine()
    {
        using TempFolder folder = Shards();
        string output = Path.Combine(folder.Path, "report.html");

        (int code, _, string stderr) = Run("report", Path.Combine(folder.Path, "parts"), "--out", output, "--title", "Shards & co");

        code.Should().Be(CliApp.Success, stderr);
        string html = File.ReadAllText(output);
        html.Should().Contain("<title>Shards &amp; co</title>").And.Contain("id=\"who-table\"");
        stderr.Should().Contain($"report: {ReportInputs.Documents.Length} articles, 0 failed");
    }

    [Fact]
    public void Report_MissingInputOrBadOption_FailsWithAMessage()
    {
        Run("report", "/nonexistent/x.jsonl").Should().Match<(int Code, string Out, string Err)>(r => r.Code == CliApp.InputError && r.Err.Contains("neither a file nor a folder"));
        using TempFolder folder = Shards();
        Run("report", Path.Combine(folder.Path, "parts"), "--top", "0").Code.Should().Be(CliApp.UsageError);
    }

    [Fact]
    public void Export_Csv_WritesEveryTableWithOneRowPerItem()
    {
        using TempFolder folder = Shards();
        string outDir = Path.Combine(folder.Path, "csv");

        (int code, _, string stderr) = Run("export", Path.Combine(folder.Path, "parts"), "--out", outDir, "--format", "csv");

        code.Should().Be(CliApp.Success, stderr);
        NewsDocument[] docs = ReportInputs.Documents;
        int Rows(string table) => ReadCsv(Path.Combine(outDir, table + ".csv")).Count - 1;
        Rows("documents").Should().Be(docs.Length);
        Rows("entity_mentions").Should().Be(docs.Sum(d => d.Entities.Length));
        Rows("entities").Should().Be(docs.Sum(d => d.Entities.Select(e => e.Key).Distinct().Count()));
        Rows("statements").Should().Be(docs.Sum(d => d.Attributions.Length));
        Rows("counts").Should().Be(docs.Sum(d => d.Quantities.Length));
        Rows("dates").Should().Be(docs.Sum(d => d.Dates.Length));

        List<string[]> statements = ReadCsv(Path.Combine(outDir, "statements.csv"));
        statements[0].Should().Equal(ExportTables.Statements.Columns.Select(c => c.Name));
        NewsDocument doc = docs.First(d => d.Attributions.Length > 0);
        string[] first = statements.Skip(1).First(r => r[0] == doc.Id);
        Attribution a = doc.Attributions[0];
        first[16].Should().Be(a.Content.Start.ToString());
        first[15].Should().Be(doc.GetText(a.Content), "the content round-trips through CSV quoting");
        doc.Text.Substring(int.Parse(first[16]), int.Parse(first[17]) - int.Parse(first[16])).Should().Be(first[15], "offsets index the article text");
    }

    [Fact]
    public void Export_CsvField_QuotesCommasQuotesAndLineBreaks()
    {
        string Field(object? value)
        {
            var writer = new StringWriter();
            CsvTableWriter.WriteField(writer, value);
            return writer.ToString();
        }

        Field("plain").Should().Be("plain");
        Field("a, \"b\"\nc").Should().Be("\"a, \"\"b\"\"\nc\"");
        Field(" padded").Should().Be("\" padded\"");
        Field(null).Should().BeEmpty();
        Field(3.5).Should().Be("3.5");
        Field(true).Should().Be("true");
    }

    [Fact]
    public async Task Export_Parquet_RoundTripsTheStatementsTable()
    {
        using TempFolder folder = Shards();
        string outDir = Path.Combine(folder.Path, "pq");

        (int code, _, string stderr) = Run("export", Path.Combine(folder.Path, "parts"), "--out", outDir);

        code.Should().Be(CliApp.Success, stderr);
        ExportTables.All.Select(t => File.Exists(Path.Combine(outDir, t.Name + ".parquet"))).Should().AllBeEquivalentTo(true);
        NewsDocument[] docs = ReportInputs.Documents;
        await using ParquetReader reader = await ParquetReader.CreateAsync(Path.Combine(outDir, "statements.parquet"), cancellationToken: TestContext.Current.CancellationToken);
        DataField[] fields = reader.Schema.GetDataFields();
        fields.Select(f => f.Name).Should().Equal(ExportTables.Statements.Columns.Select(c => c.Name));
        using ParquetRowGroupReader group = reader.OpenRowGroupReader(0);
        int rows = (int)group.RowCount;
        rows.Should().Be(docs.Sum(d => d.Attributions.Length));
        string?[] ids = new string?[rows];
        string?[] content = new string?[rows];
        long?[] starts = new long?[rows];
        await group.ReadAsync(fields[0], ids.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
        await group.ReadAsync(fields[15], content.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
        await group.ReadAsync<long>(fields[16], starts.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
        NewsDocument doc = docs.First(d => d.Attributions.Length > 0);
        int at = Array.IndexOf(ids, doc.Id);
        content[at].Should().Be(doc.GetText(doc.Attributions[0].Content));
        starts[at].Should().Be(doc.Attributions[0].Content.Start);
    }

    [Fact]
    public void Export_HostileAndErrorLines_AreKeptAsData()
    {
        using var folder = new TempFolder();
        string input = folder.Write("in.jsonl", string.Join('\n', ReportInputs.HostileLines()) + "\nnot json\n");
        string outDir = Path.Combine(folder.Path, "csv");

        (int code, _, string stderr) = Run("export", input, "--out", outDir, "--format", "csv");

        code.Should().Be(CliApp.InputError, "one line was not JSON");
        stderr.Should().Contain("in.jsonl:3: skipped");
        List<string[]> documents = ReadCsv(Path.Combine(outDir, "documents.csv"));
        documents.Should().HaveCount(3);
        documents[1][0].Should().Be(ReportInputs.Hostile);
        documents[1][1].Should().Be("2024-02-03");
        documents[2][0].Should().Be(ReportInputs.Hostile + "bad");
        documents[2][2].Should().Be(ReportInputs.Hostile, "the error message is kept");
    }

    /// <summary>A small RFC 4180 reader, enough to check what the writer wrote.</summary>
    private static List<string[]> ReadCsv(string path)
    {
        string text = File.ReadAllText(path, Encoding.UTF8);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
