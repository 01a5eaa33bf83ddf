using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Data.Reporting;

/// <summary>
/// Fills the first three years of every imported plan's period (2021–2023 for a 14th plan; only years already over,
/// so a 15th plan gets none in 2026) with plausible values so that dashboards can be tried: most
/// indicators on track, some ahead, some behind, a few badly behind, and a few values missing. Every row is
/// marked 演示数据 (is_demo) and removed with one command. Deterministic: the same plans give the same values.
/// </summary>
public sealed class DemoDataSeeder(IDbContextFactory<PlanTrackerDbContext> contextFactory, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public const string DemoUser = "演示数据";
    /// <summary>How many of a period's first years get demo values.</summary>
    public const int DemoYearCount = 3;

    /// <summary>Pace along the plan's own path: ahead, on track, on track, behind, badly behind.</summary>
    private static readonly decimal[] Paces = [1.2m, 1.0m, 0.95m, 0.75m, 0.45m];

    /// <summary>Adds demo values for indicator-years that have no value yet (real reports are never touched).</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var indicators = await context.Indicators.AsNoTracking().OrderBy(i => i.PlanId).ThenBy(i => i.Ordinal).ToListAsync(cancellationToken);
        var periods = await context.Plans.AsNoTracking().ToDictionaryAsync(p => p.Id, p => new PlanPeriod(p.PeriodStart, p.PeriodEnd), cancellationToken);
        var thisYear = ChinaTime.Today(clock).Year;
        var taken = (await context.IndicatorValues.Select(v => new { v.IndicatorId, v.Year }).ToListAsync(cancellationToken))
            .Select(v => (v.IndicatorId, v.Year)).ToHashSet();
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var indicator in indicators)
        {
            var period = periods[indicator.PlanId];
            var years = YearsOf(period, thisYear);
            foreach (var (year, value) in Generate(indicator, years, period))
            {
                if (taken.Contains((indicator.Id, year)))
                {
                    continue;
                }

                context.IndicatorValues.Add(new IndicatorValue
                {
                    IndicatorId = indicator.Id,
                    Year = year,
                    Value = value,
                    IsPreliminary = year == years[^1],
                    Source = "演示数据（自动生成）",
                    IsDemo = true,
                    UpdatedAt = now,
                    UpdatedBy = DemoUser,
                });
                added++;
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Added {Count} demo indicator values", added);
        return added;
    }

    public async Task<int> RemoveAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var removed = await context.IndicatorValues.Where(v => v.IsDemo).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Removed {Count} demo indicator values", removed);
        return removed;
    }

    /// <summary>The years a plan gets demo values for: its first <see cref="DemoYearCount"/> years that are over by <paramref name="thisYear"/>.</summary>
    public static IReadOnlyList<int> YearsOf(PlanPeriod period, int thisYear) => [.. period.Years.Take(DemoYearCount).Where(y => y < thisYear)];

    /// <summary>The demo values of one indicator for the given years of its plan's period: none for text-only targets, the last year missing now and then.</summary>
    public static IEnumerable<(int Year, decimal Value)> Generate(Indicator indicator, IReadOnlyList<int> years, PlanPeriod period)
    {
        var seed = indicator.PlanId * 31 + (indicator.Number ?? indicator.Ordinal);
        var pace = Paces[seed % Paces.Length];
        var missingLastYear = seed % 7 == 3;
        if (indicator.Target.Value is not { } target)
        {
            yield break;
        }

        for (var k = 1; k <= years.Count; k++)
        {
            if (missingLastYear && k == years.Count)
            {
                yield break;
            }

            // the year's place in the period: 1 for its first year (for a 14th plan 2021 → 1, as k)
            var step = years[k - 1] - period.BaselineYear;
            var value = indicator switch
            {
                { Cumulative: true } => target / period.YearCount * pace * (0.9m + (0.1m * step)),
                { Target.Comparator: var c } when c.IsCeiling() => target * (pace >= 0.9m ? 0.93m : 1.04m),
                { Target.Comparator: var c } when c.IsFloor() => target * (pace >= 0.9m ? 1.01m : 0.97m),
                { Baseline.Value: { } baseline } => baseline + ((target - baseline) * step / period.YearCount * pace),
                _ => target * (0.7m + (0.3m * step / period.YearCount * pace)),
            };
            // A rate cannot pass 100%.
            yield return (years[k - 1], Math.Round(indicator.Unit == "%" ? Math.Min(value, 100m) : value, 2));
        }
    }
}
