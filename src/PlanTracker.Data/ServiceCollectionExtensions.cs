using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data.Migrations;

namespace PlanTracker.Data;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the DbContext factory (one short-lived context per operation) and the migrator.</summary>
    public static IServiceCollection AddPlanTrackerData(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<PlanTrackerDbContext>(options => Configure(options, connectionString));
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString);

    public static DbContextOptions<PlanTrackerDbContext> CreateOptions(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<PlanTrackerDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }
}
