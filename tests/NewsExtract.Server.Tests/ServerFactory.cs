using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NewsExtract.Server.Tests;

/// <summary>
/// The service in memory (TestServer), with the options a test chooses. The host comes from
/// <see cref="NewsServer.CreateHostBuilder"/>; the type argument names the assembly whose entry point serves
/// (<c>newsextract serve</c>), as the factory insists on one.
/// </summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    private readonly NewsServerOptions _options;

    public ServerFactory()
        : this(new NewsServerOptions())
    {
    }

    internal ServerFactory(NewsServerOptions options)
    {
        _options = options;
    }

    protected override IHostBuilder CreateHostBuilder() => NewsServer.CreateHostBuilder(_options);
}

/// <summary>The service on a real Kestrel port of the loopback interface.</summary>
public sealed class KestrelServer : IAsyncDisposable
{
    private KestrelServer(IHost host, Uri address)
    {
        Host = host;
        Address = address;
    }

    public IHost Host { get; }

    public Uri Address { get; }

    public static async Task<KestrelServer> StartAsync(NewsServerOptions? options = null)
    {
        options ??= new NewsServerOptions();
        IHost host = NewsServer.CreateHostBuilder(new NewsServerOptions
        {
            Urls = "http://127.0.0.1:0",
            MaxConcurrentRequests = options.MaxConcurrentRequests,
            QueueLimit = options.QueueLimit,
            RequestTimeout = options.RequestTimeout,
            ShutdownTimeout = options.ShutdownTimeout,
        }).Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        string address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new KestrelServer(host, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(CancellationToken.None);
        Host.Dispose();
    }
}

/// <summary>Request helpers and invented article text (our own fiction, not news text).</summary>
public static class Articles
{
    public const string Brief =
        "BAGHDAD, March 4 -- The Zephyr Brigades launched three drones at Ain al-Asad Air Base on Tuesday, "
        + "a U.S. defense official said. \"We will not stop,\" a spokesman for Kataib Hezbollah told reporters.";

    /// <summary>An invented article of about 2 KB (UTF-8), for the load figures.</summary>
    public static string TwoKilobytes { get; } = BuildTwoKilobytes();

    public static StringContent Text(string text) => new(text, Encoding.UTF8, "text/plain");

    public static ByteArrayContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static string BuildTwoKilobytes()
    {
        string[] sentences =
        [
            "ERBIL, Iraq, May 12 -- Militants fired at least five rockets at a base hosting coalition troops near Erbil on Sunday, two officials said.",
            "No one was hurt in the attack, according to a statement from the Kurdistan Region's interior ministry.",
            "Kataib Hezbollah denied any role, while a spokesman for the Islamic Resistance in Iraq said the group had targeted \"occupation forces.\"",
            "The Pentagon said U.S. forces had been attacked more than 40 times since October 17, mostly with drones and rockets.",
            "\"We will respond at a time and place of our choosing,\" Defense Secretary Lloyd Austin told reporters in Washington on Monday.",
            "Iraqi Prime Minister Mohammed Shia al-Sudani condemned the strike and ordered an investigation, his office said in a statement.",
            "About 2,500 U.S. troops remain in Iraq and some 900 in Syria on a mission to advise local forces fighting the Islamic State.",
        ];
        var builder = new StringBuilder();
        int i = 0;
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < 2000)
        {
            builder.Append(sentences[i % sentences.Length]).Append(i % 3 == 2 ? "\n\n" : " ");
            i++;
        }

        return builder.ToString();
    }
}

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
