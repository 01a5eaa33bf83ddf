using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Web.Features.Compare;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Web.Features.Plans;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Api;

/// <summary>
/// What the read API serves: the pages' own services (<see cref="PlanService"/>, <see cref="DashboardService"/>,
/// <see cref="ComparisonService"/>) and small projections of its own, every one behind <see cref="AccessGuard"/>.
/// Null means 404: the thing does not exist or belongs to a city the caller may not read (a refusal is audited).
/// </summary>
public sealed class ReadApiService(
    IDbContextFactory<PlanTrackerDbContext> contextFactory,
    AccessGuard guard,
    PlanService plans,
    DashboardService dashboard,
    ComparisonService comparisons)
{
    public async Task<IReadOnlyList<ApiRegion>> RegionsAsync(CancellationToken cancellationToken)
    {
        var user = await guard.GetUserAsync();
        if (user is null)
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Regions.AsNoTracking()
            .Where(r => user.SeesAllCities || r.Id == user.RegionId)
            .OrderBy(r => r.Province).ThenBy(r => r.AdminCode)
            .Select(r => new ApiRegion(r.Id, r.Name, r.FullName, r.Province, r.AdminCode,
                context.Plans.Where(p => p.RegionId == r.Id).OrderByDescending(p => p.Id).Select(p => (int?)p.Id).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A page of the plans the caller may read; null when <paramref name="regionId"/> names a region they may not read.</summary>
    public async Task<PagedResponse<ApiPlanSummary>?> PlansAsync(int? regionId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var user = await guard.GetUserAsync();
        if (user is null || (regionId is { } asked && !await guard.CanReadRegionAsync(asked, $"api/v1/plans?region={asked}")))
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var readable = context.Plans.AsNoTracking().ReadableBy(user).Where(p => regionId == null || p.RegionId == regionId);
        var total = await readable.CountAsync(cancellationToken);
        var items = await Summaries(readable.OrderBy(p => p.Region!.Province).ThenBy(p => p.Region!.AdminCode).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(cancellationToken);
        return new PagedResponse<ApiPlanSummary>(items, page, pageSize, total);
    }

    public async Task<ApiPlanDetail?> PlanAsync(int id, CancellationToken cancellationToken)
    {
        if (await ReadableRegionOfPlanAsync(id, $"api/v1/plans/{id}", cancellationToken) is null
            || await plans.GetAsync(id, cancellationToken) is not { } detail)
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var summary = await Summaries(context.Plans.AsNoTracking().Where(p => p.Id == id)).SingleAsync(cancellationToken);
        return new ApiPlanDetail(
            summary,
            detail.IndicatorFootnote,
            [.. detail.Chapters.Select(c => new ApiChapter(c.Number, c.Title, [.. c.Sections.Select(s => s.Title)]))],
            [.. detail.SpecialColumns.Select(c => new ApiSpecialColumn(c.Number, c.Title, c.Kind, c.Items.Count))],
            [.. detail.Sources.Select(s => new ApiSourceDocument(s.FileName, s.Sha256, s.ImportedAt))]);
    }

    public async Task<IReadOnlyList<ApiIndicator>?> IndicatorsAsync(int id, string? category, bool? binding, CancellationToken cancellationToken)
    {
        if (await ReadableRegionOfPlanAsync(id, $"api/v1/plans/{id}/indicators", cancellationToken) is null)
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = context.Indicators.AsNoTracking().Where(i => i.PlanId == id);
        if (!string.IsNullOrWhiteSpace(category))
        {
            rows = rows.Where(i => i.Category != null && i.Category.Contains(category.Trim()));
        }

        if (binding is { } wanted)
        {
            rows = wanted ? rows.Where(i => i.Attribute == IndicatorAttribute.Binding) : rows.Where(i => i.Attribute != IndicatorAttribute.Binding || i.Attribute == null);
        }

        var indicators = await rows.OrderBy(i => i.Ordinal).ToListAsync(cancellationToken);
        return [.. indicators.Select(i => new ApiIndicator(
            i.Id, i.ParentId, i.Number, i.Category, i.Name, i.Unit, Measure(i.Baseline), Measure(i.Target),
            i.Cumulative, i.IsBinding, i.Attribute?.ToChinese(), i.ExtraColumns))];
    }

    /// <summary>The plan's yearly values and the engine's statuses as of <paramref name="year"/> (default: the latest reported year), as the dashboard shows them.</summary>
    public async Task<ApiPlanValues?> ValuesAsync(int id, int? year, CancellationToken cancellationToken)
    {
        if (await ReadableRegionOfPlanAsync(id, $"api/v1/plans/{id}/values", cancellationToken) is not { } regionId)
        {
            return null;
        }

        var asOf = year ?? await dashboard.LatestYearAsync(regionId);
        if (await dashboard.GetAsync(regionId, asOf) is not { } city || city.PlanId != id)
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var preliminary = await PreliminaryFigures.UpToAsync(context, [.. city.Indicators.Select(i => i.Id)], asOf, cancellationToken);
        return new ApiPlanValues(id, regionId, city.RegionName, asOf, [.. city.Indicators.Select(i => new ApiIndicatorValues(
            i.Id, i.Number, i.Category, i.Name, i.Unit, i.Baseline, i.Target, i.Cumulative, i.Binding, i.IsChild,
            [.. i.Values.Select(v => new ApiYearValue(v.Year, v.Value, preliminary.Contains((i.Id, v.Year))))],
            Progress(i.Progress, ReportedValues.LatestOrTotal(i.Cumulative, i.Values, i.Progress))))]);
    }

    /// <summary>
    /// Cities lined up on catalogue indicators, as /compare does: one indicator (<paramref name="canonicalId"/>) or a
    /// page of the catalogue filtered by category and 约束性. Null when the indicator does not exist.
    /// </summary>
    public async Task<PagedResponse<ApiComparison>?> ComparisonAsync(int? canonicalId, string? category, bool? binding, int year, int page, int pageSize)
    {
        var entries = (await comparisons.CatalogueAsync())
            .Where(c => canonicalId is null || c.Id == canonicalId)
            .Where(c => string.IsNullOrWhiteSpace(category) || (c.Category?.Contains(category.Trim(), StringComparison.Ordinal) ?? false))
            .Where(c => binding is null || c.AnyBinding == binding)
            .ToList();
        if (canonicalId is not null && entries.Count == 0)
        {
            return null;
        }

        var items = new List<ApiComparison>();
        foreach (var entry in entries.Skip((page - 1) * pageSize).Take(pageSize))
        {
            if (await comparisons.CompareAsync(entry.Id, year) is { } comparison)
            {
                items.Add(new ApiComparison(
                    new ApiCanonicalIndicator(entry.Id, entry.Name, entry.Unit, entry.Category, entry.Cumulative, entry.CityCount, entry.AnyBinding),
                    comparison.Year,
                    [.. comparison.Cities.Select(c => new ApiCityComparison(
                        c.City, c.PlanIndicatorName, c.PlanUnit, c.BaselineText, c.TargetText, c.Baseline, c.Target, c.Latest, c.Attribute, c.Gap,
                        Progress(c.Progress, c.Latest)))]));
            }
        }

        return new PagedResponse<ApiComparison>(items, page, pageSize, entries.Count);
    }

    /// <summary>The plan's region when the caller may read it (a refusal is audited); null for another city's plan or no plan.</summary>
    private async Task<int?> ReadableRegionOfPlanAsync(int planId, string target, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var regionId = await context.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => (int?)p.RegionId).SingleOrDefaultAsync(cancellationToken);
        return regionId is { } id && await guard.CanReadRegionAsync(id, target) ? id : null;
    }

    private static IQueryable<ApiPlanSummary> Summaries(IQueryable<Plan> plans) =>
        plans.Select(p => new ApiPlanSummary(
            p.Id, p.RegionId, p.Region!.Name, p.Region.Province, p.Title, p.DocumentNumber, p.Issuer, p.IssuedOn,
            p.Indicators.Count, p.Indicators.Count(i => i.Attribute == IndicatorAttribute.Binding), p.SpecialColumns.Count, p.Projects.Count));

    private static ApiMeasure Measure(Measure measure) => new(measure.Text, measure.Value, measure.Comparator.ToSymbol(), measure.Cumulative);

    private static ApiProgress Progress(IndicatorProgress progress, decimal? latest) => new(
        progress.Status.ToChinese(), progress.Status.ToString(), progress.Kind.ToString(), progress.LatestYear, latest,
        progress.Completion, progress.Expected, progress.Reason, progress.BindingWarning,
        progress.RemainingAnnualEffort, progress.ProjectionAtEnd, progress.BoundRespected);
}
