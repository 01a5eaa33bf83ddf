using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PlanTracker.Data.Migrations;
using PlanTracker.Data.Postgres;

namespace PlanTracker.TestSupport;

/// <summary>
/// The PostgreSQL server for a test run: the server named by PLANTRACKER_TEST_CONNECTION when set, otherwise
/// a throwaway private cluster started from the installed binaries (stopped and deleted when the run ends).
/// Tests get their own fresh databases on it, so they never see each other's rows.
/// </summary>
public static class TestPostgres
{
    public const string ServerVariable = "PLANTRACKER_TEST_CONNECTION";

    private static readonly Lazy<Task<string>> Server = new(StartServerAsync);
    private static LocalPostgresCluster? _cluster;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static Task<string> CreateDatabaseAsync(string purpose) => CreateAsync(purpose, template: null);

    /// <summary>
    /// Creates a database as a copy of <paramref name="templateConnectionString"/>'s (PostgreSQL's CREATE DATABASE …
    /// TEMPLATE): its schema and rows, in a fraction of the time it took to write them. Nobody may be connected to the
    /// template while it is copied, so the template must be a database no test uses.
    /// </summary>
    public static async Task<string> CreateDatabaseFromTemplateAsync(string purpose, string templateConnectionString)
    {
        var template = new NpgsqlConnectionStringBuilder(templateConnectionString).Database
            ?? throw new ArgumentException("The template's connection string names no database.", nameof(templateConnectionString));
        return await CreateAsync(purpose, template);
    }

    private static async Task<string> CreateAsync(string purpose, string? template)
    {
        var server = new NpgsqlConnectionStringBuilder(await Server.Value);
        var name = $"pt_{Sanitise(purpose)}_{Guid.NewGuid():N}";
        name = name[..Math.Min(name.Length, 48)];
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            var copy = template is null ? string.Empty : $" TEMPLATE {template}";
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}{copy}", connection);
            await create.ExecuteNonQueryAsync();
        }

        server.Database = name;
        return server.ConnectionString;
    }

    /// <summary>Creates a database and applies every migration to it.</summary>
    public static async Task<string> CreateMigratedDatabaseAsync(string purpose)
    {
        var connectionString = await CreateDatabaseAsync(purpose);
        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(connectionString);
        return connectionString;
    }

    private static async Task<string> StartServerAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ServerVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        using var loggerFactory = LoggerFactory.Create(_ => { });
        _cluster = await LocalPostgresCluster.StartThrowawayAsync(loggerFactory.CreateLogger("TestPostgres"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => _cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var builder = new NpgsqlConnectionStringBuilder(_cluster.ConnectionString) { Database = "postgres" };
        return builder.ConnectionString;
    }

    private static string Sanitise(string purpose) =>
        new string(purpose.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9').ToArray()).PadRight(1, 'x');
}
