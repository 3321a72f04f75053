using System.Net;
using System.Text;
using NewsExtract.Cli;

namespace NewsExtract.Server.Tests;

/// <summary>The service on a real Kestrel port (127.0.0.1, a free port) with a real HTTP client.</summary>
public sealed class KestrelTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RealPort_AnswersWhatTheCliPrints_AndTwoHundredConcurrentRequests()
    {
        await using KestrelServer server = await KestrelServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };
        string file = Path.Combine(Path.GetTempPath(), $"kestrel-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, Articles.TwoKilobytes, new UTF8Encoding(false), Ct);
        var stdout = new StringWriter();
        CliApp.Run(["annotate", file, "--compact", "--date", "2024-05-14"], TextReader.Null, stdout, TextWriter.Null).Should().Be(0);
        File.Delete(file);
        string id = Path.GetFileNameWithoutExtension(file);

        HttpResponseMessage[] responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ =>
            client.PostAsync($"/v1/annotate?date=2024-05-14&id={id}", Articles.Text(Articles.TwoKilobytes), Ct)));

        responses.Select(r => r.StatusCode).Should().AllSatisfy(s => s.Should().Be(HttpStatusCode.OK));
        string[] bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync(Ct)));
        bodies.Should().AllSatisfy(b => b.Should().Be(stdout.ToString()));
        foreach (HttpResponseMessage response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Shutdown_LetsTheRequestInFlightFinish_AndRefusesNewConnections()
    {
        KestrelServer server = await KestrelServer.StartAsync();
        await using RawRequest inFlight = await RawRequest.StartAsync(server.Address, "/v1/annotate", "Kataib Hezbollah said ");
        await Task.Delay(300, Ct);

        Task stopping = server.Host.StopAsync(Ct);   // what SIGTERM does
        await Task.Delay(300, Ct);
        stopping.IsCompleted.Should().BeFalse("a request is still in flight");
        (int status, _, string body) = await inFlight.FinishAsync("it fired two rockets.");

        status.Should().Be(200);
        body.Should().Contain("\"value\":2");
        await stopping.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        using var fresh = new HttpClient { BaseAddress = server.Address };
        await FluentActions.Awaiting(() => fresh.GetAsync("/healthz", Ct)).Should().ThrowAsync<HttpRequestException>();
        server.Host.Dispose();
    }
}
