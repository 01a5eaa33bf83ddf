using Npgsql;

namespace PlanTracker.TestSupport;

/// <summary>What the database server is doing and holding, read with plain SQL: for tests that wait on a state of the server.</summary>
public static class ServerState
{
    /// <summary>
    /// Polls a number until it meets the condition (a state of the server, not a length of time) and returns it; at most
    /// two minutes. <paramref name="stopped"/> says why waiting is pointless (the process that should get there has
    /// exited), or null while it is worth going on.
    /// </summary>
    public static async Task<long> WaitUntilAsync(string connectionString, string sql, Func<long, bool> condition, Func<string?>? stopped = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var value = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            if (condition(value))
            {
                return value;
            }

            if (stopped?.Invoke() is { } why)
            {
                throw new InvalidOperationException($"Waiting for \"{sql}\" is pointless: {why}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still waiting for: {sql}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The server session of this database that waits for a lock (a writer stopped by a <see cref="TableLock"/>).</summary>
    public static Task<long> LockWaiterAsync(string connectionString, Func<string?>? stopped = null) =>
        WaitUntilAsync(connectionString, "SELECT coalesce(max(pid), 0) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", pid => pid > 0, stopped);

    /// <summary>Waits until a server session has ended: a killed client's session ends (and rolls back) once it finds its client gone.</summary>
    public static Task SessionEndedAsync(string connectionString, long pid) =>
        WaitUntilAsync(connectionString, $"SELECT count(*) FROM pg_stat_activity WHERE pid = {pid}", n => n == 0);

    /// <summary>The tables a server session has written to in its open transaction (the row-exclusive locks it holds).</summary>
    public static async Task<IReadOnlySet<string>> TablesWrittenByAsync(string connectionString, long pid)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE l.pid = {pid} AND l.granted AND l.mode = 'RowExclusiveLock' AND c.relkind = 'r'",
            connection);
        var tables = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>Every row of each table as text, in a fixed order: two reads are equal when the tables hold the same rows.</summary>
    public static Task<IReadOnlyDictionary<string, string>> RowsAsync(string connectionString, params string[] tables) =>
        PerTableAsync(connectionString, tables, table => $"SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') FROM {table} t", value => (string)value!);

    /// <summary>The number of rows of each table.</summary>
    public static Task<IReadOnlyDictionary<string, long>> CountsAsync(string connectionString, params string[] tables) =>
        PerTableAsync(connectionString, tables, table => $"SELECT count(*) FROM {table}", value => (long)value!);

    /// <summary>One scalar query per table, on one connection, keyed by table name.</summary>
    private static async Task<IReadOnlyDictionary<string, T>> PerTableAsync<T>(string connectionString, string[] tables, Func<string, string> sqlFor, Func<object?, T> read)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var values = new SortedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand(sqlFor(table), connection);
            values[table] = read(await command.ExecuteScalarAsync());
        }

        return values;
    }
}
