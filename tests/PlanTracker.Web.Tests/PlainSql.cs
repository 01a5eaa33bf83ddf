using Npgsql;
using PlanTracker.Domain.Progress;

namespace PlanTracker.Web.Tests;

/// <summary>Reads for golden values with plain SQL, never through the portal's own queries.</summary>
public static class PlainSql
{
    /// <summary>Runs a query of (indicator_id, year, value) rows and groups them by indicator, in the query's order.</summary>
    public static async Task<Dictionary<int, List<YearValue>>> ValuesAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var values = new Dictionary<int, List<YearValue>>();
        while (await reader.ReadAsync())
        {
            var id = reader.GetInt32(0);
            if (!values.TryGetValue(id, out var list))
            {
                values[id] = list = [];
            }

            list.Add(new YearValue(reader.GetInt32(1), reader.GetDecimal(2)));
        }

        return values;
    }

    /// <summary>A count (or any bigint) from one query.</summary>
    public static async Task<long> ScalarAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }
}
