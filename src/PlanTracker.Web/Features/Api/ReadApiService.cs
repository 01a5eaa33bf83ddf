using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Importing;
using PlanTracker.Data.Plans;
using PlanTracker.Domain;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Compare;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Web.Features.Plans;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Api;

/// <summary>
/// What the read API serves: small projections of its own, each answer read in one context with the queries it
/// needs (docs/api.md states them; ApiQueryCountTests counts them), and the comparison page's own service
/// (<see cref="ComparisonService"/>), every one behind <see cref="AccessGuard"/>.
/// Null (or <see cref="Outcome{T}.NotFound"/>) means 404: the thing does not exist or belongs to a city the caller
/// may not read (a refusal is audited). Years are checked against the periods of the plans involved, and a year
/// not given is the one rule's (<see cref="PlanPeriod.DefaultYear"/>, through <see cref="PlanYears"/>).
/// </summary>
public sealed class ReadApiService(
    IDbContextFactory<PlanTrackerDbContext> contextFactory,
    AccessGuard guard,
    ComparisonService comparisons,
    PlanYearService planYears,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<ApiRegion>> RegionsAsync(CancellationToken cancellationToken)
    {
        var user = await guard.GetUserAsync();
        if (user is null)
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var regions = await context.Regions.AsNoTracking()
            .Where(r => user.SeesAllCities || r.Id == user.RegionId)
            .OrderBy(r => r.Province).ThenBy(r => r.AdminCode)
            .Select(r => new { r.Id, r.Name, r.FullName, r.Province, r.AdminCode })
            .ToListAsync(cancellationToken);
        var ids = regions.Select(r => r.Id).ToList();
        var byRegion = (await context.Plans.AsNoTracking().Where(p => ids.Contains(p.RegionId))
            .OrderBy(p => p.PeriodStart).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.RegionId, p.PeriodStart, p.PeriodEnd })
            .ToListAsync(cancellationToken))
            .ToLookup(p => p.RegionId, p => (p.Id, Period: new PlanPeriod(p.PeriodStart, p.PeriodEnd)));

        var latestReported = await context.LatestReportedYearsAsync(ids, cancellationToken);
        var today = ChinaTime.Today(clock);
        var result = new List<ApiRegion>(regions.Count);
        foreach (var region in regions)
        {
            var regionPlans = byRegion[region.Id].ToList();
            int? current = null;
            if (regionPlans.Count > 0)
            {
                // The plan in force in the year the region's pages open on (the latest plan when that year falls between periods).
                var defaultYear = PlanPeriod.DefaultYear([.. regionPlans.Select(p => p.Period)], latestReported.GetValueOrDefault(region.Id), today);
                current = regionPlans.Where(p => p.Period.Contains(defaultYear)).Select(p => (int?)p.Id).LastOrDefault() ?? regionPlans[^1].Id;
            }

            result.Add(new ApiRegion(region.Id, region.Name, region.FullName, region.Province, region.AdminCode, current,
                [.. regionPlans.Select(p => new ApiRegionPlan(p.Id, ApiPeriod.From(p.Period)))]));
        }

        return result;
    }

    /// <summary>
    /// A page of the plans the caller may read, of one region and/or in force in <paramref name="year"/> (the plan whose
    /// period contains it); null when <paramref name="regionId"/> names a region they may not read.
    /// </summary>
    public async Task<PagedResponse<ApiPlanSummary>?> PlansAsync(int? regionId, int? year, int page, int pageSize, CancellationToken cancellationToken)
    {
        var user = await guard.GetUserAsync();
        if (user is null || (regionId is { } asked && !await guard.CanReadRegionAsync(asked, $"api/v1/plans?region={asked}")))
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var readable = context.Plans.AsNoTracking().ReadableBy(user)
            .Where(p => regionId == null || p.RegionId == regionId)
            .Where(p => year == null || (p.PeriodStart <= year && p.PeriodEnd >= year));
        var total = await readable.CountAsync(cancellationToken);
        var items = await SummariesAsync(readable.OrderBy(p => p.Region!.Province).ThenBy(p => p.Region!.AdminCode).ThenBy(p => p.PeriodStart).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize), cancellationToken);
        return new PagedResponse<ApiPlanSummary>(items, page, pageSize, total);
    }

    /// <summary>The plan's summary, chapters, 专栏 and source files, read in one context: only what the answer shows.</summary>
    public async Task<ApiPlanDetail?> PlanAsync(int id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var summary = (await SummariesAsync(context.Plans.AsNoTracking().Where(p => p.Id == id), cancellationToken)).SingleOrDefault();
        if (summary is null || !await guard.CanReadRegionAsync(summary.RegionId, $"api/v1/plans/{id}"))
        {
            return null;
        }

        var detail = await context.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => new
        {
            p.IndicatorFootnote,
            Chapters = p.Chapters.OrderBy(c => c.Number).Select(c => new { c.Number, c.Title, Sections = c.Sections.OrderBy(s => s.Number).Select(s => s.Title).ToList() }).ToList(),
            Columns = p.SpecialColumns.OrderBy(c => c.Number).Select(c => new ApiSpecialColumn(c.Number, c.Title, c.Kind, c.Items.Count)).ToList(),
        }).AsSplitQuery().SingleAsync(cancellationToken);
        // Oldest first, as the plan page lists them.
        var sources = (await context.SourceDocuments.AsNoTracking().NewestFirst(id)
            .Select(d => new ApiSourceDocument(d.FileName, d.Sha256, d.ImportedAt)).ToListAsync(cancellationToken)).AsEnumerable().Reverse();
        return new ApiPlanDetail(
            summary,
            detail.IndicatorFootnote,
            [.. detail.Chapters.Select(c => new ApiChapter(c.Number, c.Title, c.Sections))],
            detail.Columns,
            [.. sources]);
    }

    public async Task<IReadOnlyList<ApiIndicator>?> IndicatorsAsync(int id, string? category, bool? binding, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await ReadableRegionOfPlanAsync(context, id, $"api/v1/plans/{id}/indicators", cancellationToken) is null)
        {
            return null;
        }

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

    /// <summary>
    /// The plan's yearly values and the engine's statuses as of <paramref name="year"/>, as the dashboard shows them,
    /// judged on the plan's own period. The year must be one of that period (else a 400 naming it); without one, the
    /// default-year rule on the plan's period (the later of the region's latest reported year and the year just ended,
    /// kept within the period).
    /// </summary>
    public async Task<Outcome<ApiPlanValues>> ValuesAsync(int id, int? year, ValueScope scope, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var plan = await context.Plans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.RegionId, p.PeriodStart, p.PeriodEnd, Region = p.Region!.Name }).SingleOrDefaultAsync(cancellationToken);
        if (plan is null || !await guard.CanReadRegionAsync(plan.RegionId, $"api/v1/plans/{id}/values"))
        {
            return Outcome<ApiPlanValues>.NotFound;
        }

        var regionId = plan.RegionId;
        var period = new PlanPeriod(plan.PeriodStart, plan.PeriodEnd);
        if (year is { } asked && !period.Contains(asked))
        {
            return Outcome<ApiPlanValues>.Invalid(ApiYears.OutsideDetail([period]));
        }

        var asOf = year ?? PlanPeriod.DefaultYear([period], await context.LatestReportedYearAsync(regionId, cancellationToken), ChinaTime.Today(clock));
        var indicators = await context.Indicators.OfPlanWithAdjustments(id).ToListAsync(cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var (reported, preliminary, statuses, hidden) = await ReportedValues.ReadAsync(context, ids, asOf, scope, cancellationToken);
        return Outcome<ApiPlanValues>.Of(new ApiPlanValues(id, regionId, plan.Region, asOf, ApiPeriod.From(period), scope.ToQuery(), hidden.Values.Sum(), [.. indicators.Select(i =>
        {
            var series = reported[i.Id].Where(v => period.Contains(v.Year)).ToList();
            var progress = ProgressEngine.Evaluate(i, series, period);
            return new ApiIndicatorValues(
                i.Id, i.Number, i.Category, i.Name, i.Unit, i.Baseline.Text, i.Target.Text, i.Cumulative, i.IsBinding, i.ParentId is not null,
                [.. series.Select(v => new ApiYearValue(v.Year, v.Value, preliminary.Contains((i.Id, v.Year)), ApiReview.Of(statuses[(i.Id, v.Year)])))],
                Progress(progress, ReportedValues.LatestOrTotal(i.Cumulative, series, progress)));
        })]));
    }

    /// <summary>
    /// Cities lined up on catalogue indicators, as /compare does: one indicator (<paramref name="canonicalId"/>) or a
    /// page of the catalogue filtered by category and 约束性, as of <paramref name="year"/>. The year must be one of a
    /// plan's period (of <paramref name="period"/> when given: one of the imported plans' periods, "first-last");
    /// without one, the province's default year (<see cref="PlanYears.DefaultYear"/>; with a period, the same rule on
    /// that period). NotFound when the indicator does not exist.
    /// </summary>
    public async Task<Outcome<PagedResponse<ApiComparison>>> ComparisonAsync(
        int? canonicalId, string? category, bool? binding, int? year, string? period, ValueScope scope, int page, int pageSize, CancellationToken cancellationToken)
    {
        var years = await planYears.ForProvinceAsync(cancellationToken);
        PlanPeriod? asked = null;
        if (!string.IsNullOrWhiteSpace(period))
        {
            asked = ApiYears.ParsePeriod(period);
            if (asked is not { } known || !years.Periods.Contains(known))
            {
                return Outcome<PagedResponse<ApiComparison>>.Invalid(ApiYears.UnknownPeriodDetail(years.Periods));
            }
        }

        if (year is { } y && (asked is { } within ? !within.Contains(y) : !years.Contains(y)))
        {
            return Outcome<PagedResponse<ApiComparison>>.Invalid(ApiYears.OutsideDetail(asked is { } p ? [p] : years.Periods));
        }

        var asOf = year ?? (asked is { } chosen ? PlanPeriod.DefaultYear([chosen], null, ChinaTime.Today(clock)) : years.DefaultYear);
        var inForce = asked ?? years.InForce(asOf);
        var entries = (await comparisons.CatalogueAsync(cancellationToken))
            .Where(c => canonicalId is null || c.Id == canonicalId)
            .Where(c => string.IsNullOrWhiteSpace(category) || (c.Category?.Contains(category.Trim(), StringComparison.Ordinal) ?? false))
            .Where(c => binding is null || c.AnyBinding == binding)
            .ToList();
        if (canonicalId is not null && entries.Count == 0)
        {
            return Outcome<PagedResponse<ApiComparison>>.NotFound;
        }

        var comparedPage = await comparisons.CompareAllAsync([.. entries.Skip((page - 1) * pageSize).Take(pageSize)], asOf, scope, cancellationToken);
        var items = comparedPage.Select(comparison => new ApiComparison(
            new ApiCanonicalIndicator(comparison.Indicator.Id, comparison.Indicator.Name, comparison.Indicator.Unit, comparison.Indicator.Category,
                comparison.Indicator.Cumulative, comparison.Indicator.CityCount, comparison.Indicator.AnyBinding),
            comparison.Year,
            inForce is { } shown ? ApiPeriod.From(shown) : null,
            [.. comparison.Cities.Select(c => new ApiCityComparison(
                c.City, c.PlanIndicatorName, c.PlanUnit, c.BaselineText, c.TargetText, c.Baseline, c.Target, c.Latest, c.Attribute, c.Gap,
                Progress(c.Progress, c.Latest), c.LatestStatus is { } review ? ApiReview.Of(review) : null))])).ToList();

        return Outcome<PagedResponse<ApiComparison>>.Of(new PagedResponse<ApiComparison>(items, page, pageSize, entries.Count));
    }

    /// <summary>The plan's region when the caller may read it (a refusal is audited); null for another city's plan or no plan.</summary>
    private async Task<int?> ReadableRegionOfPlanAsync(PlanTrackerDbContext context, int planId, string target, CancellationToken cancellationToken)
    {
        var regionId = await context.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => (int?)p.RegionId).SingleOrDefaultAsync(cancellationToken);
        return regionId is { } id && await guard.CanReadRegionAsync(id, target) ? id : null;
    }

    private static async Task<List<ApiPlanSummary>> SummariesAsync(IQueryable<Plan> plans, CancellationToken cancellationToken) =>
        [.. (await plans.Select(p => new
        {
            p.Id, p.RegionId, Region = p.Region!.Name, p.Region.Province, p.Title, p.PeriodStart, p.PeriodEnd, p.DocumentNumber, p.Issuer, p.IssuedOn,
            Indicators = p.Indicators.Count, Binding = p.Indicators.Count(i => i.Attribute == IndicatorAttribute.Binding),
            Columns = p.SpecialColumns.Count, Projects = p.Projects.Count,
        }).ToListAsync(cancellationToken)).Select(p => new ApiPlanSummary(
            p.Id, p.RegionId, p.Region, p.Province, p.Title, ApiPeriod.From(new PlanPeriod(p.PeriodStart, p.PeriodEnd)),
            p.DocumentNumber, p.Issuer, p.IssuedOn, p.Indicators, p.Binding, p.Columns, p.Projects))];

    private static ApiMeasure Measure(Measure measure) => new(measure.Text, measure.Value, measure.Comparator.ToSymbol(), measure.Cumulative);

    private static ApiProgress Progress(IndicatorProgress progress, decimal? latest) => new(
        progress.Status.ToChinese(), progress.Status.ToString(), progress.Kind.ToString(), progress.LatestYear, latest,
        progress.Completion, progress.Expected, progress.Reason, progress.BindingWarning,
        progress.RemainingAnnualEffort, progress.ProjectionAtEnd, progress.BoundRespected);
}
