using System.Net.Sockets;
using System.Text;

namespace NewsExtract.Server.Tests;

/// <summary>
/// An HTTP/1.1 request written by hand on a socket: the headers and a first chunk of the body go out at once, the
/// rest when the test says. HttpClient may hold a request back until its body is complete; this one is on the server
/// for as long as a test needs.
/// </summary>
public sealed class RawRequest : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;

    private RawRequest(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
    }

    public static async Task<RawRequest> StartAsync(Uri address, string pathAndQuery, string firstChunk)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port, TestContext.Current.CancellationToken);
        var request = new RawRequest(tcp);
        string head = $"POST {pathAndQuery} HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        await request.WriteAsync(head + Chunk(firstChunk));
        return request;
    }

    /// <summary>Sends the rest of the body and reads the whole response (the server closes the connection after it).</summary>
    public async Task<(int Status, string Head, string Body)> FinishAsync(string rest)
    {
        try
        {
            await WriteAsync(Chunk(rest) + "0\r\n\r\n");
        }
        catch (IOException)
        {
            // The server answered early (a timeout) and closed its side: read what it said.
        }

        return await ReadResponseAsync();
    }

    /// <summary>Reads one whole response (to its Content-Length, its last chunk, or the end of the connection).</summary>
    public async Task<(int Status, string Head, string Body)> ReadResponseAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var received = new List<byte>();
        byte[] chunk = new byte[16384];
        while (!IsComplete(received))
        {
            int read = await _stream.ReadAsync(chunk, timeout.Token);
            if (read == 0)
            {
                break;
            }

            received.AddRange(chunk.AsSpan(0, read));
        }

        string text = Encoding.UTF8.GetString(received.ToArray());
        int split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        string head = split < 0 ? text : text[..split];
        string body = split < 0 ? string.Empty : text[(split + 4)..];
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Unchunk(body);
        }

        int status = head.Length > 12 ? int.Parse(head.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (status, head, body);
    }

    private static bool IsComplete(List<byte> received)
    {
        string text = Encoding.UTF8.GetString(received.ToArray());
        int split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return false;
        }

        string head = text[..split];
        int bodyBytes = received.Count - Encoding.UTF8.GetByteCount(text[..(split + 4)]);
        foreach (string line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return bodyBytes >= int.Parse(line.AsSpan(15).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase) && text.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _tcp.Dispose();
    }

    private static string Chunk(string text)
    {
        int bytes = Encoding.UTF8.GetByteCount(text);
        return bytes == 0 ? string.Empty : $"{bytes:x}\r\n{text}\r\n";
    }

    private static string Unchunk(string body)
    {
        var result = new StringBuilder();
        int at = 0;
        while (at < body.Length)
        {
            int end = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            int size = int.Parse(body.AsSpan(at, end - at), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            if (size == 0)
            {
                break;
            }

            // Sizes count bytes; the bodies here are ASCII, so bytes and chars agree.
            result.Append(body, end + 2, size);
            at = end + 2 + size + 2;
        }

        return result.ToString();
    }

    private async Task WriteAsync(string text)
    {
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(text), TestContext.Current.CancellationToken);
        await _stream.FlushAsync(TestContext.Current.CancellationToken);
    }
}
