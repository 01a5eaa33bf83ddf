using System.Diagnostics;
using System.Text;
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
        var before = await ServerState.CountsAsync(connectionString, Tables);
        long importSession;

        await using (var holder = await TableLock.TakeAsync(connectionString, "indicators"))
        {
            using var import = Start(connectionString, "import", file);
            try
            {
                // The import's server session, waiting for the lock inside its transaction.
                importSession = await ServerState.LockWaiterAsync(connectionString, () => import.HasExited ? import.StandardError.ReadToEnd() : null);
                Assert.Contains("plans", await ServerState.TablesWrittenByAsync(connectionString, importSession));
            }
            finally
            {
                import.Kill(entireProcessTree: true);
                await import.WaitForExitAsync();
            }
        }

        await ServerState.SessionEndedAsync(connectionString, importSession);
        Assert.Equal(before, await ServerState.CountsAsync(connectionString, Tables));

        var again = await CliRun.StartAsync(connectionString, [], "import", file);
        Assert.True(again.ExitCode == 0, again.Describe());
        Assert.Equal(before["plans"] + 1, (await ServerState.CountsAsync(connectionString, Tables))["plans"]);
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
}
