using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NewsExtract.Server.Tests;

/// <summary><c>newsextract serve</c> as a real process: its defaults, its address, and SIGTERM.</summary>
public sealed partial class ProcessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Serve_OnSigterm_FinishesTheRequestInFlightAndExitsZero()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "SIGTERM is a POSIX signal");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "NewsExtract.Cli.dll"), "serve", "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process serve = Process.Start(start)!;
        try
        {
            var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
            serve.OutputDataReceived += (_, e) =>
            {
                Match match = e.Data is null ? Match.Empty : ListeningOn().Match(e.Data);
                if (match.Success)
                {
                    listening.TrySetResult(new Uri(match.Groups[1].Value));
                }
            };
            serve.BeginOutputReadLine();
            serve.BeginErrorReadLine();
            Uri address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
            address.Host.Should().Be("127.0.0.1");

            await using RawRequest inFlight = await RawRequest.StartAsync(address, "/v1/annotate?date=2024-03-06", "Kataib Hezbollah said on Monday ");
            await Task.Delay(300, Ct);
            using (Process kill = Process.Start("kill", ["-TERM", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(Ct);
            }

            await Task.Delay(300, Ct);
            serve.HasExited.Should().BeFalse("the request in flight holds the shutdown");
            (int status, string head, string body) = await inFlight.FinishAsync("that it fired two rockets.");

            status.Should().Be(200, head);
            body.Should().Contain("\"value\":2").And.Contain("2024-03-04");
            await serve.WaitForExitAsync(Ct).WaitAsync(TimeSpan.FromSeconds(20), Ct);
            serve.ExitCode.Should().Be(0);
        }
        finally
        {
            if (!serve.HasExited)
            {
                serve.Kill(entireProcessTree: true);
            }
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
