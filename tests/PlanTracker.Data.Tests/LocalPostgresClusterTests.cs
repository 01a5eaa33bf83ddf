using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PlanTracker.Data.Postgres;

namespace PlanTracker.Data.Tests;

public class LocalPostgresClusterTests
{
    [Fact]
    public async Task Cluster_is_created_once_reused_while_running_and_keeps_its_data_across_restarts()
    {
        var root = Path.Combine(Path.GetTempPath(), $"plantracker-test-reuse-{Guid.NewGuid():N}"[..36]);
        var options = new LocalPostgresOptions { RootDirectory = root, Database = "reuse" };
        try
        {
            int port;
            await using (var first = await LocalPostgresCluster.StartAsync(options, NullLogger.Instance))
            {
                Assert.True(first.StartedHere);
                port = new NpgsqlConnectionStringBuilder(first.ConnectionString).Port;
                await ExecuteAsync(first.ConnectionString, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('长沙')");

                // A second process finds it running and reuses it instead of starting another.
                await using var second = await LocalPostgresCluster.StartAsync(options, NullLogger.Instance);
                Assert.False(second.StartedHere);
                Assert.Equal(first.ConnectionString, second.ConnectionString);
            }

            // The first owner stopped it on dispose; the next start brings the same cluster back with its data.
            await using var again = await LocalPostgresCluster.StartAsync(options, NullLogger.Instance);
            Assert.True(again.StartedHere);
            Assert.Equal(port, new NpgsqlConnectionStringBuilder(again.ConnectionString).Port);
            await using var connection = new NpgsqlConnection(again.ConnectionString);
            await connection.OpenAsync();
            await using var read = new NpgsqlCommand("SELECT value FROM kept", connection);
            Assert.Equal("长沙", await read.ExecuteScalarAsync());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Missing_binaries_give_one_clear_message()
    {
        var options = new LocalPostgresOptions { RootDirectory = Path.GetTempPath(), BinDirectory = "/nonexistent/postgresql/bin" };

        var error = await Assert.ThrowsAsync<LocalPostgresException>(() => LocalPostgresCluster.StartAsync(options, NullLogger.Instance));

        Assert.Contains("/nonexistent/postgresql/bin", error.Message);
        Assert.Contains("initdb", error.Message);
    }

    [Fact]
    public async Task An_unreachable_configured_server_is_reported_in_Chinese_with_what_to_change()
    {
        var error = await Assert.ThrowsAsync<LocalPostgresException>(() =>
            DatabaseStartup.ConnectAsync("Host=127.0.0.1;Port=1;Database=x;Username=x;Password=x;Timeout=3", new LocalPostgresOptions(), NullLogger.Instance));

        Assert.Contains("无法连接到已配置的数据库 127.0.0.1:1/x", error.Message);
        Assert.Contains("ConnectionStrings__PlanTracker", error.Message);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
