using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Compare;

/// <summary>
/// Lines cities up on a catalogue indicator: only rows mapped to it (so 参保人数 never meets 参保率), converted to
/// the catalogue's unit, ranked by progress along each city's own path — never by raw values.
/// </summary>
public sealed class ComparisonService(IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard)
{
    public async Task<IReadOnlyList<CatalogueEntry>> CatalogueAsync(CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadAllCitiesAsync("compare"))
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await EntriesAsync(context, context.CanonicalIndicators, cancellationToken);
    }

    /// <summary>
    /// The cities on one catalogue indicator as of <paramref name="year"/>, on the values <paramref name="scope"/> admits;
    /// each city says the year its figure stands for and that year's review status.
    /// </summary>
    public async Task<Comparison?> CompareAsync(int canonicalId, int year, ValueScope scope, IReadOnlyCollection<int>? regionIds = null, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadAllCitiesAsync($"compare/{canonicalId}"))
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entry = (await EntriesAsync(context, context.CanonicalIndicators.Where(c => c.Id == canonicalId), cancellationToken)).SingleOrDefault();
        return entry is null ? null : (await CompareEntriesAsync(context, [entry], year, scope, regionIds, cancellationToken))[0];
    }

    /// <summary>Several catalogue indicators at once (a page of the API's comparison), in two queries whatever their number.</summary>
    public async Task<IReadOnlyList<Comparison>> CompareAllAsync(IReadOnlyList<CatalogueEntry> entries, int year, ValueScope scope, CancellationToken cancellationToken = default)
    {
        if (entries.Count == 0 || !await guard.CanReadAllCitiesAsync("compare"))
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await CompareEntriesAsync(context, entries, year, scope, null, cancellationToken);
    }

    /// <summary>Each entry's cities, in the entries' order: their mapped rows in one query, the rows' values in another.</summary>
    private static async Task<IReadOnlyList<Comparison>> CompareEntriesAsync(
        PlanTrackerDbContext context, IReadOnlyList<CatalogueEntry> entries, int year, ValueScope scope, IReadOnlyCollection<int>? regionIds, CancellationToken cancellationToken = default)
    {
        var canonicalIds = entries.Select(e => e.Id).ToList();
        var mapped = await (
            from mapping in context.IndicatorMappings.AsNoTracking()
            where canonicalIds.Contains(mapping.CanonicalIndicatorId)
            join indicator in context.Indicators on mapping.IndicatorId equals indicator.Id
            join plan in context.Plans on indicator.PlanId equals plan.Id
            // each city's plan in force in the year: a 14th plan's row is never compared with a 15th plan's year
            where (regionIds == null || regionIds.Contains(plan.RegionId)) && plan.PeriodStart <= year && plan.PeriodEnd >= year
            select new { mapping.CanonicalIndicatorId, Indicator = indicator, Adjustments = indicator.Adjustments.ToList(), Mapping = mapping, Canonical = mapping.CanonicalIndicator, mapping.UnitFactor, plan.RegionId, City = plan.Region!.Name, plan.Region.AdminCode, plan.PeriodStart, plan.PeriodEnd })
            .ToListAsync(cancellationToken);
        // The 规划调整 and the catalogue indicator come in the same query; the engine reads them from the indicator
        // (Indicator.TargetIn, Indicator.Polarity).
        mapped.ForEach(m =>
        {
            m.Indicator.Adjustments.AddRange(m.Adjustments);
            m.Mapping.CanonicalIndicator = m.Canonical;
            m.Indicator.Mapping = m.Mapping;
        });
        var reported = await ReportedValues.ReadAsync(context, [.. mapped.Select(m => m.Indicator.Id)], year, scope, cancellationToken);
        var values = reported.Values;
        var byCanonical = mapped.ToLookup(m => m.CanonicalIndicatorId);

        return [.. entries.Select(entry =>
        {
            var rows = byCanonical[entry.Id].ToList();
            var cities = rows.Select(m =>
            {
                var series = values[m.Indicator.Id].ToList();
                var progress = ProgressEngine.Evaluate(m.Indicator, series, new PlanPeriod(m.PeriodStart, m.PeriodEnd));
                var latest = ReportedValues.LatestOrTotal(m.Indicator.Cumulative, series, progress);
                return new CityComparison(
                    m.City, m.Indicator.Name, m.Indicator.Unit, m.Indicator.Baseline.Text, m.Indicator.Target.Text,
                    m.Indicator.Baseline.Value * m.UnitFactor, m.Indicator.Target.Value * m.UnitFactor,
                    Ambition(m.Indicator.Baseline, m.Indicator.Target),
                    latest * m.UnitFactor, progress.LatestYear, m.Indicator.Attribute?.ToChinese(), progress, m.AdminCode)
                {
                    LatestStatus = progress.LatestYear is { } shown ? reported.Statuses[(m.Indicator.Id, shown)] : null,
                    RegionId = m.RegionId,
                    IndicatorId = m.Indicator.Id,
                };
            });
            var periods = rows.Select(m => new PlanPeriod(m.PeriodStart, m.PeriodEnd)).Distinct().ToList();
            return new Comparison(entry, year, scope, [.. cities.OrderByDescending(c => c.Gap ?? decimal.MinValue).ThenByDescending(c => c.Progress.BoundRespected ?? false).ThenBy(c => c.City)], periods.Count == 1 ? periods[0] : null);
        })];
    }

    /// <summary>Which city plans which catalogue indicator (and under what name).</summary>
    public async Task<CoverageMatrix> MatrixAsync(CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadAllCitiesAsync("compare/matrix"))
        {
            return new CoverageMatrix([], []);
        }

        var catalogue = await CatalogueAsync(cancellationToken);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var mapped = await (
            from mapping in context.IndicatorMappings.AsNoTracking()
            join indicator in context.Indicators on mapping.IndicatorId equals indicator.Id
            join plan in context.Plans on indicator.PlanId equals plan.Id
            select new { mapping.CanonicalIndicatorId, indicator.Name, City = plan.Region!.Name, plan.Region.AdminCode })
            .ToListAsync(cancellationToken);
        var cities = mapped.OrderBy(m => m.AdminCode).Select(m => m.City).Distinct().ToList();
        var byCanonical = mapped.ToLookup(m => m.CanonicalIndicatorId);
        return new CoverageMatrix(cities, [.. catalogue.Select(c =>
            (c, (IReadOnlyDictionary<string, string>)byCanonical[c.Id].GroupBy(m => m.City).ToDictionary(g => g.Key, g => g.First().Name)))]);
    }

    /// <summary>Catalogue entries with how many cities plan each (read through the mappings of those entries only).</summary>
    private static async Task<IReadOnlyList<CatalogueEntry>> EntriesAsync(PlanTrackerDbContext context, IQueryable<Domain.Catalogue.CanonicalIndicator> canonicals, CancellationToken cancellationToken)
    {
        var rows = await (
            from canonical in canonicals.AsNoTracking()
            select new
            {
                canonical.Id,
                canonical.Name,
                canonical.Unit,
                canonical.Category,
                canonical.Cumulative,
                Cities = (from mapping in context.IndicatorMappings
                          where mapping.CanonicalIndicatorId == canonical.Id
                          join indicator in context.Indicators on mapping.IndicatorId equals indicator.Id
                          join plan in context.Plans on indicator.PlanId equals plan.Id
                          select plan.RegionId).Distinct().Count(),
                AnyBinding = (from mapping in context.IndicatorMappings
                              where mapping.CanonicalIndicatorId == canonical.Id
                              join indicator in context.Indicators on mapping.IndicatorId equals indicator.Id
                              select indicator.Attribute).Any(a => a == IndicatorAttribute.Binding),
            }).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.Cities).ThenBy(r => r.Name)
            .Select(r => new CatalogueEntry(r.Id, r.Name, r.Unit, r.Category, r.Cumulative, r.Cities, r.AnyBinding))];
    }

    /// <summary>
    /// Relative change the plan sets itself from its baseline (90% → 95% aims +5.6%; a five-year total [71.42] →
    /// [75] aims +5.0%). None when one is a five-year total and the other a single year's value (1.2 → 〔10〕):
    /// those are not the same quantity.
    /// </summary>
    public static decimal? Ambition(Measure baseline, Measure target) =>
        baseline.Value is { } b && target.Value is { } t && b != 0 && baseline.Cumulative == target.Cumulative ? (t - b) / b : null;

    /// <summary>
    /// The indicator in every city across all plan periods that have it (values within each plan's own period, converted
    /// by the mapping's factor), cities by division code; null when only one period has it (or it is not readable).
    /// </summary>
    public async Task<CityRuns?> AcrossPeriodsAsync(int canonicalId, ValueScope scope, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadAllCitiesAsync($"compare/{canonicalId}/periods"))
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var canonical = await context.CanonicalIndicators.AsNoTracking().Where(c => c.Id == canonicalId).Select(c => new { c.Name, c.Unit, c.Cumulative }).SingleOrDefaultAsync(cancellationToken);
        var rows = await (
            from mapping in context.IndicatorMappings.AsNoTracking()
            join indicator in context.Indicators on mapping.IndicatorId equals indicator.Id
            join plan in context.Plans on indicator.PlanId equals plan.Id
            where mapping.CanonicalIndicatorId == canonicalId
            select new { indicator.Id, mapping.UnitFactor, plan.PeriodStart, plan.PeriodEnd, City = plan.Region!.Name, plan.Region.AdminCode })
            .ToListAsync(cancellationToken);
        var periods = rows.Select(r => new PlanPeriod(r.PeriodStart, r.PeriodEnd)).Distinct().OrderBy(p => p.FirstYear).ToList();
        if (canonical is null || periods.Count < 2)
        {
            return null;
        }

        var ids = rows.Select(r => r.Id).ToList();
        var values = await ReportedValues.UpToAsync(context, ids, periods[^1].LastYear, scope, cancellationToken);
        var cities = rows.GroupBy(r => (r.City, r.AdminCode)).OrderBy(g => g.Key.AdminCode)
            .Select(g => new CityRun(g.Key.City, [.. g.SelectMany(r => values[r.Id].Where(v => v.Year >= r.PeriodStart && v.Year <= r.PeriodEnd).Select(v => new ChartPoint(v.Year, v.Value * r.UnitFactor))).OrderBy(p => p.Year)]))
            .ToList();
        return new CityRuns(canonical.Name, canonical.Unit, canonical.Cumulative, periods, cities);
    }
}
