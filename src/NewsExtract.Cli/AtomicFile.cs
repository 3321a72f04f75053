using System.Text;

namespace NewsExtract.Cli;

/// <summary>
/// Writes a whole file or nothing: the bytes go to a temporary file beside it, flushed to disk, then renamed over the
/// target. A full disk or a kill leaves the old file (or none), never a truncated one that looks complete. A target
/// that is a device or a pipe is written directly.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> as UTF-8 to <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file cannot be written; nothing is left behind.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, s_utf8.GetBytes(text));

    /// <inheritdoc cref="WriteAllText"/>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException(Messages.IsAFolder(path));
        }

        if (File.Exists(full) && FileKinds.Of(full) != FileKind.Regular)
        {
            // A device or a pipe (/dev/stdout, /dev/null, /dev/full): write into it; never rename a file over it.
            using var device = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            device.Write(bytes);
            device.Flush();
            return;
        }

        string? folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(Messages.NoFolder(folder));
        }

        string temporary = full + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or ArgumentOutOfRangeException)
        {
            // ArgumentOutOfRangeException is how .NET reports EFBIG (a file-size limit): an output failure too.
            TryDelete(temporary);

            // Name the file the user gave, not the temporary one beside it.
            throw new IOException(ex.Message.Replace(temporary, full, StringComparison.Ordinal), ex);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Deletes a file, ignoring failure (clean-up on an error path).</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the caller is already reporting the real error.
        }
    }
}
