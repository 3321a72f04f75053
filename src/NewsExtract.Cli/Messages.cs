using System.Globalization;

namespace NewsExtract.Cli;

/// <summary>Every message the command line prints about a failure, in one place, each naming the path and the cause.</summary>
internal static class Messages
{
    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string CannotWrite(string what, string reason) => F($"cannot write {what}: {Reason(reason)}");

    public static string IsAFolder(string path) => F($"'{path}' is a folder, not a file.");

    public static string NotAFolder(string path) => F($"'{path}' is a file, not a folder: batch reads every article under a folder.");

    public static string IsAFolderExpected(string path) => F($"'{path}' is a file, not a folder of gold files.");

    public static string NoFolder(string path) => F($"folder '{path}' does not exist.");

    public static string CannotListFolder(string path, string reason) => F($"cannot read folder '{path}': {Reason(reason)}");

    public static string OutNotRegular(string path) =>
        F($"--out '{path}' is not a regular file (a device, pipe or folder): batch needs a file it can rewrite to resume.");

    public static string NothingFound(string folder, IReadOnlyList<string> patterns, int shardIndex, int shardCount) =>
        F($"no article found: nothing under '{folder}' matches {string.Join(" or ", patterns.Select(p => "'" + p + "'"))}")
        + (shardCount > 1 ? F($" in shard {shardIndex}/{shardCount}") : "")
        + " (the --out file and its sidecars are never inputs).";

    public static string NoGoldFiles(string folder) =>
        F($"no article found: '{folder}' has no NAME.txt with a NAME.gold.json beside it.");

    public static string Locked(string output, string lockPath) =>
        F($"'{output}' is being written by another run (it holds the lock '{lockPath}'). Wait for it to finish, or give another --out.");

    public static string StaleLock(string lockPath, string owner) =>
        F($"taking over the lock '{lockPath}' left by a run that is gone ({owner}).");

    public static string OptionsChanged(string output, string changed, string sidecar) =>
        F($"'{output}' was written with other options ({changed}); resuming would mix the two. ")
        + F($"To start over, delete '{output}' and '{sidecar}' (or give another --out); to resume, repeat the first run's options.");

    public static string NoSidecar(string output, string sidecar) =>
        F($"'{output}' already holds lines but has no '{sidecar}' saying which options made them. ")
        + F($"To start over, delete '{output}' (or give another --out).");

    public static string BadSidecar(string sidecar, string reason) =>
        F($"'{sidecar}' is damaged ({Reason(reason)}). To start over, delete it and the --out file beside it.");

    public static string OutputFailed(string output, string reason) =>
        F($"cannot write '{output}': {Reason(reason)}. The file is incomplete: every whole line in it is good, and running the same command again (once it can be written) resumes.");

    public static string Interrupted(string output) =>
        F($"interrupted; every finished document is in '{output}'. Run the same command again to resume.");

    public static string BadPattern(string pattern, string reason) => F($"--pattern '{pattern}' {reason}");

    public static string Internal(Exception ex) =>
        F($"internal error ({ex.GetType().Name}): {ex.Message} Please report it with the command that caused it.");

    /// <summary>An operating-system message without a trailing full stop, so it can sit inside a sentence.</summary>
    private static string Reason(string reason) => reason.TrimEnd().TrimEnd('.');
}
