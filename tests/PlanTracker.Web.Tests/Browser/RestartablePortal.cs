
namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// A portal that can be stopped and started again on the same address and database, as when it is redeployed or its
/// process restarts: each start is a new host (new process state, no circuits), the database (accounts, sessions, the
/// data-protection key ring) stays.
/// </summary>
public sealed class RestartablePortal : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly int _port;
    private FixedAddressPortal? _running;

    private RestartablePortal(string connectionString, int port) => (_connectionString, _port) = (connectionString, port);

    /// <summary>The address of the first start; every later start must listen there too.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The running host (to create accounts in, read its logs).</summary>
    public PortalFactory Current => _running ?? throw new InvalidOperationException("The portal is stopped.");

    public static async Task<RestartablePortal> StartAsync()
    {
        var portal = new RestartablePortal(await SeededDatabase.CopyAsync("restart"), FixedAddressPortal.FreeLoopbackPort());
        await portal.StartAgainAsync();
        return portal;
    }

    /// <summary>Stops the host: Kestrel closes every connection (the circuits' too) and stops listening.</summary>
    public async Task StopAsync()
    {
        if (_running is { } running)
        {
            _running = null;
            await running.DisposeAsync();
        }
    }

    /// <summary>Starts a new host on the same address and database; returns once it answers.</summary>
    public async Task StartAgainAsync()
    {
        if (_running is not null)
        {
            throw new InvalidOperationException("The portal is running already.");
        }

        var host = new FixedAddressPortal(_connectionString, _port);
        await host.InitializeAsync();
        _running = host;
        if (BaseUrl.Length == 0)
        {
            BaseUrl = host.BaseUrl;
        }
        else if (host.BaseUrl != BaseUrl)
        {
            throw new InvalidOperationException($"The portal listens on {host.BaseUrl}, not on {BaseUrl}.");
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
