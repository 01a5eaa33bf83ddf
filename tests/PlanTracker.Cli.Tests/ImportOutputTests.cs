using System.Diagnostics;
using System.Text;
using PlanTracker.TestSupport;

namespace PlanTracker.Cli.Tests;

/// <summary>
/// `import` run as its own process on a migrated database: it writes one line per file and the catalogue's line, and
/// no SQL, unless EF Core's level is lowered to Debug (issue 14).
/// </summary>
public class ImportOutputTests
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    [Fact]
    public async Task Importing_the_seeds_prints_one_line_per_file_and_no_SQL()
    {
        var connectionString = await TestPostgres.CreateMigratedDatabaseAsync("cliimport");
        var files = Directory.GetFiles(Seeds, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        var run = await CliRun.StartAsync(connectionString, [], "import", Seeds);

        Assert.True(run.ExitCode == 0, run.Describe());
        var lines = run.StandardOutput.Lines();
        Assert.Equal(files.Count + 1, lines.Count);
        Assert.Equal(files, lines.Take(files.Count).Select(l => l.Split('：')[0]));
        Assert.StartsWith("指标目录：", lines[^1], StringComparison.Ordinal);
        // Migrations are applied already and the cluster is not ours: nothing to report on stderr either.
        Assert.True(run.StandardError.Length == 0, run.Describe());
        Assert.DoesNotContain("SELECT", run.StandardOutput + run.StandardError, StringComparison.OrdinalIgnoreCase);
        // The CLI's imports are audited like the portal's, under the CLI's user (issue 17: one post-import pipeline).
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM audit_events WHERE action = 'plan-imported' AND user_name LIKE 'cli:%'", connection);
        var written = lines.Count(l => l.Contains("已新建", StringComparison.Ordinal) || l.Contains("已更新", StringComparison.Ordinal));
        Assert.True(written >= 4, run.Describe());
        Assert.Equal(written, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task The_SQL_shows_when_EF_Core_is_set_to_Debug()
    {
        var connectionString = await TestPostgres.CreateMigratedDatabaseAsync("clidebug");
        var file = Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal).First();

        var run = await CliRun.StartAsync(connectionString, [("Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore", "Debug")], "import", file);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal(2, run.StandardOutput.Lines().Count);
        Assert.Contains("Executed DbCommand", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("INSERT INTO plans", run.StandardError, StringComparison.Ordinal);
    }
}

/// <summary>PlanTracker.Cli.dll (built beside the tests) run with `dotnet`, its output read to the end.</summary>
internal sealed record CliRun(int ExitCode, string StandardOutput, string StandardError)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>Runs the CLI; without a connection string (null) it uses its private cluster, as on a fresh machine.</summary>
    public static async Task<CliRun> StartAsync(string? connectionString, IEnumerable<(string Name, string Value)> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PlanTracker.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ConnectionStrings__PlanTracker");
        if (connectionString is not null)
        {
            start.Environment["ConnectionStrings__PlanTracker"] = connectionString;
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"PlanTracker.Cli {string.Join(' ', arguments)} did not end within {Limit}.");
        }

        return new CliRun(process.ExitCode, await output, await error);
    }

    public string Describe() => $"exit {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}

internal static class TextLines
{
    public static List<string> Lines(this string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
}
