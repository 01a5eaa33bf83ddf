using Npgsql;
using PlanTracker.Data.Auditing;
using PlanTracker.TestSupport;

namespace PlanTracker.Data.Tests;

public class AuditTrailTests
{
    [Fact]
    public async Task Audit_events_can_be_added_but_never_changed_or_removed()
    {
        var connectionString = await TestPostgres.CreateMigratedDatabaseAsync("audit");
        var factory = new TestContextFactory(connectionString);
        await new AuditLog(factory, TimeProvider.System).WriteAsync(AuditActions.SignIn, "changsha-reporter", null, "127.0.0.1");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE audit_events SET user_name = 'someone-else'", connection);
        await using var delete = new NpgsqlCommand("DELETE FROM audit_events", connection);

        var updateError = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        var deleteError = await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());
        Assert.Contains("append-only", updateError.MessageText);
        Assert.Contains("append-only", deleteError.MessageText);
        await using var read = new NpgsqlCommand("SELECT user_name || ' ' || action FROM audit_events", connection);
        Assert.Equal("changsha-reporter sign-in", await read.ExecuteScalarAsync());
    }

    private sealed class TestContextFactory(string connectionString) : Microsoft.EntityFrameworkCore.IDbContextFactory<PlanTrackerDbContext>
    {
        public PlanTrackerDbContext CreateDbContext() => new(ServiceCollectionExtensions.CreateOptions(connectionString));
    }
}
