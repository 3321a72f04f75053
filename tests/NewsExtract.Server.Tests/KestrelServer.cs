using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NewsExtract.Server.Tests;

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
