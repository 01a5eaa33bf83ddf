using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanTracker.Data;
using PlanTracker.Data.Identity;

namespace PlanTracker.Web.Security.ApiTokens;

/// <summary>
/// "ApiToken": <c>Authorization: Bearer pt_…</c>. Looks the secret's SHA-256 up, refuses revoked and expired tokens
/// and disabled accounts, and signs the request in with the same principal a cookie sign-in builds (the portal's
/// claims factory: role, region and display name), read fresh on every request.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IDbContextFactory<PlanTrackerDbContext> contextFactory,
    UserManager<ApplicationUser> users,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>last_used_at is written at most this often per token (one cheap UPDATE, not one per request).</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerValue(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiTokenSecret.LooksValid(secret))
        {
            return AuthenticateResult.Fail("malformed token");
        }

        var hash = ApiTokenSecret.Hash(secret);
        await using var context = await contextFactory.CreateDbContextAsync(Context.RequestAborted);
        var token = await context.ApiTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash)
            .Select(t => new { t.Id, t.UserId, t.Prefix, t.ExpiresAt, t.RevokedAt, t.LastUsedAt })
            .SingleOrDefaultAsync(Context.RequestAborted);
        var now = clock.GetUtcNow();
        var refusal = token is null ? "unknown token"
            : token.RevokedAt is not null ? "revoked token"
            : token.ExpiresAt <= now ? "expired token"
            : null;
        if (refusal is not null)
        {
            Logger.LogWarning("API token refused: {Reason} ({Prefix})", refusal, token?.Prefix ?? ApiTokenSecret.PrefixOf(secret));
            return AuthenticateResult.Fail(refusal);
        }

        var user = await users.FindByIdAsync(token!.UserId);
        if (user is null || user.IsDisabled)
        {
            Logger.LogWarning("API token refused: account disabled ({Prefix})", token.Prefix);
            return AuthenticateResult.Fail("account disabled");
        }

        if (token.LastUsedAt is null || now - token.LastUsedAt >= LastUsedResolution)
        {
            await context.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        var principal = await claimsFactory.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = BearerValue(Request) is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        return ApiProblems.WriteAsync(Response, ApiProblems.Unauthorized());
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Response, ApiProblems.Forbidden());

    /// <summary>The value of an <c>Authorization: Bearer …</c> header, or null.</summary>
    public static string? BearerValue(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }
}
