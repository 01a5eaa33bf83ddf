using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Reporting;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Dashboard;

/// <summary>A city's indicators judged by the progress engine as of a year; city-scoped through <see cref="AccessGuard"/>.</summary>
public sealed class DashboardService(IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard)
{
    /// <summary>
    /// The dashboard of a city as of <paramref name="year"/> against the plan in force that year (values after it are
    /// ignored), on the values <paramref name="scope"/> admits (what leaders see is <see cref="ValueScope.Approved"/>;
    /// the review and the reports of a year under review take <see cref="ValueScope.All"/> and mark what is unapproved),
    /// or null when not readable or no plan of the city covers the year.
    /// </summary>
    public async Task<CityDashboard?> GetAsync(int regionId, int year, ValueScope scope, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadRegionAsync(regionId, $"dashboard/{regionId}"))
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await BuildAsync(context, regionId, year, scope, cancellationToken);
    }

    /// <summary>
    /// The dashboard read through a context the caller holds (no access check: the caller has made it) — also inside a
    /// transaction, as the approval does when it keeps what the report showed (<see cref="Reports.ApprovedReports"/>).
    /// </summary>
    public static async Task<CityDashboard?> BuildAsync(PlanTrackerDbContext context, int regionId, int year, ValueScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = await context.Plans.AsNoTracking()
            .InForce(regionId, year)
            .Select(p => new { p.Id, p.Title, Region = p.Region!.Name, p.PeriodStart, p.PeriodEnd })
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var indicators = await context.Indicators.OfPlanWithAdjustments(plan.Id).ToListAsync(cancellationToken);
        var period = new PlanPeriod(plan.PeriodStart, plan.PeriodEnd);
        var ids = indicators.Select(i => i.Id).ToList();
        var reported = await ReportedValues.ReadAsync(context, ids, year, scope, cancellationToken);
        var byIndicator = reported.Values;
        // Each year's review status, for every year of the period up to the dashboard's (a year without a report: none).
        var yearStatuses = await context.ReportStatusesAsync(regionId, plan.PeriodStart, year, cancellationToken);
        // One region, so one status per year among the shown values.
        var shownStatuses = reported.Statuses.GroupBy(s => s.Key.Year).ToDictionary(g => g.Key, g => g.First().Value);

        var rows = indicators.Select(indicator =>
        {
            var series = byIndicator[indicator.Id].ToList();
            return new DashboardIndicator(
                indicator.Id, indicator.Category, indicator.Number, indicator.Name, indicator.Unit,
                indicator.Baseline.Text, indicator.Target.Text, indicator.Baseline.Value, indicator.Target.Value,
                indicator.Cumulative, indicator.IsBinding, indicator.ParentId is not null,
                series, ProgressEngine.Evaluate(indicator, series, period), period)
            { Adjustment = indicator.AdjustmentIn(year), YearStatuses = shownStatuses, HiddenValues = reported.HiddenByIndicator.GetValueOrDefault(indicator.Id) };
        }).ToList();
        var latest = await LatestItemProgress.UpToAsync(context, plan.Id, year, cancellationToken: cancellationToken);
        var projects = (await context.Projects.AsNoTracking().Where(p => p.PlanId == plan.Id).OrderBy(p => p.Ordinal)
            .Select(p => new { p.Id, p.Name, p.Nature, p.Period, p.TotalInvestment, p.PeriodInvestment }).ToListAsync(cancellationToken))
            .Select(p => new DashboardProject(p.Name, p.Nature, p.Period, p.TotalInvestment, p.PeriodInvestment, latest.Projects.GetValueOrDefault(p.Id))).ToList();
        var columns = (await context.SpecialColumns.AsNoTracking().Where(c => c.PlanId == plan.Id && c.Kind == "items").OrderBy(c => c.Number)
            .Select(c => new { c.Number, c.Title, ItemIds = c.Items.Select(i => i.Id).ToList(), ItemsWithTargets = c.Items.Count(i => i.Targets.Count > 0) }).ToListAsync(cancellationToken))
            .Select(c => new DashboardColumn(c.Number, c.Title, c.ItemIds.Count, c.ItemsWithTargets, [.. c.ItemIds.Where(latest.Items.ContainsKey).Select(id => latest.Items[id])])).ToList();
        return new CityDashboard(regionId, plan.Region, plan.Id, plan.Title, period, year, rows, projects, columns)
        {
            Scope = scope,
            ReportStatuses = yearStatuses,
            HiddenValues = reported.Hidden,
        };
    }
}
