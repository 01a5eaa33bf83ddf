using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;

namespace PlanTracker.Web.Features.SystemStatus;

/// <summary>
/// Whether the database holds generated demo values (DemoDataSeeder's, marked is_demo): the layout's banner says so on
/// every page, so nobody takes them for reported figures.
/// </summary>
public sealed class DemoDataNotice(IDbContextFactory<PlanTrackerDbContext> contextFactory)
{
    public async Task<bool> IsDueAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.IndicatorValues.AnyAsync(v => v.IsDemo, cancellationToken);
    }
}
