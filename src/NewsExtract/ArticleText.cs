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
/// Decodes article bytes the way every offset in the library assumes: strict UTF-8, byte-order mark removed,
/// nothing else changed (CRLF stays CRLF, no trimming, no normalization).
/// </summary>
public static class ArticleText
{
    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes UTF-8 bytes.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="name">The input's name, for error messages.</param>
    /// <returns>The text without a leading byte-order mark.</returns>
    /// <exception cref="InvalidArticleException">The bytes contain NUL bytes (a binary file) or are not valid UTF-8.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new InvalidArticleException(Errors.Binary(name));
        }

        try
        {
            return s_strict.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidArticleException(Errors.NotUtf8(name), ex);
        }
    }

    /// <summary>Reads and decodes a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="maxBytes">The largest file accepted.</param>
    /// <returns>The decoded text.</returns>
    /// <exception cref="InvalidArticleException">The file is too large, binary, or not valid UTF-8.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">Access to the file is denied.</exception>
    public static string ReadFile(string path, long maxBytes = NewsExtractorOptions.DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        long length = stream.Length;
        if (length > maxBytes)
        {
            throw new InvalidArticleException(Errors.TooLarge(path, length, maxBytes));
        }

        byte[] buffer = new byte[length];
        stream.ReadExactly(buffer);
        return Decode(buffer, path);
    }

    /// <summary>Reads a whole stream and decodes it.</summary>
    /// <param name="stream">The stream (standard input, say).</param>
    /// <param name="name">The input's name, for error messages.</param>
    /// <param name="maxBytes">The largest input accepted.</param>
    /// <returns>The decoded text.</returns>
    /// <exception cref="InvalidArticleException">The input is too large, binary, or not valid UTF-8.</exception>
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
}
