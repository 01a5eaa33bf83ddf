using Npgsql;
using PlanTracker.TestSupport;
using PlanTracker.Web.Tests.Browser;

namespace PlanTracker.Web.Tests;

/// <summary>
/// The database a Development portal leaves after its first start (migrations, the seed plans imported and mapped to
/// the catalogue, the demo values and the demo accounts), written once per test run and copied for each portal that
/// wants it. A portal started on a copy does what every later start does — migrations and seed files found up to
/// date — so each test class still gets a database of its own, without repeating the import.
/// </summary>
public static class SeededDatabase
{
    private static readonly Lazy<Task<string>> Template = new(WriteTemplateAsync);

    /// <summary>A new database holding what a first start writes.</summary>
    public static async Task<string> CopyAsync(string purpose) =>
        await TestPostgres.CreateDatabaseFromTemplateAsync(purpose, await Template.Value);

    private static async Task<string> WriteTemplateAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("seeded");
        await using (var firstStart = new FixedAddressPortal(connectionString, port: 0))
        {
            await firstStart.InitializeAsync();
        }

        // No one may be connected to a template while it is copied. The stopped portal's pool may still hold idle
        // connections to it; nothing will use them again (no one else knows this database), so they are ended.
        await EndConnectionsToAsync(connectionString);
        return connectionString;
    }

    private static async Task EndConnectionsToAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var end = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @database AND pid <> pg_backend_pid()",
            connection);
        end.Parameters.AddWithValue("database", database!);
        await end.ExecuteScalarAsync();
    }
}
