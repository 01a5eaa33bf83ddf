using Npgsql;

namespace PlanTracker.TestSupport;

/// <summary>
/// Another session holding a table against writes (reads go on) until disposed: a writer that reaches the table waits
/// inside its transaction, after what it wrote before, which makes "the middle of a write" a state a test can reach
/// and see (<see cref="ServerState.LockWaiterAsync"/>), not a moment it guesses.
/// </summary>
public sealed class TableLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private TableLock(NpgsqlConnection connection, NpgsqlTransaction transaction) => (_connection, _transaction) = (connection, transaction);

    public static async Task<TableLock> TakeAsync(string connectionString, string table)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand($"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return new TableLock(connection, transaction);
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.RollbackAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
