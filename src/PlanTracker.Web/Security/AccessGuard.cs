using Microsoft.AspNetCore.Components.Authorization;
using PlanTracker.Data.Auditing;

namespace PlanTracker.Web.Security;

/// <summary>
/// The one authorization layer every feature uses: it knows the current user (from the circuit or the
/// request), applies <see cref="AccessRules"/>, and writes every denial to the audit trail.
/// </summary>
public sealed class AccessGuard(AuthenticationStateProvider authentication, IHttpContextAccessor httpContextAccessor, AuditLog audit, ILogger<AccessGuard> logger)
{
    private string? _ipAddress;

    public async Task<CurrentUser?> GetUserAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return CurrentUser.From(state.User);
    }

    public async Task<bool> CanReadRegionAsync(int regionId, string target)
    {
        var user = await GetUserAsync();
        return AccessRules.CanReadRegion(user, regionId) || await DenyAsync(user, target);
    }

    public async Task<bool> CanWriteRegionAsync(int regionId, string target)
    {
        var user = await GetUserAsync();
        return AccessRules.CanWriteRegion(user, regionId) || await DenyAsync(user, target);
    }

    public async Task<bool> CanReviewRegionAsync(int regionId, bool adminToo, string target)
    {
        var user = await GetUserAsync();
        return AccessRules.CanReviewRegion(user, regionId) || (adminToo && AccessRules.CanAdminister(user)) || await DenyAsync(user, target);
    }

    /// <summary>Province-wide reads (城市对比, 省级总览): provincial users and admins; anyone else is refused and audited.</summary>
    public async Task<bool> CanReadAllCitiesAsync(string target)
    {
        var user = await GetUserAsync();
        return user?.SeesAllCities == true || AccessRules.CanAdminister(user) || await DenyAsync(user, target);
    }

    public async Task<bool> CanAdministerAsync(string target)
    {
        var user = await GetUserAsync();
        return AccessRules.CanAdminister(user) || await DenyAsync(user, target);
    }

    private async Task<bool> DenyAsync(CurrentUser? user, string target)
    {
        // The IP is read while a request is in flight (prerender or form post); a circuit keeps the first one.
        _ipAddress ??= httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
        logger.LogWarning("Access denied to {Target} for {UserName} ({Role})", target, user?.UserName, user?.Role);
        await audit.WriteAsync(AuditActions.AccessDenied, user?.UserName, target, _ipAddress);
        return false;
    }
}
