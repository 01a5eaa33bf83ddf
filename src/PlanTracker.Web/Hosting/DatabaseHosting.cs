using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Identity;
using PlanTracker.Data.Importing;
using PlanTracker.Data.Migrations;
using PlanTracker.Data.Postgres;
using PlanTracker.Data.Reporting;

namespace PlanTracker.Web.Hosting;

public static class DatabaseHosting
{
    /// <summary>
    /// Connects to ConnectionStrings:PlanTracker, or starts the private cluster when none is configured.
    /// Returns null (after one clear message on stderr) when neither works.
    /// </summary>
    public static async Task<DatabaseConnection?> ConnectDatabaseAsync(this WebApplicationBuilder builder, StartupLog startupLog)
    {
        var options = builder.Configuration.GetSection("LocalPostgres").Get<LocalPostgresOptions>() ?? new LocalPostgresOptions();
        try
        {
            // The host's logging is not built yet: the start-up log, handed over to it once it is.
            var database = await DatabaseStartup.ConnectAsync(
                builder.Configuration.GetConnectionString(DatabaseStartup.ConnectionStringName),
                options,
                startupLog);
            builder.Services.AddSingleton(database);
            builder.Services.AddSingleton<SeedStatus>();
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

    /// <summary>
    /// Applies pending migrations, imports the shipped seed plans (once: files already imported are skipped;
    /// each import maps its plan to the indicator catalogue), fills demo values on Development's first start, and arranges for a
    /// cluster started here to stop with the portal.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, DatabaseConnection database)
    {
        app.Lifetime.ApplicationStopped.Register(() => database.DisposeAsync().AsTask().GetAwaiter().GetResult());
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(database.ConnectionString);
        if (app.Configuration.GetValue(SeedStatus.ImportSetting, true))
        {
            await ImportSeedPlansAsync(app);
        }
        else
        {
            app.Services.GetRequiredService<SeedStatus>().Disabled();
        }

        if (app.Environment.IsDevelopment())
        {
            await SeedDemoValuesOnFirstStartAsync(app);
        }
    }

    private static async Task ImportSeedPlansAsync(WebApplication app)
    {
        var status = app.Services.GetRequiredService<SeedStatus>();
        var configured = app.Configuration[SeedStatus.DirectorySetting];
        string[] searchedFrom = [app.Environment.ContentRootPath, AppContext.BaseDirectory];
        var seeds = SeedPlanLoader.FindSeedDirectory(configured, searchedFrom);
        status.Searched(string.IsNullOrWhiteSpace(configured) ? null : configured, searchedFrom.Distinct().ToList(), seeds);
        if (seeds is null)
        {
            app.Logger.LogError("No seed plans loaded: {Problem}", status.Problem());
            return;
        }

        var results = await app.Services.GetRequiredService<SeedPlanLoader>().LoadAsync(seeds);
        status.Loaded(results.Count, results.Count(r => r.Outcome is ImportOutcome.Rejected or ImportOutcome.NeedsConfirmation));
        if (status.Problem() is { } problem)
        {
            app.Logger.LogError("Seed plans: {Problem}", problem);
        }

        var imported = results.Count(r => r.Outcome is ImportOutcome.Created or ImportOutcome.Updated);
        if (imported > 0)
        {
            app.Logger.LogInformation("Imported {Count} seed plan files from {Directory}", imported, seeds);
        }
    }

    /// <summary>Development's first start: demo values, so that dashboards have something to show (never in Production).</summary>
    private static async Task SeedDemoValuesOnFirstStartAsync(WebApplication app)
    {
        var contextFactory = app.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>();
        await using var context = await contextFactory.CreateDbContextAsync();
        if (app.Configuration.GetValue("DemoData:SeedOnFirstStart", true) && !await context.IndicatorValues.AnyAsync())
        {
            await app.Services.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }
    }

    /// <summary>
    /// Roles, then accounts: in Development the demo accounts (printed, documented in README); otherwise one
    /// admin whose password comes from Admin:InitialPassword or is generated and shown once.
    /// </summary>
    public static async Task PrepareAccountsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<AccountSeeder>();
        await seeder.EnsureRolesAsync();
        if (app.Environment.IsDevelopment())
        {
            await seeder.EnsureDemoAccountsAsync();
            var list = string.Join(Environment.NewLine, AccountSeeder.DemoAccounts.Select(a => $"  {a.UserName,-18} {Roles.ChineseName(a.Role)} {a.Region}"));
            app.Logger.LogInformation("演示账户（密码均为 {Password}）：{NewLine}{Accounts}", AccountSeeder.DemoPassword, Environment.NewLine, list);
            return;
        }

        var generated = await seeder.EnsureAdminAsync(app.Configuration["Admin:InitialPassword"]);
        if (generated is not null)
        {
            // Shown once: it is not stored anywhere but as a hash.
            app.Logger.LogWarning("已创建管理员账户 {UserName}，初始密码 {Password}。请登录后立即修改；此密码不会再次显示。", AccountSeeder.AdminUserName, generated);
        }
    }
}
