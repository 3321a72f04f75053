using System.Runtime.CompilerServices;

namespace NewsExtract.Cli.Export;

/// <summary>
/// Parquet.Net builds its column types by reflection (<c>Type.MakeGenericType</c>, <c>GetInterfaces</c>), which Native
/// AOT cannot promise, so the native executable leaves it out: the check below is a constant there, the Parquet code
/// is never compiled in, and <c>export --format parquet</c> says to use CSV or the <c>dotnet tool</c> build. Every
/// other command is native. (Issue 18; see README, "Native executable".)
/// </summary>
internal static class ParquetSupport
{
    public const string NotInNativeBuild =
        "--format parquet is not in the native executable (Parquet.Net needs run-time code generation): use --format csv, or the dotnet tool build (dotnet tool install -g NewsExtract.Cli).";

    /// <summary>Gets whether Parquet can be written: always with the JIT, never in the native executable.</summary>
    public static bool IsAvailable => RuntimeFeature.IsDynamicCodeSupported;

    /// <exception cref="NotSupportedException">In the native executable.</exception>
    public static ITableWriter Create(string path, TableSpec table)
    {
        if (RuntimeFeature.IsDynamicCodeSupported)
        {
            return new ParquetTableWriter(path, table);
        }

        throw new NotSupportedException(NotInNativeBuild);
    }
}
