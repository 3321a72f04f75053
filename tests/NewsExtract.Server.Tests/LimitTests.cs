using System.Net;
using System.Text;

namespace NewsExtract.Server.Tests;

/// <summary>Every limit of the service, in memory: body size, time, concurrency, and failures that must not leak.</summary>
public sealed class LimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/v1/annotate", "text/plain", true)]
    [InlineData("/v1/annotate", "text/plain", false)]
    [InlineData("/v1/render", "application/json", false)]
    [InlineData("/v1/batch", "application/x-ndjson", false)]
    public async Task Body_OverTheLimit_Is413(string path, string contentType, bool declareLength)
    {
        await using var factory = new ServerFactory(new NewsServerOptions { MaxRequestBytes = 1000 });
        using HttpClient client = factory.CreateClient();
        byte[] big = Encoding.UTF8.GetBytes("{\"text\":\"" + new string('a', 1200) + "\"}\n");
        using HttpContent content = declareLength ? Articles.Bytes(big, contentType) : new StreamContent(new MemoryStream(big));
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        if (!declareLength)
        {
            content.Headers.ContentLength = null;
        }

        using HttpResponseMessage response = await client.PostAsync(path, content, Ct);

        await EndpointTests.ShouldBeProblem(response, HttpStatusCode.RequestEntityTooLarge, "limit of 1000 bytes");
    }

    [Fact]
    public async Task Body_AtTheLimit_IsAccepted()
    {
        await using var factory = new ServerFactory(new NewsServerOptions { MaxRequestBytes = 1000 });
        using HttpClient client = factory.CreateClient();

        using HttpResponseMessage response = await client.PostAsync("/v1/annotate", Articles.Text(new string('a', 1000)), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Request_SlowerThanTheTimeout_Is504()
    {
        await using KestrelServer server = await KestrelServer.StartAsync(new NewsServerOptions { RequestTimeout = TimeSpan.FromMilliseconds(300) });
        await using RawRequest request = await RawRequest.StartAsync(server.Address, "/v1/annotate", "The body never ");
        await Task.Delay(1000, Ct);

        (int status, _, string body) = await request.FinishAsync("ends in time.");

        status.Should().Be(504);
        body.Should().Contain("\"status\":504").And.Contain("limit of 0.3 seconds");
    }

    [Fact]
    public async Task Requests_BeyondTheSlotsAndTheQueue_Get429WithRetryAfter_AndTheOthersFinish()
    {
        await using KestrelServer server = await KestrelServer.StartAsync(new NewsServerOptions { MaxConcurrentRequests = 1, QueueLimit = 1 });
        using var client = new HttpClient { BaseAddress = server.Address };
        await using RawRequest running = await RawRequest.StartAsync(server.Address, "/v1/annotate", "Kataib Hezbollah ");
        await Task.Delay(300, Ct);   // the first request holds the one slot
        await using RawRequest queued = await RawRequest.StartAsync(server.Address, "/v1/annotate", "The Pentagon ");
        await Task.Delay(300, Ct);   // the second takes the one queue place

        using HttpResponseMessage rejected = await client.PostAsync("/v1/annotate", Articles.Text("A third one."), Ct);
        using HttpResponseMessage health = await client.GetAsync("/healthz", Ct);

        await EndpointTests.ShouldBeProblem(rejected, HttpStatusCode.TooManyRequests, "busy");
        rejected.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(NewsServer.RetryAfterSeconds));
        health.StatusCode.Should().Be(HttpStatusCode.OK, "health checks are not limited");
        (int firstStatus, _, string firstBody) = await running.FinishAsync("said it fired.");
        (int secondStatus, _, _) = await queued.FinishAsync("said.");
        firstStatus.Should().Be(200);
        secondStatus.Should().Be(200);
        firstBody.Should().Contain("kataib-hezbollah");
    }

    [Fact]
    public async Task Failure_InsideTheService_Is500WithoutAStackTrace()
    {
        // A gazetteer file that is not there makes the extractor fail when the first request asks for it.
        var options = new NewsServerOptions { Extractor = new NewsExtractorOptions { GazetteerFiles = ["/nonexistent/gazetteer.tsv"] } };
        await using var factory = new ServerFactory(options);
        using HttpClient client = factory.CreateClient();

        using HttpResponseMessage response = await client.PostAsync("/v1/annotate", Articles.Text("Anything."), Ct);

        await EndpointTests.ShouldBeProblem(response, HttpStatusCode.InternalServerError, "The service failed");
        (await response.Content.ReadAsStringAsync(Ct)).Should().NotContain("nonexistent");
    }

    [Fact]
    public void Options_OutOfRange_Throw()
    {
        FluentActions.Invoking(() => new NewsServerOptions { MaxRequestBytes = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new NewsServerOptions { MaxConcurrentRequests = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new NewsServerOptions { QueueLimit = -1 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new NewsServerOptions { RequestTimeout = TimeSpan.Zero }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new NewsServerOptions { Urls = " " }).Should().Throw<ArgumentException>();
        new NewsServerOptions().Urls.Should().Be("http://127.0.0.1:5088", "the service listens on loopback only unless told otherwise");
    }
}
