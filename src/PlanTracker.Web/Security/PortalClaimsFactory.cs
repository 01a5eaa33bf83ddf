using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanTracker.Data;
using PlanTracker.Data.Identity;

namespace PlanTracker.Web.Security;

/// <summary>Adds the user's region and display name to the principal, so that checks need no database trip.</summary>
public sealed class PortalClaimsFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    IDbContextFactory<PlanTrackerDbContext> contextFactory)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentUser.DisplayNameClaim, user.DisplayName));
        if (user.RegionId is { } regionId)
        {
            await using var context = await contextFactory.CreateDbContextAsync();
            var region = await context.Regions.AsNoTracking().Where(r => r.Id == regionId).Select(r => r.Name).SingleOrDefaultAsync();
            identity.AddClaim(new Claim(CurrentUser.RegionIdClaim, regionId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (region is not null)
            {
                identity.AddClaim(new Claim(CurrentUser.RegionNameClaim, region));
            }
        }

        return identity;
    }
}
