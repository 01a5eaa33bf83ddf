using System.Security.Claims;
using PlanTracker.Data.Security;

namespace PlanTracker.Web.Security.Sessions;

/// <summary>Which sessions were revoked: one (<paramref name="SessionId"/>) or all of a user's but <paramref name="ExceptSessionId"/>.</summary>
public sealed record SessionsRevoked(string UserId, string? SessionId, string? ExceptSessionId)
{
    public bool Covers(string userId, string sessionId) =>
        userId == UserId && (SessionId is null ? sessionId != ExceptSessionId : sessionId == SessionId);
}

/// <summary>
/// Server-side sessions: the id claim in the cookie, revocation in <see cref="UserSessionStore"/> (all instances
/// see it on their next request) and an in-process notice so that this instance's open circuits end at once.
/// </summary>
public sealed class PortalSessions(UserSessionStore store, TimeProvider clock)
{
    /// <summary>The cookie's claim with the random session id.</summary>
    public const string SessionIdClaim = "pt:sid";

    public event Action<SessionsRevoked>? Revoked;

    public static string? SessionIdOf(ClaimsPrincipal? principal) => principal?.FindFirstValue(SessionIdClaim);

    public Task<string> StartAsync(string userId, TimeSpan lifetime)
    {
        var now = clock.GetUtcNow();
        return store.CreateAsync(userId, now, now.Add(lifetime));
    }

    public async Task<bool> IsActiveAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var sessionId = SessionIdOf(principal);
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        return sessionId is not null && userId is not null && await store.IsActiveAsync(sessionId, userId, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>Sign-out: this one session ends.</summary>
    public async Task EndAsync(ClaimsPrincipal principal)
    {
        var sessionId = SessionIdOf(principal);
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (sessionId is null || userId is null)
        {
            return;
        }

        await store.RevokeAsync(sessionId, clock.GetUtcNow());
        Revoked?.Invoke(new SessionsRevoked(userId, sessionId, null));
    }

    /// <summary>Every session of the user ends (disabled, role changed, password reset), or all but the caller's own.</summary>
    public async Task EndAllAsync(string userId, string? exceptSessionId = null)
    {
        await store.RevokeAllAsync(userId, clock.GetUtcNow(), exceptSessionId);
        Revoked?.Invoke(new SessionsRevoked(userId, null, exceptSessionId));
    }
}
