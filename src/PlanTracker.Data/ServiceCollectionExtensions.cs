using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanTracker.Data.Importing;
using PlanTracker.Data.Migrations;

namespace PlanTracker.Data;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the DbContext factory (one short-lived context per operation), the migrator and the plan importer.</summary>
    public static IServiceCollection AddPlanTrackerData(this IServiceCollection services, string connectionString)
    {
        // The factory for the portal's own code (one short-lived context per operation); AddDbContextFactory also
        // registers PlanTrackerDbContext as scoped, made by the factory, for what resolves a context from a scope:
        // Identity's stores and the data-protection key ring.
        services.AddDbContextFactory<PlanTrackerDbContext>(options => Configure(options, connectionString));
        services.AddSingleton<DatabaseMigrator>();
        services.TryAddSingleton(TimeProvider.System);
        // ParsedPlanValidator (and any later validator here) as IValidator<T>; singleton, as PlanImporter is.
        services.AddValidatorsFromAssembly(typeof(ServiceCollectionExtensions).Assembly, ServiceLifetime.Singleton);
        services.AddSingleton<PlanImporter>();
        services.AddSingleton<PlanRestorer>();
        services.AddSingleton<SeedPlanLoader>();
        services.AddSingleton<Reporting.DemoDataSeeder>();
        services.AddSingleton<Catalogue.CatalogueMapper>();
        services.AddSingleton<Identity.SignInCounters>();
        services.AddSingleton<Security.UserSessionStore>();
        return services;
    }

    /// <summary>
    /// Npgsql with dynamic JSON. Executed commands (their SQL) are logged at Debug, not EF Core's Information: the
    /// portal's and the CLI's logs show them only when Microsoft.EntityFrameworkCore is set to Debug.
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.ConfigureDataSource(dataSource => dataSource.EnableDynamicJson()))
            .ConfigureWarnings(warnings => warnings.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));

    public static DbContextOptions<PlanTrackerDbContext> CreateOptions(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<PlanTrackerDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }
}
