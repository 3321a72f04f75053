using System.Globalization;
using System.Text;

namespace NewsExtract.Cli;

/// <summary>
/// <c>OUT.lock</c>: one batch run per <c>--out</c>. The lock is the operating system's (a <see cref="FileShare.None"/>
/// open, which .NET turns into <c>flock</c> on Unix and a sharing lock on Windows), so it dies with its process: a
/// run killed with <c>kill -9</c> leaves the file but not the lock, and the next run takes it over. The file holds the
/// owner's process id and start time, for people.
/// </summary>
internal sealed class BatchLock : IDisposable
{
    private readonly FileStream _stream;

    private BatchLock(string path, FileStream stream, string? previousOwner)
    {
        Path = path;
        _stream = stream;
        PreviousOwner = previousOwner;
    }

    /// <summary>Gets the lock file's path.</summary>
    public string Path { get; }

    /// <summary>Gets what a run that died holding the lock wrote in it, or <see langword="null"/> if it was free.</summary>
    public string? PreviousOwner { get; }

    /// <summary>Gets the lock file's path for an output file.</summary>
    public static string PathFor(string output) => output + ".lock";

    /// <summary>Takes the lock, or returns <see langword="null"/> if another run holds it.</summary>
    /// <exception cref="IOException">The lock file cannot be created (a read-only folder, say).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static BatchLock? TryAcquire(string output)
    {
        string path = PathFor(output);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (File.Exists(path) && ex is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException))
        {
            return null;
        }

        string? previous = null;
        if (stream.Length > 0)
        {
            byte[] old = new byte[Math.Min(stream.Length, 4096)];
            stream.ReadExactly(old);
            previous = Encoding.UTF8.GetString(old).Trim();
        }

        string owner = string.Create(
            CultureInfo.InvariantCulture,
            $"newsextract batch, process {Environment.ProcessId} on {Environment.MachineName}, started {DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}\n");
        stream.SetLength(0);
        stream.Write(Encoding.UTF8.GetBytes(owner));
        stream.Flush();
        return new BatchLock(path, stream, previous);
    }

    public void Dispose()
    {
        // Delete while still holding it, so no other run can take a lock on a file about to vanish... and then let go.
        AtomicFile.TryDelete(Path);
        _stream.Dispose();
    }
}
