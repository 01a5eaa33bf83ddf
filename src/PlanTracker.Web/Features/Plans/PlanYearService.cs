using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Plans;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Plans;

/// <summary>Reads <see cref="PlanYears"/>: which years a region's plans (or all plans) cover and which year a page opens on.</summary>
public sealed class PlanYearService(IDbContextFactory<PlanTrackerDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>The region's plan years. A period is not confidential: access to the region's figures is checked by the page's own service.</summary>
    public async Task<PlanYears> ForRegionAsync(int regionId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var periods = await context.PeriodsAsync(regionId, cancellationToken);
        var latest = await context.LatestReportedYearAsync(regionId, cancellationToken);
        return periods.Count == 0 ? PlanYears.None : new PlanYears(periods, PlanPeriod.DefaultYear(periods, latest, ChinaTime.Today(clock)));
    }

    /// <summary>The years of all plans, for province-wide pages (the comparison).</summary>
    public async Task<PlanYears> ForProvinceAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var periods = await context.AllPeriodsAsync(cancellationToken);
        return periods.Count == 0 ? PlanYears.None : new PlanYears(periods, PlanPeriod.DefaultYear(periods, null, ChinaTime.Today(clock)));
    }
}
