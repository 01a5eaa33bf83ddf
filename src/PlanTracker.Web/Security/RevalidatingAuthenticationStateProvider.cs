using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PlanTracker.Data.Identity;
using PlanTracker.Web.Security.Sessions;

namespace PlanTracker.Web.Security;

/// <summary>
/// Re-checks a circuit's user: its server-side session (revoked at sign-out, on any instance), a disabled account,
/// a changed password (new security stamp). On this instance a revoked session ends its open circuits at once
/// (<see cref="PortalSessions.Revoked"/>); other instances' circuits notice at the next check, every 15 seconds.
/// </summary>
public sealed class RevalidatingAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private static readonly AuthenticationState SignedOut = new(new ClaimsPrincipal(new ClaimsIdentity()));

    private readonly IServiceScopeFactory _scopeFactory;
    private readonly IOptions<IdentityOptions> _options;
    private readonly PortalSessions _sessions;
    private readonly ILogger _logger;

    public RevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, IOptions<IdentityOptions> options, PortalSessions sessions)
        : base(loggerFactory)
    {
        _scopeFactory = scopeFactory;
        _options = options;
        _sessions = sessions;
        _logger = loggerFactory.CreateLogger<RevalidatingAuthenticationStateProvider>();
        sessions.Revoked += OnRevoked;
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(15);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        try
        {
            return await ValidateWithDatabaseAsync(authenticationState, cancellationToken);
        }
        catch (Exception ex) when (PlanTracker.Data.DatabaseFailures.IsUnavailable(ex))
        {
            // Signing the circuit out would throw away the open form: keep it, check again at the next interval.
            using var scope = _scopeFactory.CreateScope();
            scope.ServiceProvider.GetRequiredService<PlanTracker.Web.Hosting.DatabaseAvailability>().ReportUnavailable(ex);
            return true;
        }
    }

    private async Task<bool> ValidateWithDatabaseAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (!await _sessions.IsActiveAsync(authenticationState.User, cancellationToken))
        {
            return false;
        }

        await using var scope = _scopeFactory.CreateAsyncScope();
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

        var principalStamp = authenticationState.User.FindFirstValue(_options.Value.ClaimsIdentity.SecurityStampClaimType);
        return principalStamp == await users.GetSecurityStampAsync(user);
    }

    protected override void Dispose(bool disposing)
    {
        _sessions.Revoked -= OnRevoked;
        base.Dispose(disposing);
    }

    private void OnRevoked(SessionsRevoked revoked) => _ = EndIfRevokedAsync(revoked);

    private async Task EndIfRevokedAsync(SessionsRevoked revoked)
    {
        try
        {
            var user = (await GetAuthenticationStateAsync()).User;
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            var sessionId = PortalSessions.SessionIdOf(user);
            if (userId is not null && sessionId is not null && revoked.Covers(userId, sessionId))
            {
                SetAuthenticationState(Task.FromResult(SignedOut));
            }
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Ending the circuit of revoked sessions of {UserId} failed", revoked.UserId);
        }
    }
}
