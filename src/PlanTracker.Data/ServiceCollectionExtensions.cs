using Microsoft.EntityFrameworkCore;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanTracker.Data.Importing;
using PlanTracker.Import.Model;
using PlanTracker.Data.Migrations;

namespace PlanTracker.Data;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the DbContext factory (one short-lived context per operation), the migrator and the plan importer.</summary>
    public static IServiceCollection AddPlanTrackerData(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<PlanTrackerDbContext>(options => Configure(options, connectionString));
        services.AddSingleton<DatabaseMigrator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IValidator<ParsedPlan>, ParsedPlanValidator>();
        services.AddSingleton<PlanImporter>();
        services.AddSingleton<SeedPlanLoader>();
        services.AddSingleton<Reporting.DemoDataSeeder>();
        services.AddSingleton<Reporting.ScaleDataGenerator>();
        services.AddSingleton<Catalogue.CatalogueMapper>();
        services.AddSingleton<Identity.SignInCounters>();
        services.AddSingleton<Security.UserSessionStore>();
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.ConfigureDataSource(dataSource => dataSource.EnableDynamicJson()));

    public static DbContextOptions<PlanTrackerDbContext> CreateOptions(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<PlanTrackerDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }
}
