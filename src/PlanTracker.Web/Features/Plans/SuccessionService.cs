using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Plans;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Plans;

/// <summary>One indicator of a plan beside what its predecessor reported for the baseline year.</summary>
public sealed record SuccessionRow(int? Number, string Name, string? Unit, string Printed, decimal? Reported, bool ReportedPreliminary, SuccessionVerdict Verdict, decimal? Difference);

/// <summary>A plan's succession check: its predecessor (the region's plan ending the year before) and the rows compared.</summary>
public sealed record PlanSuccession(string PreviousTitle, PlanPeriod PreviousPeriod, int BaselineYear, IReadOnlyList<SuccessionRow> Rows, int Unmatched)
{
    public IEnumerable<SuccessionRow> Differences => Rows.Where(r => r.Verdict == SuccessionVerdict.Differs);
}

/// <summary>
/// Checks a plan's printed baselines against the previous plan's reported values of the baseline year, for the same
/// catalogue indicator (<see cref="Succession.Compare"/>). The printed value stays as printed: this only lists the
/// differences. Readable by whoever may read the plan.
/// </summary>
public sealed class SuccessionService(IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard)
{
    /// <summary>Null when the plan is not readable or the region has no plan ending the year before this one starts.</summary>
    public async Task<PlanSuccession?> ForPlanAsync(int planId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var plan = await context.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.Id, p.RegionId, p.PeriodStart }).SingleOrDefaultAsync(cancellationToken);
        if (plan is null || !await guard.CanReadRegionAsync(plan.RegionId, $"plans/{planId}/succession"))
        {
            return null;
        }

        var baselineYear = plan.PeriodStart - 1;
        var previous = await context.Plans.AsNoTracking().Where(p => p.RegionId == plan.RegionId && p.PeriodEnd == baselineYear)
            .Select(p => new { p.Id, p.Title, p.PeriodStart, p.PeriodEnd }).FirstOrDefaultAsync(cancellationToken);
        if (previous is null)
        {
            return null;
        }

        var rows = await (
            from indicator in context.Indicators.AsNoTracking()
            where indicator.PlanId == plan.Id
            join mapping in context.IndicatorMappings on indicator.Id equals mapping.IndicatorId into mapped
            from mapping in mapped.DefaultIfEmpty()
            orderby indicator.Ordinal
            select new { indicator.Number, indicator.Name, indicator.Unit, indicator.Baseline, indicator.Cumulative, Canonical = (int?)mapping.CanonicalIndicatorId, Factor = (decimal?)mapping.UnitFactor })
            .ToListAsync(cancellationToken);
        var canonicals = rows.Where(r => r.Canonical is not null).Select(r => r.Canonical!.Value).ToList();
        var earlier = await (
            from indicator in context.Indicators.AsNoTracking()
            where indicator.PlanId == previous.Id
            join mapping in context.IndicatorMappings on indicator.Id equals mapping.IndicatorId
            where canonicals.Contains(mapping.CanonicalIndicatorId)
            select new { indicator.Id, mapping.CanonicalIndicatorId, mapping.UnitFactor, indicator.Cumulative })
            .ToListAsync(cancellationToken);
        var ids = earlier.Select(e => e.Id).ToList();
        var values = await context.IndicatorValues.AsNoTracking()
            .Where(v => ids.Contains(v.IndicatorId) && !v.IsDemo && v.Year >= previous.PeriodStart && v.Year <= previous.PeriodEnd)
            .Select(v => new { v.IndicatorId, v.Year, v.Value, v.IsPreliminary }).ToListAsync(cancellationToken);

        var compared = new List<SuccessionRow>();
        foreach (var row in rows)
        {
            var match = earlier.FirstOrDefault(e => e.CanonicalIndicatorId == row.Canonical);
            if (match is null)
            {
                continue;
            }

            var own = values.Where(v => v.IndicatorId == match.Id).ToList();
            // a cumulative baseline ([75]: the previous period's total) is the previous plan's total over its years
            var total = row.Baseline.Cumulative && match.Cumulative;
            var reported = total
                ? own.Count == previous.PeriodEnd - previous.PeriodStart + 1 ? own.Sum(v => v.Value) : null
                : own.SingleOrDefault(v => v.Year == baselineYear)?.Value;
            var (verdict, difference) = Succession.Compare(row.Baseline, row.Factor ?? 1m, reported, match.UnitFactor);
            compared.Add(new SuccessionRow(row.Number, row.Name, row.Unit, row.Baseline.Text, reported,
                own.Any(v => v.IsPreliminary && (total || v.Year == baselineYear)), verdict, difference));
        }

        return new PlanSuccession(previous.Title, new PlanPeriod(previous.PeriodStart, previous.PeriodEnd), baselineYear, compared, rows.Count - compared.Count);
    }
}
