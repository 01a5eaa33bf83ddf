using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Identity;
using PlanTracker.Web.Features.Account;
using PlanTracker.Web.Security;
using PlanTracker.Web.Security.Sessions;
using PlanTracker.Domain;

namespace PlanTracker.Web.Features.Admin;

public sealed record UserRow(string Id, string UserName, string DisplayName, string Role, int? RegionId, string? RegionName, bool IsDisabled, bool IsLockedOut, DateTimeOffset? LastSignInAt);

public sealed record RegionOption(int Id, string Name);

/// <summary>
/// User administration for admins: every method checks the caller again (event handlers are entry points); each change
/// runs through <see cref="UserStoreOperation"/> (a context of its own, one transaction with its audit row).
/// </summary>
public sealed class UserAdminService(
    UserStoreOperation userStore,
    IDbContextFactory<PlanTrackerDbContext> contextFactory,
    AccessGuard guard,
    IValidator<CreateUserRequest> createValidator,
    IValidator<AssignRoleRequest> roleValidator,
    IValidator<ResetPasswordRequest> passwordValidator,
    PortalSessions sessions,
    TimeProvider clock)
{
    public const string NotAllowed = "只有管理员可以管理用户。";

    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!await guard.CanAdministerAsync("admin/users"))
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = await (
            from user in context.Users.AsNoTracking()
            join userRole in context.UserRoles on user.Id equals userRole.UserId into userRoles
            from userRole in userRoles.DefaultIfEmpty()
            join role in context.Roles on userRole.RoleId equals role.Id into roles
            from role in roles.DefaultIfEmpty()
            orderby user.RegionId, user.UserName
            select new { user.Id, user.UserName, user.DisplayName, Role = role != null ? role.Name : null, user.RegionId, RegionName = user.Region != null ? user.Region!.Name : null, user.IsDisabled, user.LockoutEnd, user.LastSignInAt })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new UserRow(r.Id, r.UserName!, r.DisplayName, r.Role ?? string.Empty, r.RegionId, r.RegionName, r.IsDisabled, r.LockoutEnd > now, r.LastSignInAt))];
    }

    public async Task<IReadOnlyList<RegionOption>> RegionsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Regions.AsNoTracking().OrderBy(r => r.AdminCode).Select(r => new RegionOption(r.Id, r.Name)).ToListAsync(cancellationToken);
    }

    public async Task<Outcome> CreateAsync(CreateUserRequest request, CancellationToken cancellationToken = default)
    {
        var actor = await guard.GetUserAsync();
        if (!await guard.CanAdministerAsync("admin/users/create"))
        {
            return Outcome.Fail(OutcomeKind.Refused, NotAllowed);
        }

        var validation = await createValidator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome.Invalid([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        return await RunAsync(async parts =>
        {
            var user = new ApplicationUser
            {
                UserName = request.UserName.Trim(),
                DisplayName = request.DisplayName.Trim(),
                RegionId = request.RegionId,
                CreatedAt = clock.GetUtcNow(),
            };
            if (await FirstFailureAsync(
                () => parts.Users.CreateAsync(user, request.Password),
                () => parts.Users.AddToRoleAsync(user, request.Role)) is { } failed)
            {
                return failed;
            }

            parts.Audit(AuditActions.UserCreated, actor!.UserName, user.UserName, await parts.RoleDetailAsync(request.Role, request.RegionId));
            return Outcome.Success;
        }, cancellationToken);
    }

    public async Task<Outcome> AssignRoleAsync(string userId, AssignRoleRequest request, CancellationToken cancellationToken = default)
    {
        var actor = await guard.GetUserAsync();
        if (!await guard.CanAdministerAsync("admin/users/role"))
        {
            return Outcome.Fail(OutcomeKind.Refused, NotAllowed);
        }

        var validation = await roleValidator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome.Invalid([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        var outcome = await RunAsync(async parts =>
        {
            if (await parts.Users.FindByIdAsync(userId) is not { } user)
            {
                return UnknownUser;
            }

            if (user.UserName == actor!.UserName && request.Role != Roles.Admin)
            {
                return Outcome.Fail(OutcomeKind.Refused, "不能取消自己的管理员角色。");
            }

            user.RegionId = request.RegionId;
            // New claims: a new security stamp ends the user's sessions, and they sign in again with the new role.
            if (await FirstFailureAsync(
                async () => await parts.Users.RemoveFromRolesAsync(user, await parts.Users.GetRolesAsync(user)),
                () => parts.Users.AddToRoleAsync(user, request.Role),
                () => parts.Users.UpdateAsync(user),
                () => parts.Users.UpdateSecurityStampAsync(user)) is { } failed)
            {
                return failed;
            }

            parts.Audit(AuditActions.UserChanged, actor.UserName, user.UserName, await parts.RoleDetailAsync(request.Role, request.RegionId));
            return Outcome.Success;
        }, cancellationToken);
        return await EndSessionsIfAsync(outcome, userId);
    }

    public async Task<Outcome> ResetPasswordAsync(string userId, ResetPasswordRequest request, CancellationToken cancellationToken = default)
    {
        var actor = await guard.GetUserAsync();
        if (!await guard.CanAdministerAsync("admin/users/reset-password"))
        {
            return Outcome.Fail(OutcomeKind.Refused, NotAllowed);
        }

        var validation = await passwordValidator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome.Invalid([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        var outcome = await RunAsync(async parts =>
        {
            if (await parts.Users.FindByIdAsync(userId) is not { } user)
            {
                return UnknownUser;
            }

            var token = await parts.Users.GeneratePasswordResetTokenAsync(user);
            if (await FirstFailureAsync(
                () => parts.Users.ResetPasswordAsync(user, token, request.NewPassword),
                () => parts.Users.SetLockoutEndDateAsync(user, null),
                () => parts.Users.ResetAccessFailedCountAsync(user)) is { } failed)
            {
                return failed;
            }

            parts.Audit(AuditActions.PasswordReset, actor!.UserName, user.UserName);
            return Outcome.Success;
        }, cancellationToken);
        return await EndSessionsIfAsync(outcome, userId);
    }

    public async Task<Outcome> SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken = default)
    {
        var actor = await guard.GetUserAsync();
        if (!await guard.CanAdministerAsync("admin/users/disable"))
        {
            return Outcome.Fail(OutcomeKind.Refused, NotAllowed);
        }

        var outcome = await RunAsync(async parts =>
        {
            if (await parts.Users.FindByIdAsync(userId) is not { } user)
            {
                return UnknownUser;
            }

            if (user.UserName == actor!.UserName)
            {
                return Outcome.Fail(OutcomeKind.Refused, "不能停用自己的账户。");
            }

            user.IsDisabled = disabled;
            // A new security stamp ends the account's sessions (cookie revalidation and open circuits).
            if (await FirstFailureAsync(() => parts.Users.UpdateAsync(user), () => parts.Users.UpdateSecurityStampAsync(user)) is { } failed)
            {
                return failed;
            }

            parts.Audit(disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, actor.UserName, user.UserName);
            return Outcome.Success;
        }, cancellationToken);
        return await EndSessionsIfAsync(outcome, userId);
    }

    private static readonly Outcome UnknownUser = Outcome.Fail(OutcomeKind.NotFound, "用户不存在，可能已被删除。");

    /// <summary>Identity's steps one after the other; the first refusal (with Identity's Chinese messages) stops them, null when all succeed.</summary>
    private static async Task<Outcome?> FirstFailureAsync(params Func<Task<IdentityResult>>[] steps)
    {
        foreach (var step in steps)
        {
            if (await step() is { Succeeded: false } result)
            {
                return Outcome.Invalid([.. result.Errors.Select(e => e.Description)]);
            }
        }

        return null;
    }

    private Task<Outcome> RunAsync(Func<UserStoreOperation.Parts, Task<Outcome>> operation, CancellationToken cancellationToken) =>
        userStore.RunAsync(operation, outcome => outcome.Succeeded, cancellationToken);

    /// <summary>After the change is committed, the user's open sessions and circuits end (never for a refused change).</summary>
    private async Task<Outcome> EndSessionsIfAsync(Outcome outcome, string userId)
    {
        if (outcome.Succeeded)
        {
            await sessions.EndAllAsync(userId);
        }

        return outcome;
    }
}
