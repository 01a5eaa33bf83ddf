using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Plans;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Components.Shared;

/// <summary>A city as a picker lists it.</summary>
public sealed record CityOption(int RegionId, string Name);

/// <summary>
/// The cities the signed-in user may read (those with a plan), in the order of their administrative codes: what every
/// city picker (<see cref="CitySelect"/>) lists, on the dashboard, the review and the reports alike.
/// </summary>
public sealed class ReadableCities(IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard)
{
    public async Task<IReadOnlyList<CityOption>> ListAsync(CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (user is null)
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        // a region with a 14th and a 15th plan is one city
        return await context.Plans.AsNoTracking()
            .ReadableBy(user)
            .Select(p => new { p.RegionId, p.Region!.Name, p.Region.AdminCode })
            .Distinct()
            .OrderBy(p => p.AdminCode)
            .Select(p => new CityOption(p.RegionId, p.Name))
            .ToListAsync(cancellationToken);
    }
}
