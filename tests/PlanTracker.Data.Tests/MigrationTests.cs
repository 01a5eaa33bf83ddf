using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PlanTracker.Data.Migrations;
using PlanTracker.TestSupport;

namespace PlanTracker.Data.Tests;

public class MigrationTests
{
    [Fact]
    public async Task Migrate_applies_every_script_once_and_records_it()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("migrate");
        var migrator = new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance);

        var first = await migrator.MigrateAsync(connectionString);
        var second = await migrator.MigrateAsync(connectionString);

        Assert.Equal(DatabaseMigrator.Scripts.Select(s => s.Version), first.Select(s => s.Version));
        Assert.Empty(second);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM schema_history ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var recorded = new List<(int, string)>();
        while (await reader.ReadAsync())
        {
            recorded.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        Assert.Equal(DatabaseMigrator.Scripts.Select(s => (s.Version, s.Checksum)), recorded);
    }

    [Fact]
    public async Task Instances_starting_at_once_do_not_both_migrate()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("race");
        var migrators = Enumerable.Range(0, 4).Select(_ => new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance)).ToList();

        var results = await Task.WhenAll(migrators.Select(m => Task.Run(() => m.MigrateAsync(connectionString))));

        // Exactly one instance applied each script; the others waited on the advisory lock and found nothing to do.
        Assert.Equal(DatabaseMigrator.Scripts.Count, results.Sum(r => r.Count));
        Assert.Single(results, r => r.Count > 0);
    }

    [Fact]
    public async Task A_failing_script_leaves_no_trace()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("fail");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // Occupy a name the first migration creates so that it fails half-way through.
        await using (var block = new NpgsqlCommand("CREATE TABLE projects (blocker int)", connection))
        {
            await block.ExecuteNonQueryAsync();
        }

        var migrator = new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance);
        await Assert.ThrowsAsync<PostgresException>(() => migrator.MigrateAsync(connectionString));

        await using var tables = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('regions', 'plans', 'indicators')", connection);
        Assert.Equal(0L, await tables.ExecuteScalarAsync());
        await using var history = new NpgsqlCommand("SELECT count(*) FROM schema_history", connection);
        Assert.Equal(0L, await history.ExecuteScalarAsync());
    }

    [Fact]
    public async Task An_applied_script_that_changed_is_refused()
    {
        var connectionString = await TestPostgres.CreateMigratedDatabaseAsync("changed");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var tamper = new NpgsqlCommand("UPDATE schema_history SET checksum = 'edited' WHERE version = 1", connection))
        {
            await tamper.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(connectionString));
        Assert.Contains("changed after it was applied", error.Message);
    }
}
