using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using PlanTracker.Domain.Plans;

using PlanTracker.Data;
using PlanTracker.Data.Reporting;

namespace PlanTracker.TestSupport;

/// <summary>
/// Makes a province-sized (150 plans) or national (3,000 plans) dataset for benchmarks, derived from the imported
/// plans: each synthetic region gets a copy of one real plan's indicator table padded to 20 rows, five years of
/// values, and the real plan's catalogue mappings. Synthetic regions are in the province "合成数据" and are removed
/// with <see cref="RemoveAsync"/>. Rows are written with PostgreSQL COPY, in one transaction. Benchmarks and tests
/// only: the portal never registers it.
/// </summary>
public sealed class ScaleDataGenerator(IDbContextFactory<PlanTrackerDbContext> contextFactory, ILogger<ScaleDataGenerator> logger)
{
    public const string SyntheticProvince = "合成数据";
    public const int IndicatorsPerPlan = 20;

    public async Task<int> GenerateAsync(int plans, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sources = await context.Plans.AsNoTracking()
            .Where(p => p.Region!.Province != SyntheticProvince)
            .Include(p => p.Indicators)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        if (sources.Count == 0)
        {
            throw new InvalidOperationException("No imported plans to derive a dataset from: import seeds/ first.");
        }

        var mappings = await context.IndicatorMappings.AsNoTracking().ToDictionaryAsync(m => m.IndicatorId, cancellationToken);
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var existing = await CountSyntheticAsync(connection, cancellationToken);
        var regionIds = await InsertRegionsAsync(connection, existing, plans, cancellationToken);
        var planIds = await InsertPlansAsync(connection, regionIds, sources, cancellationToken);

        var indicatorRows = new List<(int PlanId, int Ordinal, Indicator Source, string Name)>();
        for (var p = 0; p < planIds.Count; p++)
        {
            var source = sources[(existing + p) % sources.Count];
            var rows = source.Indicators.OrderBy(i => i.Ordinal).ToList();
            for (var ordinal = 1; ordinal <= IndicatorsPerPlan; ordinal++)
            {
                var template = rows[(ordinal - 1) % rows.Count];
                var name = ordinal <= rows.Count ? template.Name : $"{template.Name}（扩展{ordinal}）";
                indicatorRows.Add((planIds[p], ordinal, template, name));
            }
        }

        var indicatorIds = await InsertIndicatorsAsync(connection, indicatorRows, cancellationToken);
        await InsertValuesAsync(connection, indicatorIds, indicatorRows, sources[0].Period, cancellationToken);
        await InsertMappingsAsync(connection, indicatorIds, indicatorRows, mappings, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        logger.LogInformation("Generated {Plans} synthetic plans with {Indicators} indicators", planIds.Count, indicatorIds.Count);
        return planIds.Count;
    }

    public async Task<int> RemoveAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var plans = await context.Plans.Where(p => p.Region!.Province == SyntheticProvince).ExecuteDeleteAsync(cancellationToken);
        await context.Regions.Where(r => r.Province == SyntheticProvince).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return plans;
    }

