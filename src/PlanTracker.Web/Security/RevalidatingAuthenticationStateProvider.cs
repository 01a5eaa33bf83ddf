using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PlanTracker.Data.Identity;

namespace PlanTracker.Web.Security;

/// <summary>
/// Re-checks a circuit's user every minute: a disabled account or a changed password (new security stamp)
/// ends the session in open browser tabs too, not only on the next request.
/// </summary>
public sealed class RevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        try
        {
            return await ValidateWithDatabaseAsync(authenticationState);
        }
        catch (Exception ex) when (PlanTracker.Data.DatabaseFailures.IsUnavailable(ex))
        {
            // Signing the circuit out would throw away the open form: keep it, check again at the next interval.
            using var scope = scopeFactory.CreateScope();
            scope.ServiceProvider.GetRequiredService<PlanTracker.Web.Hosting.DatabaseAvailability>().ReportUnavailable(ex);
            return true;
        }
    }

    private async Task<bool> ValidateWithDatabaseAsync(AuthenticationState authenticationState)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.GetUserAsync(authenticationState.User);
        if (user is null || user.IsDisabled)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var principalStamp = authenticationState.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return principalStamp == await users.GetSecurityStampAsync(user);
    }
}
