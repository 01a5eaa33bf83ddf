using System.Security.Claims;
using PlanTracker.Data.Identity;

namespace PlanTracker.Web.Security;

/// <summary>Who is asking: read from the signed-in principal's claims.</summary>
public sealed record CurrentUser(string UserName, string DisplayName, string Role, int? RegionId, string? RegionName)
{
    public const string RegionIdClaim = "pt:region_id";
    public const string RegionNameClaim = "pt:region_name";
    public const string DisplayNameClaim = "pt:display_name";

    public bool IsAdmin => Role == Roles.Admin;

    /// <summary>Provincial analysts and admins see every city.</summary>
    public bool SeesAllCities => Role is Roles.ProvincialAnalyst or Roles.Admin;

    public string RoleName => Roles.ChineseName(Role);

    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.Identity.Name is not { } name)
        {
            return null;
        }

        var role = Roles.All.FirstOrDefault(principal.IsInRole);
        if (role is null)
        {
            return null;
        }

        var regionId = int.TryParse(principal.FindFirstValue(RegionIdClaim), out var id) ? id : (int?)null;
        return new CurrentUser(name, principal.FindFirstValue(DisplayNameClaim) ?? name, role, regionId, principal.FindFirstValue(RegionNameClaim));
    }
}
