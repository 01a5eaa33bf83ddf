using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PlanTracker.Data;
using PlanTracker.Data.Migrations;
using PlanTracker.Data.Postgres;
using Serilog;
using Serilog.Extensions.Logging;

namespace PlanTracker.Cli;

/// <summary>PlanTracker's console: migrate, parse, import, schema-script.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    private const string Usage = """
        PlanTracker 命令行

        用法：
          PlanTracker.Cli migrate                 应用数据库迁移
          PlanTracker.Cli parse <文件>            解析规划文本，输出 JSON
          PlanTracker.Cli import <文件|目录>      导入规划（同一地区同一期规划原地更新）
          PlanTracker.Cli seed-demo [--remove]    生成（或删除）演示数据（各规划期的前三个已结束年度）；生产环境不可用
          PlanTracker.Cli schema-script           输出 EF 模型对应的建表 SQL（编写新迁移时参考）

        数据库：设置 ConnectionStrings__PlanTracker；未设置时使用本地私有 PostgreSQL。
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? BadInput : Ok;
        }

        using var serilog = new LoggerConfiguration().ReadFrom.Configuration(LoggingConfiguration()).CreateLogger();
        using var loggerFactory = new SerilogLoggerFactory(serilog);
        var logger = loggerFactory.CreateLogger("PlanTracker.Cli");
        try
        {
            return args[0] switch
            {
                "migrate" => await MigrateAsync(loggerFactory),
                "parse" => ParseCommand.Run(args[1..]),
                "import" => await ImportCommand.RunAsync(args[1..], loggerFactory),
                "seed-demo" => await SeedDemoCommand.RunAsync(args[1..], loggerFactory),
                "schema-script" => SchemaScript(),
                _ => UnknownCommand(args[0]),
            };
        }
        catch (LocalPostgresException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return Failed;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Command {Command} failed", args[0]);
            Console.Error.WriteLine($"命令 {args[0]} 失败：{ex.Message}");
            return Failed;
        }
    }

    /// <summary>
    /// The "Serilog" section of appsettings.json beside the program, overridden by environment variables: log events go
    /// to stderr, results to stdout (one line per imported file). EF Core and the importer's own events are at Warning,
    /// so that no SQL is printed; <c>Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore=Debug</c> shows
    /// every command (EF Core logs them at Debug here, see ServiceCollectionExtensions.Configure).
    /// </summary>
    public static IConfiguration LoggingConfiguration() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();

    /// <summary>
    /// The connection string from the environment, or the private local cluster: a cluster this command started is
    /// stopped when it ends (dispose the connection); one already running (a portal's) is only used and left running.
    /// </summary>
    public static Task<DatabaseConnection> ConnectAsync(ILoggerFactory loggerFactory) =>
        DatabaseStartup.ConnectAsync(
            Environment.GetEnvironmentVariable($"ConnectionStrings__{DatabaseStartup.ConnectionStringName}"),
            new LocalPostgresOptions { StopOnShutdown = true, RootDirectory = Environment.GetEnvironmentVariable("LocalPostgres__RootDirectory") },
            loggerFactory.CreateLogger("PlanTracker.Database"));

    private static async Task<int> MigrateAsync(ILoggerFactory loggerFactory)
    {
        await using var database = await ConnectAsync(loggerFactory);
        var applied = await new DatabaseMigrator(loggerFactory.CreateLogger<DatabaseMigrator>()).MigrateAsync(database.ConnectionString);
        Console.WriteLine(applied.Count == 0 ? "数据库已是最新。" : $"已应用 {applied.Count} 个迁移：{string.Join("、", applied.Select(a => $"{a.Version:D4}_{a.Name}"))}");
        return Ok;
    }

    private static int SchemaScript()
    {
        using var context = new PlanTrackerDbContext(ServiceCollectionExtensions.CreateOptions("Host=localhost"));
        Console.WriteLine(context.Database.GenerateCreateScript());
        return Ok;
    }

    private static int UnknownCommand(string command)
    {
        Console.Error.WriteLine($"未知命令：{command}");
        Console.Error.WriteLine(Usage);
        return BadInput;
    }
}
