using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PlanTracker.Data.Identity;
using PlanTracker.Web.Hosting;
using PlanTracker.Web.Security.Sessions;

namespace PlanTracker.Web.Security;

/// <summary>
/// Identity's sign-in manager, refusing disabled accounts (at sign-in and when a session is revalidated), and
/// putting a server-side session id (<see cref="PortalSessions"/>) into every cookie it issues.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    PortalSessions sessions)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsDisabled: false } ? user : null;
    }

    /// <summary>A refreshed cookie (password changed) keeps the browser's session; any other sign-in starts one.</summary>
    public override async Task SignInWithClaimsAsync(ApplicationUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.ToList();
        if (!claims.Exists(c => c.Type == PortalSessions.SessionIdClaim))
        {
            var current = Context.User;
            var sessionId = current.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id ? PortalSessions.SessionIdOf(current) : null;
            claims.Add(new Claim(PortalSessions.SessionIdClaim, sessionId ?? await sessions.StartAsync(user.Id, IdentityHosting.AbsoluteSessionLifetime)));
        }

        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }
}
