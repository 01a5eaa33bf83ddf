using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PlanTracker.Data.Postgres;
using PlanTracker.Web.Hosting;

namespace PlanTracker.Web.Tests.Outage;

/// <summary>
/// A Production-mode portal on a PostgreSQL cluster of its own, which the test stops and starts (never the shared
/// test cluster other tests use). The demo accounts are added after start so that a city reporter exists.
/// </summary>
public sealed class OutagePortal : PortalFactory
{
    public const string AdminPassword = "outage test: kestrel lantern 57";

    private LocalPostgresCluster? _cluster;

    public LocalPostgresCluster Cluster => _cluster!;

    public override async Task InitializeAsync()
    {
        _cluster = await LocalPostgresCluster.StartThrowawayAsync(NullLogger.Instance);
        ConnectionString = _cluster.ConnectionString;
        Start();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountSeeder>().EnsureDemoAccountsAsync();
    }

    public Task StopDatabaseAsync() => Cluster.StopAsync();

    public Task StartDatabaseAsync() => Cluster.StartAgainAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        // Outside Development the build's static web assets (app.css, MudBlazor's) are only found when asked for.
        builder.UseStaticWebAssets();
        builder.UseSetting("Admin:InitialPassword", AdminPassword);
        builder.UseSetting("Database:ProbeSeconds", "0.2");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
