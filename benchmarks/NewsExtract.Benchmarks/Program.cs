using BenchmarkDotNet.Running;

namespace NewsExtract.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g.
/// <c>dotnet run -c Release --project benchmarks/NewsExtract.Benchmarks -- --filter '*TokenizerBenchmarks*'</c>.
/// See <c>docs/benchmarks.md</c> for the commands and the last recorded results.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
