namespace PlanTracker.Web.Security;

/// <summary>
/// The portal's authorization rules in one place: per role and per city. Pages, form posts, event handlers
/// and endpoints all ask <see cref="AccessGuard"/>, which applies these and records denials.
/// </summary>
public static class AccessRules
{
    /// <summary>Reading a city's plan and data: that city's own people, provincial analysts and admins.</summary>
    public static bool CanReadRegion(CurrentUser? user, int regionId) =>
        user is not null && (user.SeesAllCities || user.RegionId == regionId);

    /// <summary>Entering a city's yearly values: that city's reporters only (leaders review, the province reads).</summary>
    public static bool CanWriteRegion(CurrentUser? user, int regionId) =>
        user is not null && user.Role == PlanTracker.Data.Identity.Roles.CityReporter && user.RegionId == regionId;

    /// <summary>Approving or returning a city's report: that city's leaders. Reopening an approved year: them or an admin.</summary>
    public static bool CanReviewRegion(CurrentUser? user, int regionId) =>
        user is not null && user.Role == PlanTracker.Data.Identity.Roles.CityLeader && user.RegionId == regionId;

    /// <summary>Importing plans, managing users and the audit trail: admins only.</summary>
    public static bool CanAdminister(CurrentUser? user) => user?.IsAdmin == true;
}
