using FluentValidation;
using Microsoft.AspNetCore.Identity;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Identity;

namespace PlanTracker.Web.Features.Account;

public sealed record AccountOutcome(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static readonly AccountOutcome Success = new(true, []);

    public static AccountOutcome Fail(params string[] errors) => new(false, errors);
}

/// <summary>Sign-in and password changes for the account pages (static server rendering: they set cookies).</summary>
public sealed class AccountService(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IValidator<SignInRequest> signInValidator,
    IValidator<ChangePasswordRequest> passwordValidator,
    AuditLog audit,
    TimeProvider clock)
{
    public const string WrongCredentials = "用户名或密码不正确。";
    public const string LockedOut = "连续登录失败次数过多，账户已锁定 15 分钟，请稍后再试。";
    public const string Disabled = "该账户已停用，请联系管理员。";

    public async Task<AccountOutcome> SignInAsync(SignInRequest request, string? ipAddress)
    {
        var validation = await signInValidator.ValidateAsync(request);
        if (!validation.IsValid)
        {
            return AccountOutcome.Fail([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        var user = await users.FindByNameAsync(request.UserName.Trim());
        if (user is null)
        {
            await audit.WriteAsync(AuditActions.SignInFailed, request.UserName.Trim(), null, ipAddress, "unknown user");
            return AccountOutcome.Fail(WrongCredentials);
        }

        if (user.IsDisabled)
        {
            await audit.WriteAsync(AuditActions.SignInFailed, user.UserName, null, ipAddress, "disabled");
            return AccountOutcome.Fail(Disabled);
        }

        var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            user.LastSignInAt = clock.GetUtcNow();
            await users.UpdateAsync(user);
            await audit.WriteAsync(AuditActions.SignIn, user.UserName, null, ipAddress);
            return AccountOutcome.Success;
        }

        if (result.IsLockedOut)
        {
            await audit.WriteAsync(AuditActions.LockedOut, user.UserName, null, ipAddress);
            return AccountOutcome.Fail(LockedOut);
        }

        await audit.WriteAsync(AuditActions.SignInFailed, user.UserName, null, ipAddress, "wrong password");
        return AccountOutcome.Fail(WrongCredentials);
    }

    public async Task<AccountOutcome> ChangePasswordAsync(System.Security.Claims.ClaimsPrincipal principal, ChangePasswordRequest request, string? ipAddress)
    {
        var validation = await passwordValidator.ValidateAsync(request);
        if (!validation.IsValid)
        {
            return AccountOutcome.Fail([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return AccountOutcome.Fail("账户不存在，请重新登录。");
        }

        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            return AccountOutcome.Fail([.. result.Errors.Select(e => e.Description)]);
        }

        // The security stamp changed: other sessions end; this one gets a fresh cookie.
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(AuditActions.PasswordChanged, user.UserName, user.UserName, ipAddress);
        return AccountOutcome.Success;
    }
}
