using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Identity;
using PlanTracker.Web.Features.Account;
using PlanTracker.Web.Security;
using PlanTracker.Web.Security.Sessions;

namespace PlanTracker.Web.Features.Admin;

public sealed record UserRow(string Id, string UserName, string DisplayName, string Role, int? RegionId, string? RegionName, bool IsDisabled, bool IsLockedOut, DateTimeOffset? LastSignInAt);

public sealed record RegionOption(int Id, string Name);

/// <summary>User administration for admins: every method checks the caller again (event handlers are entry points).</summary>
public sealed class UserAdminService(
    UserManager<ApplicationUser> users,
    IDbContextFactory<PlanTrackerDbContext> contextFactory,
    AccessGuard guard,
    AuditLog audit,
    IValidator<CreateUserRequest> createValidator,
    IValidator<AssignRoleRequest> roleValidator,
    IValidator<ResetPasswordRequest> passwordValidator,
    PortalSessions sessions,
    TimeProvider clock)
{
    public const string NotAllowed = "只有管理员可以管理用户。";

    public async Task<IReadOnlyList<UserRow>> ListAsync()
    {
        if (!await guard.CanAdministerAsync("admin/users"))
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync();
        var now = clock.GetUtcNow();
        var rows = await (
            from user in context.Users.AsNoTracking()
            join userRole in context.UserRoles on user.Id equals userRole.UserId into userRoles
            from userRole in userRoles.DefaultIfEmpty()
            join role in context.Roles on userRole.RoleId equals role.Id into roles
            from role in roles.DefaultIfEmpty()
            orderby user.RegionId, user.UserName
            select new { user.Id, user.UserName, user.DisplayName, Role = role != null ? role.Name : null, user.RegionId, RegionName = user.Region != null ? user.Region!.Name : null, user.IsDisabled, user.LockoutEnd, user.LastSignInAt })
            .ToListAsync();
        return [.. rows.Select(r => new UserRow(r.Id, r.UserName!, r.DisplayName, r.Role ?? string.Empty, r.RegionId, r.RegionName, r.IsDisabled, r.LockoutEnd > now, r.LastSignInAt))];
    }

    public async Task<IReadOnlyList<RegionOption>> RegionsAsync()
    {
        await using var context = await contextFactory.CreateDbContextAsync();
        return await context.Regions.AsNoTracking().OrderBy(r => r.AdminCode).Select(r => new RegionOption(r.Id, r.Name)).ToListAsync();
    }

    public async Task<AccountOutcome> CreateAsync(CreateUserRequest request)
    {
        var actor = await guard.GetUserAsync();
        if (!await guard.CanAdministerAsync("admin/users/create"))
        {
            return AccountOutcome.Fail(NotAllowed);
        }

        var validation = await createValidator.ValidateAsync(request);
        if (!validation.IsValid)
        {
            return AccountOutcome.Fail([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        var user = new ApplicationUser
        {
            UserName = request.UserName.Trim(),
            DisplayName = request.DisplayName.Trim(),
            RegionId = request.RegionId,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return AccountOutcome.Fail([.. created.Errors.Select(e => e.Description)]);
        }

        await users.AddToRoleAsync(user, request.Role);
        await audit.WriteAsync(AuditActions.UserCreated, actor!.UserName, user.UserName, null, $"{request.Role} region={request.RegionId}");
        return AccountOutcome.Success;
    }

    public async Task<AccountOutcome> AssignRoleAsync(string userId, AssignRoleRequest request)
    {
        var (actor, user, refusal) = await LoadAsync(userId, "admin/users/role");
        if (refusal is not null)
        {
            return refusal;
        }

        var validation = await roleValidator.ValidateAsync(request);
        if (!validation.IsValid)
        {
            return AccountOutcome.Fail([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        if (user!.UserName == actor!.UserName && request.Role != Roles.Admin)
        {
            return AccountOutcome.Fail("不能取消自己的管理员角色。");
        }

        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, request.Role);
        user.RegionId = request.RegionId;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return AccountOutcome.Fail([.. updated.Errors.Select(e => e.Description)]);
        }

        // New claims: the user's sessions end and they sign in again with the new role.
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id);
        await audit.WriteAsync(AuditActions.UserChanged, actor.UserName, user.UserName, null, $"{request.Role} region={request.RegionId}");
        return AccountOutcome.Success;
    }

    public async Task<AccountOutcome> ResetPasswordAsync(string userId, ResetPasswordRequest request)
    {
        var (actor, user, refusal) = await LoadAsync(userId, "admin/users/reset-password");
        if (refusal is not null)
        {
            return refusal;
        }

        var validation = await passwordValidator.ValidateAsync(request);
        if (!validation.IsValid)
        {
            return AccountOutcome.Fail([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        var token = await users.GeneratePasswordResetTokenAsync(user!);
        var reset = await users.ResetPasswordAsync(user!, token, request.NewPassword);
        if (!reset.Succeeded)
        {
            return AccountOutcome.Fail([.. reset.Errors.Select(e => e.Description)]);
        }

        await users.SetLockoutEndDateAsync(user!, null);
        await users.ResetAccessFailedCountAsync(user!);
        await sessions.EndAllAsync(user!.Id);
        await audit.WriteAsync(AuditActions.PasswordReset, actor!.UserName, user!.UserName, null);
        return AccountOutcome.Success;
    }

    public async Task<AccountOutcome> SetDisabledAsync(string userId, bool disabled)
    {
        var (actor, user, refusal) = await LoadAsync(userId, "admin/users/disable");
        if (refusal is not null)
        {
            return refusal;
        }

        if (user!.UserName == actor!.UserName)
        {
            return AccountOutcome.Fail("不能停用自己的账户。");
        }

        user.IsDisabled = disabled;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return AccountOutcome.Fail([.. updated.Errors.Select(e => e.Description)]);
        }

        // A new security stamp ends the account's sessions (cookie revalidation and open circuits).
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id);
        await audit.WriteAsync(disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, actor.UserName, user.UserName, null);
        return AccountOutcome.Success;
    }

    private async Task<(CurrentUser? Actor, ApplicationUser? User, AccountOutcome? Refusal)> LoadAsync(string userId, string target)
    {
        var actor = await guard.GetUserAsync();
        if (!await guard.CanAdministerAsync(target))
        {
            return (actor, null, AccountOutcome.Fail(NotAllowed));
        }

        var user = await users.FindByIdAsync(userId);
        return user is null ? (actor, null, AccountOutcome.Fail("用户不存在，可能已被删除。")) : (actor, user, null);
    }
}
