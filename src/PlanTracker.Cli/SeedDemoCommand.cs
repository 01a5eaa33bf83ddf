using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PlanTracker.Data;
using PlanTracker.Data.Migrations;
using PlanTracker.Data.Reporting;

namespace PlanTracker.Cli;

/// <summary>`seed-demo [--remove]`: adds (or removes) the 演示数据 values. Refused in Production.</summary>
internal static class SeedDemoCommand
{
    public static async Task<int> RunAsync(string[] args, ILoggerFactory loggerFactory)
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT");
        var remove = args.Contains("--remove");
        if (!remove && string.Equals(environment, "Production", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine("生产环境不允许生成演示数据。");
            return CliApp.BadInput;
        }

        await using var database = await CliApp.ConnectAsync(loggerFactory);
        await using var services = new ServiceCollection()
            .AddSingleton(loggerFactory)
            .AddLogging()
            .AddPlanTrackerData(database.ConnectionString)
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(database.ConnectionString);
        var seeder = services.GetRequiredService<DemoDataSeeder>();
        if (remove)
        {
            Console.WriteLine($"已删除 {await seeder.RemoveAsync()} 条演示数据。");
        }
        else
        {
            Console.WriteLine($"已生成 {await seeder.SeedAsync()} 条演示数据（各规划期的前 {DemoDataSeeder.DemoYearCount} 个已结束年度）。删除：seed-demo --remove");
        }

        return CliApp.Ok;
    }
}
