using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PlanTracker.Data.Postgres;

namespace PlanTracker.Cli.Tests;

/// <summary>
/// With no connection string a command uses the private cluster: one it had to start is stopped when it ends (a
/// fresh machine is left with no server running); one that was already running (a portal's) is left running.
/// </summary>
public class PrivateClusterTests
{
    [Fact]
    public async Task A_command_stops_the_private_cluster_it_started_and_leaves_a_running_one_running()
    {
        var root = Path.Combine(Path.GetTempPath(), $"plantracker-cli-{Guid.NewGuid():N}"[..30]);
        try
        {
            var first = await CliRun.StartAsync(null, [("LocalPostgres__RootDirectory", root)], "migrate");

            Assert.True(first.ExitCode == 0, first.Describe());
            Assert.StartsWith("已应用", first.StandardOutput, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(root, "data", "PG_VERSION")), first.Describe());
            Assert.False(IsRunning(root), "migrate left the cluster it started running:\n" + first.Describe());

            // Someone else (a portal) has it running: the command uses it and leaves it so.
            await using var running = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions { RootDirectory = root }, NullLogger.Instance);
            Assert.True(running.StartedHere);
            var second = await CliRun.StartAsync(null, [("LocalPostgres__RootDirectory", root)], "migrate");

            Assert.True(second.ExitCode == 0, second.Describe());
            Assert.Equal("数据库已是最新。", second.StandardOutput.Trim());
            Assert.True(IsRunning(root));
            await using var connection = new NpgsqlConnection(running.ConnectionString);
            await connection.OpenAsync();
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (IsRunning(root))
            {
                await using var cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions { RootDirectory = root }, NullLogger.Instance);
                await cluster.StopAsync();
            }

            Directory.Delete(root, recursive: true);
        }
    }

    private static bool IsRunning(string root) => File.Exists(Path.Combine(root, "data", "postmaster.pid"));
}
