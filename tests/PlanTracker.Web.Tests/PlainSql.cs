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

    /// <summary>Stores values of one indicator as a reporter's (replacing a demo value of the same year).</summary>
    public static async Task UpsertValuesAsync(string connectionString, int indicatorId, params (int Year, decimal Value)[] values)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (year, value) in values)
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO indicator_values (indicator_id, year, value, is_preliminary, is_demo, updated_at, updated_by) VALUES (@i, @y, @v, false, false, now(), 'test') " +
                "ON CONFLICT (indicator_id, year) DO UPDATE SET value = excluded.value, is_demo = false", connection);
            command.Parameters.AddWithValue("i", indicatorId);
            command.Parameters.AddWithValue("y", year);
            command.Parameters.AddWithValue("v", value);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Puts a city-year report in a review status, as the workflow would have left it (the year's report row created or updated).</summary>
    public static async Task SetReportStatusAsync(string connectionString, int regionId, int year, PlanTracker.Domain.Reporting.ReportStatus status)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO city_year_reports (region_id, year, status, updated_at, updated_by) VALUES (@r, @y, @s, now(), 'test') " +
            "ON CONFLICT (region_id, year) DO UPDATE SET status = excluded.status", connection);
        command.Parameters.AddWithValue("r", regionId);
        command.Parameters.AddWithValue("y", year);
        command.Parameters.AddWithValue("s", (short)status);
        await command.ExecuteNonQueryAsync();
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
