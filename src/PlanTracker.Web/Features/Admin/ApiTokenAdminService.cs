using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Security;
using PlanTracker.Web.Features.Account;
using PlanTracker.Web.Security;
using PlanTracker.Web.Security.ApiTokens;

using PlanTracker.Domain.Reporting;
using PlanTracker.Domain;

namespace PlanTracker.Web.Features.Admin;

/// <summary>Issuing, listing and revoking API tokens: admins only, checked on every call; issuing and revoking are audited.</summary>
public sealed class ApiTokenAdminService(
    IDbContextFactory<PlanTrackerDbContext> contextFactory,
    AccessGuard guard,
    IValidator<IssueApiTokenRequest> validator,
    TimeProvider clock)
{
    public const string NotAllowed = "只有管理员可以管理 API 令牌。";

    public async Task<IReadOnlyList<ApiTokenRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!await guard.CanAdministerAsync("admin/tokens"))
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ApiTokens.AsNoTracking()
            .OrderBy(t => t.RevokedAt != null).ThenByDescending(t => t.CreatedAt)
            .Select(t => new ApiTokenRow(t.Id, t.Name, t.Prefix, t.User!.UserName!, t.User.DisplayName, t.CreatedAt, t.CreatedBy, t.ExpiresAt, t.LastUsedAt, t.RevokedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<IssuedApiToken> IssueAsync(IssueApiTokenRequest request, CancellationToken cancellationToken = default)
    {
        var actor = await guard.GetUserAsync();
        if (!await guard.CanAdministerAsync("admin/tokens/issue"))
        {
            return new IssuedApiToken(null, null, [NotAllowed]);
        }

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return new IssuedApiToken(null, null, [.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        var now = clock.GetUtcNow();
        var expiresAt = request.ExpiresOn is { } day ? new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime() : (DateTimeOffset?)null;
        if (expiresAt <= now)
        {
            return new IssuedApiToken(null, null, ["有效期须晚于今天。"]);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await context.Users.AsNoTracking().Where(u => u.Id == request.UserId).Select(u => new { u.UserName, u.IsDisabled }).SingleOrDefaultAsync(cancellationToken);
        if (user is null || user.IsDisabled)
        {
            return new IssuedApiToken(null, null, [user is null ? "用户不存在，可能已被删除。" : "该账户已停用，不能签发令牌。"]);
        }

        var secret = ApiTokenSecret.Generate();
        var token = new ApiToken
        {
            UserId = request.UserId,
            Name = request.Name.Trim(),
            TokenHash = ApiTokenSecret.Hash(secret),
            Prefix = ApiTokenSecret.PrefixOf(secret),
            CreatedAt = now,
            CreatedBy = actor!.UserName,
            ExpiresAt = expiresAt,
        };
        context.ApiTokens.Add(token);
        // The token and its audit row in one SaveChanges: one transaction.
        context.AuditEvents.Add(AuditEvent.Create(now, AuditActions.ApiTokenIssued, actor.UserName, user.UserName, null,
            $"{token.Prefix}… 「{token.Name}」 expires={expiresAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "never"}"));
        await context.SaveChangesAsync(cancellationToken);
        return new IssuedApiToken(secret, token.Prefix, []);
    }

    public async Task<Outcome> RevokeAsync(int tokenId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.GetUserAsync();
        if (!await guard.CanAdministerAsync("admin/tokens/revoke"))
        {
            return Outcome.Fail(OutcomeKind.Refused, NotAllowed);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var token = await context.ApiTokens.Include(t => t.User).SingleOrDefaultAsync(t => t.Id == tokenId, cancellationToken);
        if (token is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, "令牌不存在。");
        }

        if (token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow();
            context.AuditEvents.Add(AuditEvent.Create(token.RevokedAt.Value, AuditActions.ApiTokenRevoked, actor!.UserName, token.User?.UserName, null, $"{token.Prefix}… 「{token.Name}」"));
            await context.SaveChangesAsync(cancellationToken);
        }

        return Outcome.Success;
    }
}
