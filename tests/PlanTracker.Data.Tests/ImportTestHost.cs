using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data.Importing;
using PlanTracker.TestSupport;

namespace PlanTracker.Data.Tests;

/// <summary>A fresh migrated database with the importer wired as in the portal.</summary>
internal sealed class ImportTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ImportTestHost(ServiceProvider services, string connectionString)
    {
        _services = services;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public IServiceProvider Services => _services;

    public PlanImporter Importer => _services.GetRequiredService<PlanImporter>();

    public SeedPlanLoader Seeds => _services.GetRequiredService<SeedPlanLoader>();

    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static async Task<ImportTestHost> CreateAsync(string purpose)
    {
        var connectionString = await TestPostgres.CreateMigratedDatabaseAsync(purpose);
        var services = new ServiceCollection().AddLogging().AddPlanTrackerData(connectionString).AddSingleton<ScaleDataGenerator>().BuildServiceProvider();
        return new ImportTestHost(services, connectionString);
    }

    public static ImportSource Seed(string prefix)
    {
        var file = Directory.GetFiles(SeedDirectory, prefix + "_*.txt").Single();
        return new ImportSource(Path.GetFileName(file), File.ReadAllBytes(file), "test");
    }

    public PlanTrackerDbContext NewContext() => _services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContext();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