    private static async Task<int> CountSyntheticAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM regions WHERE province = @p", connection);
        command.Parameters.AddWithValue("p", SyntheticProvince);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<int>> InsertRegionsAsync(NpgsqlConnection connection, int existing, int count, CancellationToken cancellationToken)
    {
        var ids = new List<int>(count);
        await using var command = new NpgsqlCommand(
            "INSERT INTO regions (name, full_name, short_name, province, admin_code) SELECT '合成市' || n, '合成市' || n, '合成' || n, @p, 'S' || n FROM generate_series(@from, @to) n RETURNING id",
            connection);
        command.Parameters.AddWithValue("p", SyntheticProvince);
        command.Parameters.AddWithValue("from", existing + 1);
        command.Parameters.AddWithValue("to", existing + count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    private static async Task<List<int>> InsertPlansAsync(NpgsqlConnection connection, List<int> regionIds, List<Plan> sources, CancellationToken cancellationToken)
    {
        var ids = new List<int>(regionIds.Count);
        await using var command = new NpgsqlCommand(
            "INSERT INTO plans (region_id, title, period_start, period_end, created_at, updated_at) SELECT r, '合成规划（基于' || @title || '）', @start, @end, now(), now() FROM unnest(@regions) r RETURNING id",
            connection);
        // the synthetic plans take the first source plan's period, so its rows' values stay within it
        command.Parameters.AddWithValue("title", sources[0].Title);
        command.Parameters.AddWithValue("start", sources[0].PeriodStart);
        command.Parameters.AddWithValue("end", sources[0].PeriodEnd);
        command.Parameters.AddWithValue("regions", regionIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    private static async Task<List<int>> InsertIndicatorsAsync(NpgsqlConnection connection, List<(int PlanId, int Ordinal, Indicator Source, string Name)> rows, CancellationToken cancellationToken)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY indicators (plan_id, ordinal, category, number, name, unit, cumulative, attribute, extra_columns, baseline_comparator, baseline_cumulative, baseline_text, baseline_value, target_comparator, target_cumulative, target_text, target_value) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var (planId, ordinal, source, name) in rows)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(planId, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(ordinal, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(writer, source.Category, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(ordinal, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(name, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(writer, source.Unit, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(source.Cumulative, NpgsqlDbType.Boolean, cancellationToken);
                await WriteNullableAsync(writer, source.Attribute is { } a ? (short?)a : null, NpgsqlDbType.Smallint, cancellationToken);
                await writer.WriteAsync("{}", NpgsqlDbType.Jsonb, cancellationToken);
                await WriteMeasureAsync(writer, source.Baseline, cancellationToken);
                await WriteMeasureAsync(writer, source.Target, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        var ids = new List<int>(rows.Count);
        await using var command = new NpgsqlCommand("SELECT id FROM indicators WHERE plan_id = ANY(@plans) ORDER BY plan_id, ordinal", connection);
        command.Parameters.AddWithValue("plans", rows.Select(r => r.PlanId).Distinct().ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    private static async Task InsertValuesAsync(NpgsqlConnection connection, List<int> ids, List<(int PlanId, int Ordinal, Indicator Source, string Name)> rows, PlanPeriod period, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY indicator_values (indicator_id, year, value, is_preliminary, source, is_demo, updated_at, updated_by) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var now = DateTime.UtcNow;
        for (var i = 0; i < ids.Count; i++)
        {
            var template = rows[i].Source;
            var pattern = new Indicator { Id = ids[i], PlanId = rows[i].PlanId, Ordinal = rows[i].Ordinal, Number = rows[i].Ordinal, Name = rows[i].Name, Unit = template.Unit, Baseline = template.Baseline, Target = template.Target, Cumulative = template.Cumulative };
            foreach (var (year, value) in DemoDataSeeder.Generate(pattern, period.Years, period))
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(ids[i], NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(year, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(value, NpgsqlDbType.Numeric, cancellationToken);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync("合成数据", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(SyntheticProvince, NpgsqlDbType.Varchar, cancellationToken);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task InsertMappingsAsync(NpgsqlConnection connection, List<int> ids, List<(int PlanId, int Ordinal, Indicator Source, string Name)> rows, Dictionary<int, Domain.Catalogue.IndicatorMapping> mappings, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY indicator_mappings (indicator_id, canonical_indicator_id, unit_factor, mapped_by, mapped_at) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var now = DateTime.UtcNow;
        for (var i = 0; i < ids.Count; i++)
        {
            // Padding rows repeat a name: only the first copy of a row is mapped, as a plan maps each row once.
            if (rows[i].Name != rows[i].Source.Name || !mappings.TryGetValue(rows[i].Source.Id, out var mapping))
            {
                continue;
            }

            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(ids[i], NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(mapping.CanonicalIndicatorId, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(mapping.UnitFactor, NpgsqlDbType.Numeric, cancellationToken);
            await writer.WriteAsync(SyntheticProvince, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task WriteMeasureAsync(NpgsqlBinaryImporter writer, Measure measure, CancellationToken cancellationToken)
    {
        await writer.WriteAsync((short)measure.Comparator, NpgsqlDbType.Smallint, cancellationToken);
        await writer.WriteAsync(measure.Cumulative, NpgsqlDbType.Boolean, cancellationToken);
        await writer.WriteAsync(measure.Text, NpgsqlDbType.Text, cancellationToken);
        await WriteNullableAsync(writer, measure.Value, NpgsqlDbType.Numeric, cancellationToken);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, type, cancellationToken);
}
