using System.Runtime.InteropServices;

namespace NewsExtract;

/// <summary>What a path is, as far as reading it as an article goes.</summary>
internal enum FileKind
{
    /// <summary>A regular file (or the platform cannot tell: read it with care).</summary>
    Regular,
    /// <summary>A folder.</summary>
    Directory,
    /// <summary>A named pipe: opening it blocks until a writer comes.</summary>
    Fifo,
    /// <summary>A Unix socket.</summary>
    Socket,
    /// <summary>A character device (<c>/dev/zero</c>, a terminal).</summary>
    CharacterDevice,
    /// <summary>A block device (a disk).</summary>
    BlockDevice,
    /// <summary>A file under <c>/proc</c> or <c>/sys</c>: its size says 0 and a read may block or never end.</summary>
    PseudoFile,
    /// <summary>Nothing is there (or a dangling link).</summary>
    Missing,
}

/// <summary>
/// Tells regular files from pipes, sockets and devices before anything opens them (opening a FIFO blocks). .NET has no
/// public API for the file type, so on Linux this asks <c>statx(2)</c>, whose buffer layout is the same on every
/// architecture; elsewhere it reports <see cref="FileKind.Regular"/> and the reader's size limit is the guard.
/// </summary>
internal static partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;

    /// <summary>Gets the kind of <paramref name="path"/>, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        string full = Path.GetFullPath(path);
        if (IsPseudo(full) || (TryFinalTarget(full) is string target && IsPseudo(target)))
        {
            return FileKind.PseudoFile;
        }

        if (!OperatingSystem.IsLinux())
        {
            return Directory.Exists(full) ? FileKind.Directory : File.Exists(full) ? FileKind.Regular : FileKind.Missing;
        }

        byte[] buffer = new byte[256];
        int result;
        try
        {
            result = Statx(AtFdCwd, full, 0, StatxType, buffer);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // An old C library without statx: fall back on what .NET can tell.
            return Directory.Exists(full) ? FileKind.Directory : File.Exists(full) ? FileKind.Regular : FileKind.Missing;
        }

        if (result != 0)
        {
            return FileKind.Missing;
        }

        int mode = BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Regular,
        };
    }

    /// <summary>Words for a kind that is not a regular file, for error messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.PseudoFile => "a file of the /proc or /sys file system (its size cannot be trusted)",
        FileKind.Missing => "missing (or a link to nothing)",
        _ => "a regular file",
    };

    private static bool IsPseudo(string full) =>
        OperatingSystem.IsLinux()
        && (full.StartsWith("/proc/", StringComparison.Ordinal) || full.StartsWith("/sys/", StringComparison.Ordinal));

    private static string? TryFinalTarget(string full)
    {
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
}
