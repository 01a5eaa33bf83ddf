using Npgsql;

namespace PlanTracker.Web.Tests;

/// <summary>
/// 长沙's 14th plan (seeds/001) after its end, written with plain SQL: values for 2021–2025 of seven rows, the reports
/// of 2021–2023 and 2025 已审核 and 2024 已提交 (so its values must not count in the 总结评估). The figures are chosen
/// so that each verdict can be worked by hand (<see cref="Expected"/>).
/// </summary>
public static class EndedPlanData
{
    public const string Cause = "受经济下行和参保人员流动影响，扩面进度低于预期。";

    public const string Measures = "开展全民参保计划专项行动，2026年一季度前完成重点企业补缴。";

    /// <summary>The rows written, by name: yearly values (2024's is in the submitted, unused year).</summary>
    private static readonly (string Name, (int Year, decimal Value)[] Values)[] Rows =
    [
        // [75], cumulative: approved 16 + 15 + 15 + 15 = 61 → 81% → 未完成 (with 2024's 15 it would be 76 → 完成).
        ("城镇新增就业人数", [(2021, 16m), (2022, 15m), (2023, 15m), (2024, 15m), (2025, 15m)]),
        // <5.5: 2025 at 4.9 keeps the ceiling → 完成.
        ("城镇调查失业率", [(2023, 5.1m), (2025, 4.9m)]),
        // <4.5: nothing for 2025 → 无末年数据.
        ("城镇登记失业率", [(2021, 3.2m)]),
        // — → [50], cumulative: 12 + 12 + 12 + 10 = 46 → 92% → 基本完成 (预期性).
        ("开展补贴性职业技能培训人次", [(2021, 12m), (2022, 12m), (2023, 12m), (2024, 12m), (2025, 10m)]),
        // >96: 2025 at 95.5 breaks the floor → 未完成.
        ("基本养老保险参保覆盖率", [(2025, 95.5m)]),
        // 182.8 → 212.7, 约束性: 2025 at 210 → 27.2 / 29.9 = 91% → 未完成 (binding), with cause and measures.
        ("失业保险参保人数", [(2023, 200m), (2025, 210m)]),
        // 171.3 → 180, 约束性: 2025 at 181 → 完成.
        ("工伤保险参保人数", [(2025, 181m)]),
    ];

    /// <summary>The verdicts worked by hand from the rows above (every other row of the plan: 无末年数据).</summary>
    public static readonly IReadOnlyDictionary<string, string> Expected = new Dictionary<string, string>
    {
        ["城镇新增就业人数"] = "未完成",
        ["城镇调查失业率"] = "完成",
        ["城镇登记失业率"] = "无末年数据",
        ["开展补贴性职业技能培训人次"] = "基本完成",
        ["基本养老保险参保覆盖率"] = "未完成",
        ["失业保险参保人数"] = "未完成",
        ["工伤保险参保人数"] = "完成",
    };

    /// <summary>Writes the rows and the reports (replacing any demo value of those years); returns 长沙's region id.</summary>
    public static async Task<int> WriteAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var regionId = (int)(await ScalarAsync(connection, transaction, "SELECT id FROM regions WHERE name = '长沙市'"))!;
        await ExecuteAsync(connection, transaction,
            "DELETE FROM indicator_values v USING indicators i, plans p WHERE v.indicator_id = i.id AND i.plan_id = p.id AND p.region_id = @region AND p.period_start = 2021",
            ("region", regionId));
        foreach (var (name, values) in Rows)
        {
            foreach (var (year, value) in values)
            {
                var binding = name == "失业保险参保人数" && year == 2025;
                await ExecuteAsync(connection, transaction, """
                    INSERT INTO indicator_values (indicator_id, year, value, is_preliminary, is_demo, updated_at, updated_by, cause, corrective_measures)
                    SELECT i.id, @year, @value, false, false, now(), 'changsha-reporter', @cause, @measures
                    FROM indicators i JOIN plans p ON p.id = i.plan_id WHERE p.region_id = @region AND p.period_start = 2021 AND i.name = @name
                    """,
                    ("region", regionId), ("name", name), ("year", year), ("value", value),
                    ("cause", binding ? Cause : DBNull.Value), ("measures", binding ? Measures : DBNull.Value));
            }
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM city_year_reports WHERE region_id = @region AND year BETWEEN 2021 AND 2025", ("region", regionId));
        foreach (var year in new[] { 2021, 2022, 2023, 2024, 2025 })
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO city_year_reports (region_id, year, status, updated_at, updated_by) VALUES (@region, @year, @status, now(), 'changsha-leader')",
                ("region", regionId), ("year", year), ("status", (short)(year == 2024 ? 1 : 2)));
        }

        await transaction.CommitAsync();
        return regionId;
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
