using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;

namespace PlanTracker.Web.Tests;

/// <summary>Rows of the seed plans, found by their printed names in the portal's database.</summary>
public static class PlanRows
{
    /// <summary>The region and the indicator named <paramref name="name"/> of its 十四五 plan.</summary>
    public static async Task<(int RegionId, int IndicatorId)> RowAsync(PortalFactory portal, string region, string name)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var row = await context.Indicators.Where(i => i.Name == name && context.Plans.Any(p => p.Id == i.PlanId && p.Region!.Name == region && p.PeriodStart == 2021))
            .Select(i => new { i.Id, RegionId = context.Plans.Where(p => p.Id == i.PlanId).Select(p => p.RegionId).Single() })
            .SingleAsync();
        return (row.RegionId, row.Id);
    }
}
