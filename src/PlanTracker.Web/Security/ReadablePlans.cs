using PlanTracker.Domain.Plans;

namespace PlanTracker.Web.Security;

/// <summary>The query form of <see cref="AccessRules.CanReadRegion"/>: the plans a user may read.</summary>
public static class ReadablePlans
{
    public static IQueryable<Plan> ReadableBy(this IQueryable<Plan> plans, CurrentUser user) =>
        user.SeesAllCities ? plans : plans.Where(p => p.RegionId == user.RegionId);
}
