using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsExtract.Benchmarks;

/// <summary>
/// Adds throughput columns derived from each case's <c>Input</c> parameter: tokens per operation (fixed per input),
/// millions of tokens per second, MB/s of UTF-8 input and bytes allocated per token.
/// </summary>
/// <remarks>
/// Every benchmark consumes one whole input per operation, so for all of them
/// <c>Mtok/s = tokens/op / mean time</c>, <c>MB/s = UTF-8 bytes/op / mean time</c> (MB = 10^6 bytes) and
/// <c>B/token = allocated bytes/op / tokens/op</c>. The columns compute tokens/op in the host process with the same
/// tokenizer the benchmarks use; the benchmark process also prints them from <c>[GlobalSetup]</c>.
/// </remarks>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(
            new ThroughputColumn(ThroughputColumn.Measure.TokensPerOp),
            new ThroughputColumn(ThroughputColumn.Measure.MegaTokensPerSecond),
            new ThroughputColumn(ThroughputColumn.Measure.MegabytesPerSecond),
            new ThroughputColumn(ThroughputColumn.Measure.BytesPerToken));
    }
}

/// <summary>One derived throughput figure; see <see cref="ThroughputConfig"/>.</summary>
public sealed class ThroughputColumn : IColumn
{
    private const string InputParameter = "Input";
    private readonly Measure _measure;

    public ThroughputColumn(Measure measure)
    {
        _measure = measure;
    }

    public enum Measure
    {
        TokensPerOp,
        MegaTokensPerSecond,
        MegabytesPerSecond,
        BytesPerToken,
    }

    public string Id => nameof(ThroughputColumn) + "." + _measure;

    public string ColumnName => _measure switch
    {
        Measure.TokensPerOp => "Tokens/op",
        Measure.MegaTokensPerSecond => "Mtok/s",
        Measure.MegabytesPerSecond => "MB/s",
        _ => "B/token",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)_measure;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _measure switch
    {
        Measure.TokensPerOp => "Tokens in the input (fixed per input)",
        Measure.MegaTokensPerSecond => "Millions of input tokens per second: Tokens/op / Mean",
        Measure.MegabytesPerSecond => "UTF-8 input megabytes (10^6 bytes) per second: bytes/op / Mean",
        _ => "Bytes allocated per input token: Allocated / Tokens/op",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (benchmarkCase.Parameters[InputParameter] is not string input)
        {
            return "-";
        }

        double tokens = Corpus.TokenCount(input);
        if (_measure == Measure.TokensPerOp)
        {
            return tokens.ToString("N0", CultureInfo.InvariantCulture);
        }

        BenchmarkReport? report = summary[benchmarkCase];
        if (_measure == Measure.BytesPerToken)
        {
            long? bytes = report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is long b ? (b / tokens).ToString("N2", CultureInfo.InvariantCulture) : "-";
        }

        double? meanNs = report?.ResultStatistics?.Mean;
        if (meanNs is not double ns || ns <= 0)
        {
            return "-";
        }

        double seconds = ns / 1e9;
        return _measure == Measure.MegaTokensPerSecond
            ? (tokens / seconds / 1e6).ToString("N2", CultureInfo.InvariantCulture)
            : (Corpus.Utf8Bytes(input) / seconds / 1e6).ToString("N1", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
