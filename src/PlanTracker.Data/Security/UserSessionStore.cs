using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace PlanTracker.Data.Security;

/// <summary>Server-side sign-in sessions (<see cref="UserSession"/>): created at sign-in, checked on every request, revoked at sign-out.</summary>
public sealed class UserSessionStore(IDbContextFactory<PlanTrackerDbContext> contextFactory)
{
    /// <summary>Starts a session; returns the random id for the cookie (only its hash is stored).</summary>
    public async Task<string> CreateAsync(string userId, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        // The user's finished sessions are of no use any more: each sign-in tidies its own user's rows.
        var dayAgo = now.AddDays(-1);
        await context.UserSessions
            .Where(s => s.UserId == userId && (s.ExpiresAt < now || s.RevokedAt < dayAgo))
            .ExecuteDeleteAsync(cancellationToken);
        context.UserSessions.Add(new UserSession { Id = Hash(id), UserId = userId, CreatedAt = now, ExpiresAt = expiresAt });
        await context.SaveChangesAsync(cancellationToken);
        return id;
    }

    /// <summary>One primary-key lookup (with the user's row): not revoked, not expired, account not disabled.</summary>
    public async Task<bool> IsActiveAsync(string sessionId, string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var hash = Hash(sessionId);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.UserSessions.AnyAsync(
            s => s.Id == hash && s.UserId == userId && s.RevokedAt == null && s.ExpiresAt > now && !s.User!.IsDisabled,
            cancellationToken);
    }

    public async Task RevokeAsync(string sessionId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var hash = Hash(sessionId);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.UserSessions.Where(s => s.Id == hash && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), cancellationToken);
    }

    /// <summary>Ends every session of the user (disabled, password reset), or every one but <paramref name="exceptSessionId"/>.</summary>
    public async Task RevokeAllAsync(string userId, DateTimeOffset now, string? exceptSessionId = null, CancellationToken cancellationToken = default)
    {
        var keep = exceptSessionId is null ? null : Hash(exceptSessionId);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.UserSessions.Where(s => s.UserId == userId && s.RevokedAt == null && s.Id != keep)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), cancellationToken);
    }

    private static string Hash(string sessionId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)));
}
