using Microsoft.AspNetCore.Mvc.Testing;
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
