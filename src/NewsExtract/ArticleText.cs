using System.Text;

namespace NewsExtract;

/// <summary>An input could not be read as article text.</summary>
public sealed class InvalidArticleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidArticleException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong, naming the input.</param>
    public InvalidArticleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    /// <param name="message">What is wrong, naming the input.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidArticleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Decodes article bytes the way every offset in the library assumes: strict UTF-8 (or UTF-16 / UTF-32 when the bytes
/// start with their byte-order mark), byte-order mark removed, nothing else changed (CRLF stays CRLF, no trimming, no
/// normalization).
/// </summary>
public static class ArticleText
{
    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes UTF-8 bytes, or UTF-16 LE/BE or UTF-32 LE/BE bytes that start with their byte-order mark.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="name">The input's name, for error messages.</param>
    /// <returns>The text without a leading byte-order mark.</returns>
    /// <exception cref="InvalidArticleException">The bytes contain NUL characters (a binary file) or are not valid in
    /// their encoding; the message names the byte offset of the first bad sequence.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (TryUnicodeBom(bytes, out Encoding? wide, out int bom))
        {
            return DecodeWide(bytes[bom..], wide, bom, name);
        }

        int bom0 = 0;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
            bom0 = 3;
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new InvalidArticleException(Errors.Binary(name));
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            throw new InvalidArticleException(Errors.NotUtf8(name, bom0 + InvalidUtf8Offset(bytes)));
        }

        return s_strict.GetString(bytes);
    }

    /// <summary>Reads and decodes a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="maxBytes">The largest file accepted.</param>
    /// <returns>The decoded text.</returns>
    /// <remarks>The file's reported size is only a hint: the file is read to its end (a file under <c>/proc</c> says
    /// 0 bytes and is not empty). A named pipe, socket, device or folder is refused before it is opened, so a read
    /// never blocks on a pipe with no writer.</remarks>
    /// <exception cref="InvalidArticleException">The file is not a regular file, too large, binary, or not valid
    /// text.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">Access to the file is denied.</exception>
    public static string ReadFile(string path, long maxBytes = NewsExtractorOptions.DefaultMaxBytes)
    {
        ArraySegment<byte> bytes = ReadBytes(path, maxBytes);
        try
        {
            return Decode(bytes, path);
        }
        finally
        {
            ReturnBytes(bytes);
        }
    }

    /// <summary>Gives back the buffer of <see cref="ReadBytes"/> once its bytes are decoded.</summary>
    internal static void ReturnBytes(ArraySegment<byte> bytes)
    {
        if (bytes.Array is { Length: > 0 } array)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(array);
        }
    }

    /// <summary>Reads a file's bytes, to its end, refusing anything but a regular file; see <see cref="ReadFile"/>.</summary>
    /// <remarks>The buffer is rented from <see cref="System.Buffers.ArrayPool{T}.Shared"/> (a batch reads thousands of
    /// files of a few kilobytes): hand it back with <see cref="ReturnBytes"/>, and keep nothing that points into it.</remarks>
    internal static ArraySegment<byte> ReadBytes(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileKind kind = FileKinds.Of(path);
        if (kind is not (FileKind.Regular or FileKind.Missing))
        {
            throw new InvalidArticleException(Errors.NotRegular(path, FileKinds.Describe(kind)));
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        long hint = stream.CanSeek ? stream.Length : 0;
        if (hint > maxBytes)
        {
            throw new InvalidArticleException(Errors.TooLarge(path, hint, maxBytes));
        }

        // Read to the end whatever the size said, one byte past the limit to notice a file that grew beyond it.
        System.Buffers.ArrayPool<byte> pool = System.Buffers.ArrayPool<byte>.Shared;
        byte[] buffer = pool.Rent((int)Math.Max(hint + 1, 4096));
        int total = 0, read;
        try
        {
            // A rented buffer may be longer than asked: never read more than one byte past the limit into it.
            while ((read = stream.Read(buffer, total, (int)Math.Min(buffer.Length, maxBytes + 1) - total)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw new InvalidArticleException(Errors.TooLarge(path, total, maxBytes));
                }

                if (total == Math.Min(buffer.Length, maxBytes + 1))
                {
                    byte[] larger = pool.Rent((int)Math.Min((long)buffer.Length * 2, Math.Min(maxBytes + 1, Array.MaxLength)));
                    buffer.AsSpan(0, total).CopyTo(larger);
                    pool.Return(buffer);
                    buffer = larger;
                }
            }
        }
        catch
        {
            pool.Return(buffer);
            throw;
        }

        return new ArraySegment<byte>(buffer, 0, total);
    }

    /// <summary>Reads a whole stream and decodes it.</summary>
    /// <param name="stream">The stream (standard input, say).</param>
    /// <param name="name">The input's name, for error messages.</param>
    /// <param name="maxBytes">The largest input accepted.</param>
    /// <returns>The decoded text.</returns>
    /// <exception cref="InvalidArticleException">The input is too large, binary, or not valid text.</exception>
    public static string ReadStream(Stream stream, string name, long maxBytes = NewsExtractorOptions.DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var memory = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (memory.Length + read > maxBytes)
            {
                throw new InvalidArticleException(Errors.TooLarge(name, memory.Length + read, maxBytes));
            }

            memory.Write(chunk, 0, read);
        }

        return Decode(memory.GetBuffer().AsSpan(0, (int)memory.Length), name);
    }

    private static bool TryUnicodeBom(ReadOnlySpan<byte> bytes, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Encoding? encoding, out int length)
    {
        // UTF-32 LE first: its mark starts with UTF-16 LE's.
        (encoding, length) = bytes switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => ((Encoding)new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            _ => (null, 0),
        };
        return encoding is not null;
    }

    private static string DecodeWide(ReadOnlySpan<byte> bytes, Encoding encoding, int bom, string name)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidArticleException(Errors.NotValidIn(name, encoding.WebName, bom + Math.Max(ex.Index, 0)), ex);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new InvalidArticleException(Errors.Binary(name));
        }

        return text;
    }

    /// <summary>The byte offset of the first sequence that is not UTF-8.</summary>
    private static long InvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = new char[Math.Min(bytes.Length, 1 << 16)];
        long offset = 0;
        while (!bytes.IsEmpty)
        {
            System.Buffers.OperationStatus status = System.Text.Unicode.Utf8.ToUtf16(
                bytes, chars, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData)
            {
                return offset + read;
            }

            if (status == System.Buffers.OperationStatus.Done)
            {
                return -1;
            }

            offset += read;
            bytes = bytes[read..];
        }

        return -1;
    }
}
