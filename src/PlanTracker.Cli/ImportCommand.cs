using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PlanTracker.Data;
using PlanTracker.Data.Importing;
using PlanTracker.Data.Migrations;

namespace PlanTracker.Cli;

/// <summary>
/// `import &lt;file|folder&gt; [--yes]`: imports plan texts or plan JSON; --yes allows dropping rows. A folder is
/// loaded like the seeds (a file imported before is skipped); a single file is imported unless it is the plan's
/// current version, so the original can be imported again after a mistaken import.
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args, ILoggerFactory loggerFactory)
    {
        var allowRemovals = args.Contains("--yes");
        var paths = args.Where(a => a != "--yes").ToList();
        if (paths.Count != 1)
        {
            Console.Error.WriteLine("用法：PlanTracker.Cli import <文件|目录> [--yes]（--yes：确认删除新文本中已不存在的指标、专栏条目或项目）");
            return CliApp.BadInput;
        }

        var folder = Directory.Exists(paths[0]);
        var files = folder ? SeedPlanLoader.PlanFiles(paths[0]).ToList()
            : File.Exists(paths[0]) ? [paths[0]]
            : null;
        if (files is null || files.Count == 0)
        {
            Console.Error.WriteLine(files is null ? $"文件或目录不存在：{paths[0]}" : $"目录中没有规划文件（.txt/.md/.json）：{paths[0]}");
            return CliApp.BadInput;
        }

        await using var database = await CliApp.ConnectAsync(loggerFactory);
        var services = new ServiceCollection()
            .AddSingleton(loggerFactory)
            .AddLogging()
            .AddPlanTrackerData(database.ConnectionString)
            .BuildServiceProvider();
        await using var _ = services;
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(database.ConnectionString);
        var importer = services.GetRequiredService<PlanImporter>();
        var importedBy = $"cli:{Environment.UserName}";

        var exit = CliApp.Ok;
        var mapped = 0;
        foreach (var file in files)
        {
            if (new FileInfo(file).Length > PlanTracker.Import.PlanTextReader.MaxBytes)
            {
                // Refused before reading, as the portal's upload is: never load a huge file into memory.
                Console.WriteLine($"{Path.GetFileName(file)}：{PlanTracker.Import.PlanTextReader.TooLargeError}");
                exit = CliApp.BadInput;
                continue;
            }

            var result = await importer.ImportAsync(new ImportSource(Path.GetFileName(file), await File.ReadAllBytesAsync(file), importedBy) { SkipIfImportedBefore = folder }, allowRemovals);
            Console.WriteLine($"{Path.GetFileName(file)}：{result.Message}");
            mapped += result.MappedToCatalogue;
            if (result.Outcome == ImportOutcome.NeedsConfirmation)
            {
                var diff = result.Preview.Diff!;
                foreach (var name in diff.RemovedIndicators.Concat(diff.RemovedItems).Concat(diff.RemovedProjects))
                {
                    Console.WriteLine($"  将删除：{name}");
                }

                Console.WriteLine("  确认后请加 --yes 重新运行。");
            }

            if (result.Outcome is ImportOutcome.Rejected or ImportOutcome.NeedsConfirmation)
            {
                exit = CliApp.BadInput;
            }
        }

        Console.WriteLine($"指标目录：自动映射 {mapped} 项。");
        return exit;
    }
}
