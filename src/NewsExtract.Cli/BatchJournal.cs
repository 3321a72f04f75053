using System.Text.Json;

namespace NewsExtract.Cli;

/// <summary>
/// The <c>--out</c> file of <c>newsextract batch</c>, used as an append-only journal so that a run killed at any moment
/// can resume.
/// </summary>
/// <remarks>
/// <para>Each line is one whole JSON object, written with a single write call and flushed to the operating system, so
/// a kill (even <c>kill -9</c>) leaves at most one torn line at the end; opening the journal cuts it off. Success lines
/// carry the SHA-256 of the file they came from (<c>"file":{"sha256":…,"bytes":…}</c>), so a resumed run reuses a
/// line only if the file is unchanged. Error lines are always redone.</para>
/// <para>A fresh, uninterrupted run appends in id order and the file is final as written. A resumed run appends after
/// the old lines; <see cref="Complete"/> then writes every current id's latest line once, in id order, to a temporary
/// file and renames it over the journal (atomic on POSIX and NTFS). A kill during that step leaves the journal intact.
/// Memory: one small index entry per id, never the documents.</para>
/// </remarks>
internal sealed class BatchJournal : IDisposable
{
    private readonly string _path;
    private readonly FileStream _stream;
    private readonly Dictionary<string, Line> _index = new(StringComparer.Ordinal);
    private bool _needsRewrite;
    private string? _lastAppended;

    private BatchJournal(string path, FileStream stream)
    {
        _path = path;
        _stream = stream;
    }

    /// <summary>Gets the number of complete lines found when the journal was opened.</summary>
    public int Recovered { get; private set; }

    /// <summary>Gets the number of bytes of a torn last line cut off when the journal was opened.</summary>
    public long TornBytes { get; private set; }

