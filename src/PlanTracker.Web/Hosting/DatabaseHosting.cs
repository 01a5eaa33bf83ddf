using PlanTracker.Data;
using PlanTracker.Data.Migrations;
using PlanTracker.Data.Postgres;

namespace PlanTracker.Web.Hosting;

public static class DatabaseHosting
{
    /// <summary>
    /// Connects to ConnectionStrings:PlanTracker, or starts the private cluster when none is configured.
    /// Returns null (after one clear message on stderr) when neither works.
    /// </summary>
    public static async Task<DatabaseConnection?> ConnectDatabaseAsync(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("LocalPostgres").Get<LocalPostgresOptions>() ?? new LocalPostgresOptions();
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true));
        try
        {
            var database = await DatabaseStartup.ConnectAsync(
                builder.Configuration.GetConnectionString(DatabaseStartup.ConnectionStringName),
                options,
                loggerFactory.CreateLogger("PlanTracker.Database"));
            builder.Services.AddSingleton(database);
            builder.Services.AddPlanTrackerData(database.ConnectionString);
            builder.Services.AddHealthChecks().AddDbContextCheck<PlanTrackerDbContext>("database");
            return database;
        }
        catch (LocalPostgresException ex)
        {
            await Console.Error.WriteLineAsync($"PlanTracker 无法启动：{ex.Message}");
            return null;
        }
    }

    /// <summary>Applies pending migrations and arranges for a cluster started here to stop with the portal.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, DatabaseConnection database)
    {
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(database.ConnectionString);
        app.Lifetime.ApplicationStopped.Register(() => database.DisposeAsync().AsTask().GetAwaiter().GetResult());
    }
}
