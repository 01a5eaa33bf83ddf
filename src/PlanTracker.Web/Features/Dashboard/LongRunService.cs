using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Dashboard;

/// <summary>One plan's part of a continuing indicator's long run, in the catalogue indicator's unit.</summary>
/// <param name="Values">Each reported year's value (for a cumulative indicator the year's increment, never a running total).</param>
/// <param name="Path">The plan's own way from its baseline to its target (empty for a cumulative indicator, whose target is a total).</param>
public sealed record LongRunPlan(PlanPeriod Period, IReadOnlyList<ChartPoint> Values, IReadOnlyList<ChartPoint> Path);

/// <summary>
/// A catalogue indicator across a region's successive plans (十三五 results → 十四五 → 十五五 …): what the dashboard draws
/// from the first year any plan has a figure to the last plan's last year.
/// </summary>
public sealed record LongRun(string Name, string Unit, bool Cumulative, IReadOnlyList<LongRunPlan> Plans, IReadOnlyList<ChartPoint> PreviousResults, string? PreviousName)
{
    public int FromYear => Plans.SelectMany(p => p.Values.Concat(p.Path)).Concat(PreviousResults).Select(p => p.Year).DefaultIfEmpty(Plans[0].Period.BaselineYear).Min();

    public int ToYear => Plans[^1].Period.LastYear;
}

/// <summary>
/// Follows an indicator through the region's plans by the catalogue (the same canonical indicator, each plan's values
/// converted by its mapping's unit factor), and adds the earliest plan's printed results of the period before it
/// (its 上期完成情况 row of the same name: base and actual). Null when the indicator continues in no other plan.
/// </summary>
public sealed class LongRunService(IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard)
{
    /// <summary>The long run of a plan row, on the values <paramref name="scope"/> admits (the dashboard's own scope).</summary>
    public async Task<LongRun?> ForIndicatorAsync(int regionId, int indicatorId, ValueScope scope, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadRegionAsync(regionId, $"dashboard/{regionId}/long-run/{indicatorId}"))
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var canonical = await context.IndicatorMappings.AsNoTracking().Where(m => m.IndicatorId == indicatorId)
            .Select(m => new { m.CanonicalIndicatorId, Name = context.CanonicalIndicators.Where(c => c.Id == m.CanonicalIndicatorId).Select(c => c.Name).Single(), Unit = context.CanonicalIndicators.Where(c => c.Id == m.CanonicalIndicatorId).Select(c => c.Unit).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (canonical is null)
        {
            return null;
        }

        var rows = await (
            from mapping in context.IndicatorMappings.AsNoTracking()
            join indicator in context.Indicators on mapping.IndicatorId equals indicator.Id
            join plan in context.Plans on indicator.PlanId equals plan.Id
            where mapping.CanonicalIndicatorId == canonical.CanonicalIndicatorId && plan.RegionId == regionId
            orderby plan.PeriodStart
            select new { indicator.Id, indicator.Name, indicator.PlanId, indicator.Cumulative, Baseline = indicator.Baseline.Value, Target = indicator.Target.Value, mapping.UnitFactor, plan.PeriodStart, plan.PeriodEnd })
            .ToListAsync(cancellationToken);
        if (rows.Select(r => r.PlanId).Distinct().Count() < 2)
        {
            return null;
        }

        var ids = rows.Select(r => r.Id).ToList();
        var values = await ReportedValues.UpToAsync(context, ids, rows.Max(r => r.PeriodEnd), scope, cancellationToken);
        var cumulative = rows[0].Cumulative;
        var plans = rows.Select(r =>
        {
            var period = new PlanPeriod(r.PeriodStart, r.PeriodEnd);
            var own = values[r.Id].Where(v => period.Contains(v.Year)).OrderBy(v => v.Year).Select(v => new ChartPoint(v.Year, v.Value * r.UnitFactor)).ToList();
            List<ChartPoint> path = !r.Cumulative && r.Baseline is { } from && r.Target is { } to
                ? [new ChartPoint(period.BaselineYear, from * r.UnitFactor), new ChartPoint(period.LastYear, to * r.UnitFactor)]
                : [];
            return new LongRunPlan(period, own, path);
        }).ToList();

        // The earliest plan's printed results of its previous period (十三五完成情况 in a 14th plan): the base year and the actual.
        var first = rows[0];
        var previous = cumulative ? null : await context.PreviousPeriodResults.AsNoTracking().Where(p => p.PlanId == first.PlanId && p.Name == first.Name)
            .Select(p => new { Base = p.PreviousBase.Value, Actual = p.Actual.Value }).FirstOrDefaultAsync(cancellationToken);
        var firstPeriod = plans[0].Period;
        var previousPeriod = new PlanPeriod(firstPeriod.FirstYear - firstPeriod.YearCount, firstPeriod.FirstYear - 1);
        List<ChartPoint> results = [.. new[] { (previousPeriod.BaselineYear, previous?.Base), (previousPeriod.LastYear, previous?.Actual) }
            .Where(p => p.Item2 is not null).Select(p => new ChartPoint(p.Item1, p.Item2!.Value * first.UnitFactor))];
        return new LongRun(canonical.Name, canonical.Unit, cumulative, plans, results, results.Count > 0 ? firstPeriod.PreviousName : null);
    }
}