    /// <summary>Opens or creates the journal, indexes its complete lines and cuts off a torn tail.</summary>
    public static BatchJournal Open(string path)
    {
        string full = Path.GetFullPath(path);
        string? folder = Path.GetDirectoryName(full);
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.Delete(full + ".tmp");
        // Unbuffered: each line goes to the operating system in one write, so a failed write (a full disk) leaves no
        // bytes behind in a buffer, and cutting the file back to the last whole line works.
        var stream = new FileStream(full, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 0);
        var journal = new BatchJournal(full, stream);
        try
        {
            journal.Recover();
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        return journal;
    }

    /// <summary>Gets whether the journal holds any line for this id.</summary>
    public bool Has(string id) => _index.ContainsKey(id);

    /// <summary>Gets whether the journal already holds a good line for this id made from a file with this hash.</summary>
    public bool IsDone(string id, string sha256) =>
        _index.TryGetValue(id, out Line line) && !line.Failed && line.Sha256 == sha256;

    /// <summary>Appends one line (without its newline) and flushes it to the operating system.</summary>
    public void Append(string id, ReadOnlySpan<byte> json, string? sha256, bool failed)
    {
        long offset = _stream.Position;
        byte[] line = new byte[json.Length + 1];
        json.CopyTo(line);
        line[^1] = (byte)'\n';
        try
        {
            _stream.Write(line);
            _stream.Flush(flushToDisk: false);
        }
        catch (Exception ex) when (ex is IOException or ArgumentOutOfRangeException)
        {
            // A full disk may have taken part of the line: cut it off so the file ends with a whole line. (.NET
            // reports EFBIG, a file-size limit, as ArgumentOutOfRangeException: it is an output failure all the same.)
            TryCut(offset);
            throw ex as IOException ?? new IOException(ex.Message, ex);
        }

        _index[id] = new Line(offset, line.Length, sha256, failed);
        if (_lastAppended is not null && string.CompareOrdinal(_lastAppended, id) >= 0)
        {
            _needsRewrite = true;
        }

        _lastAppended = id;
    }

    /// <summary>
    /// Makes the file final: every id of <paramref name="ids"/> (the run's ids, sorted) exactly once, in that order,
    /// with its latest line; lines of ids no longer present are dropped.
    /// </summary>
    public void Complete(IReadOnlyList<string> ids)
    {
        _stream.Flush(flushToDisk: true);
        if (!_needsRewrite && _index.Count == ids.Count)
        {
            return;
        }

        string temporary = _path + ".tmp";
        try
        {
            Rewrite(ids, temporary);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            AtomicFile.TryDelete(temporary);
            throw new IOException(ex.Message, ex);
        }
        catch
        {
            AtomicFile.TryDelete(temporary);
            throw;
        }

        File.Move(temporary, _path, overwrite: true);
    }

    private void Rewrite(IReadOnlyList<string> ids, string temporary)
    {
        using (var output = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            byte[] buffer = new byte[1 << 16];
            foreach (string id in ids)
            {
                if (!_index.TryGetValue(id, out Line line))
                {
                    continue;
                }

                if (buffer.Length < line.Length)
                {
                    buffer = new byte[Math.Max(line.Length, buffer.Length * 2)];
                }

                RandomAccess.Read(_stream.SafeFileHandle, buffer.AsSpan(0, line.Length), line.Offset);
                output.Write(buffer, 0, line.Length);
            }

            output.Flush(flushToDisk: true);
        }
    }

    public void Dispose()
    {
        try
        {
            _stream.Dispose();
        }
        catch (IOException)
        {
            // Buffered bytes that cannot be written: the torn tail is cut off when the journal is next opened.
        }
    }

    private void TryCut(long offset)
    {
        try
        {
            _stream.SetLength(offset);
            _stream.Position = offset;
        }
        catch (IOException)
        {
            // The next open cuts a torn tail anyway.
        }
    }

    private void Recover()
    {
        // Scan line by line; a line counts only if it ends with a newline and parses as an object with an id.
        byte[] chunk = new byte[1 << 16];
        var line = new MemoryStream();
        long lineStart = 0, position = 0, goodEnd = 0;
        string? previous = null;
        int read;
        _stream.Position = 0;
        while ((read = _stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            int from = 0;
            while (from < read)
            {
                int newline = Array.IndexOf(chunk, (byte)'\n', from, read - from);
                if (newline < 0)
                {
                    line.Write(chunk, from, read - from);
                    position += read - from;
                    break;
                }

                line.Write(chunk, from, newline - from);
                position += newline - from + 1;
                from = newline + 1;
                long length = position - lineStart;
                if (TryParse(line.GetBuffer().AsSpan(0, (int)line.Length), out string? id, out string? sha, out bool failed))
                {
                    _index[id!] = new Line(lineStart, checked((int)length), sha, failed);
                    _needsRewrite |= previous is not null && string.CompareOrdinal(previous, id) >= 0;
                    previous = id;
                    Recovered++;
                }
                else
                {
                    _needsRewrite = true;
                }

                goodEnd = position;
                lineStart = position;
                line.SetLength(0);
            }
        }

        TornBytes = position - goodEnd;
        _stream.SetLength(goodEnd);
        _stream.Position = goodEnd;

        // Old lines mean this run resumes: its own lines land after them, so the file is rewritten at the end.
        _needsRewrite |= Recovered > 0;
    }

    private static bool TryParse(ReadOnlySpan<byte> json, out string? id, out string? sha256, out bool failed)
    {
        id = null;
        sha256 = null;
        failed = false;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals("error"u8))
                {
                    failed = true;
                    reader.Skip();
                }
                else if (reader.ValueTextEquals("file"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        reader.Skip();
                        continue;
                    }

                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        bool isSha = reader.ValueTextEquals("sha256"u8);
                        reader.Read();
                        if (isSha && reader.TokenType == JsonTokenType.String)
                        {
                            sha256 = reader.GetString();
                        }
                        else
                        {
                            reader.Skip();
                        }
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            // The object must close and nothing may follow it.
            return reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0 && !reader.Read() && id is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private readonly record struct Line(long Offset, int Length, string? Sha256, bool Failed);
}
