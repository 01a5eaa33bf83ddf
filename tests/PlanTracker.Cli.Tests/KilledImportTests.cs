using System.Diagnostics;
using System.Text;
using Npgsql;
using PlanTracker.TestSupport;

namespace PlanTracker.Cli.Tests;

/// <summary>
/// `import` killed with SIGKILL in the middle of writing a plan: nothing of it is stored. The moment is made certain,
/// not guessed: another session holds the indicators table, so the import waits inside its transaction, after the
/// plan's own row is written, until it is killed.
/// </summary>
public class KilledImportTests
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
    private static readonly string[] Tables = ["regions", "plans", "source_documents", "indicators", "chapters", "special_columns", "audit_events"];

    [Fact]
    public async Task An_import_killed_while_it_writes_leaves_the_database_as_it_was()
    {
        var connectionString = await TestPostgres.CreateMigratedDatabaseAsync("clikill");
        var file = Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        var before = await CountsAsync(connectionString);
        long importSession;

        await using (var holder = new NpgsqlConnection(connectionString))
        {
            await holder.OpenAsync();
            await using var transaction = await holder.BeginTransactionAsync();
            await using (var lockTable = new NpgsqlCommand("LOCK TABLE indicators IN SHARE ROW EXCLUSIVE MODE", holder, transaction))
            {
                await lockTable.ExecuteNonQueryAsync();
            }

            using var import = Start(connectionString, "import", file);
            try
            {
                // The import's server session, waiting for the lock inside its transaction.
                importSession = await WaitUntilAsync(connectionString, "SELECT coalesce(max(pid), 0) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", pid => pid > 0, import);
            }
            finally
            {
                import.Kill(entireProcessTree: true);
                await import.WaitForExitAsync();
            }

            await transaction.RollbackAsync();
        }

        // The killed client's server session ends (and rolls back) once it finds its client gone.
        await WaitUntilAsync(connectionString, $"SELECT count(*) FROM pg_stat_activity WHERE pid = {importSession}", n => n == 0, null);
        Assert.Equal(before, await CountsAsync(connectionString));

        var again = await CliRun.StartAsync(connectionString, [], "import", file);
        Assert.True(again.ExitCode == 0, again.Describe());
        Assert.Equal(before["plans"] + 1, (await CountsAsync(connectionString))["plans"]);
    }

    private static Process Start(string connectionString, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PlanTracker.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__PlanTracker"] = connectionString;
        return Process.Start(start)!;
    }

    /// <summary>Polls a number until it meets the condition (a state of the server, not a length of time) and returns it; at most two minutes.</summary>
    private static async Task<long> WaitUntilAsync(string connectionString, string countSql, Func<long, bool> condition, Process? mustKeepRunning)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            await using var command = new NpgsqlCommand(countSql, connection);
            var value = Convert.ToInt64(await command.ExecuteScalarAsync());
            if (condition(value))
            {
                return value;
            }

            if (mustKeepRunning is { HasExited: true })
            {
                throw new InvalidOperationException($"The import ended before it waited: {await mustKeepRunning.StandardError.ReadToEndAsync()}");
            }

            Assert.True(DateTime.UtcNow < deadline, $"Still waiting for: {countSql}");
            await Task.Delay(100);
        }
    }

    private static async Task<Dictionary<string, long>> CountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }
}
