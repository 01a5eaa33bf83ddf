using Npgsql;
using PlanTracker.Data.Migrations;
using PlanTracker.TestSupport;

namespace PlanTracker.Data.Tests;

/// <summary>
/// Migration 0018 on a database that already has a trail: each older entry gets the city its target names (or its
/// plan's), the rest stay without one, and the trail is append-only again afterwards.
/// </summary>
public class AuditRegionMigrationTests
{
    [Fact]
    public async Task Older_entries_get_the_city_their_target_or_plan_names_and_the_trail_stays_append_only()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("audit-region");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var script in DatabaseMigrator.Scripts.Where(s => s.Version < 18))
        {
            await ExecuteAsync(connection, script.Sql);
        }

        await ExecuteAsync(connection, """
            INSERT INTO regions (id, name, full_name, short_name, province, admin_code) VALUES
                (41, '长沙市', '湖南省长沙市', '长沙', '湖南省', '430100'),
                (42, '鄂州市', '湖北省鄂州市', '鄂州', '湖北省', '420700');
            INSERT INTO plans (id, region_id, title, period_start, period_end, created_at, updated_at) VALUES
                (77, 42, '鄂州市人力资源和社会保障事业发展“十五五”规划', 2026, 2030, now(), now());
            INSERT INTO audit_events (occurred_at, user_name, action, target, detail) VALUES
                (now(), 'changsha-reporter', 'values-saved', 'progress/regions/41/2023', '保存 1 项指标'),
                (now(), 'admin', 'plan-imported', 'plans/77', 'ezhou-15th.docx'),
                (now(), 'admin', 'year-closed', 'years/2024/regions/42', '2024 年度已对鄂州市关闭。'),
                (now(), 'admin', 'target-adjusted', 'plans/regions/41/indicators/5', '调整'),
                (now(), 'admin', 'year-closed', 'years/2024', '2024 年度已关闭。'),
                (now(), 'changsha-reporter', 'sign-in', 'changsha-reporter', null),
                (now(), 'admin', 'access-denied', '/progress/regions/4100000000000/2023', null);
            """);

        await ExecuteAsync(connection, DatabaseMigrator.Scripts.Single(s => s.Version == 18).Sql);

        var regions = new List<(string, int?)>();
        await using (var read = new NpgsqlCommand("SELECT target, region_id FROM audit_events ORDER BY id", connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                regions.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt32(1)));
            }
        }

        Assert.Equal(
            [
                ("progress/regions/41/2023", 41), ("plans/77", 42), ("years/2024/regions/42", 42), ("plans/regions/41/indicators/5", 41),
                ("years/2024", null), ("changsha-reporter", null), ("/progress/regions/4100000000000/2023", null),
            ],
            regions);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, "UPDATE audit_events SET region_id = 42"));
        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
