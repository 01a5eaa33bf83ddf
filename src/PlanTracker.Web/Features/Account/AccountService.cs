using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Identity;
using PlanTracker.Web.Hosting;
using PlanTracker.Web.Security.Sessions;
using PlanTracker.Web.Security.SignIn;
using PlanTracker.Domain;

namespace PlanTracker.Web.Features.Account;

/// <summary>Sign-in and password changes for the account pages (static server rendering: they set cookies).</summary>
public sealed class AccountService(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IValidator<SignInRequest> signInValidator,
    IValidator<ChangePasswordRequest> passwordValidator,
    PasswordSignIn passwords,
    SignInThrottle throttle,
    PortalSessions sessions,
    AuditLog audit)
{
    public const string WrongCredentials = "用户名或密码不正确。";
    public const string LockedOut = "连续登录失败次数过多，账户已锁定 15 分钟，请稍后再试。";
    public const string Disabled = "该账户已停用，请联系管理员。";
    public const string TooManyAttempts = "登录尝试过于频繁，请稍后再试。";
    public const string TooManyPasswordChanges = "修改密码尝试过于频繁（当前密码多次输入错误），请稍后再试。";

    public async Task<Outcome> SignInAsync(SignInRequest request, string? ipAddress)
    {
        var validation = await signInValidator.ValidateAsync(request);
        if (!validation.IsValid)
        {
            return Outcome.Invalid([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        var userName = request.UserName.Trim();
        var check = await passwords.CheckAsync(userName, request.Password, ipAddress);
        var auditName = check.User?.UserName ?? userName;
        switch (check.Verdict)
        {
            case SignInVerdict.Succeeded:
                var sessionId = await sessions.StartAsync(check.User!.Id, IdentityHosting.AbsoluteSessionLifetime);
                await signIn.SignInWithClaimsAsync(check.User, new AuthenticationProperties { IsPersistent = false },
                    [new Claim(PortalSessions.SessionIdClaim, sessionId), new Claim("amr", "pwd")]);
                await audit.WriteAsync(AuditActions.SignIn, auditName, null, ipAddress);
                return Outcome.Success;
            case SignInVerdict.TooManyAttempts:
                // Not audited: a flood of refusals would become a flood of rows.
                return Outcome.Fail(OutcomeKind.Throttled, TooManyAttempts);
            case SignInVerdict.LockedOut:
                await audit.WriteAsync(AuditActions.LockedOut, auditName, null, ipAddress, check.Detail);
                return Outcome.Fail(OutcomeKind.Refused, LockedOut);
            case SignInVerdict.Disabled:
                await audit.WriteAsync(AuditActions.SignInFailed, auditName, null, ipAddress, check.Detail);
                return Outcome.Fail(OutcomeKind.Refused, Disabled);
            default:
                await audit.WriteAsync(AuditActions.SignInFailed, auditName, null, ipAddress, check.Detail);
                return Outcome.Invalid(WrongCredentials);
        }
    }

    public async Task<Outcome> ChangePasswordAsync(ClaimsPrincipal principal, ChangePasswordRequest request, string? ipAddress)
    {
        var validation = await passwordValidator.ValidateAsync(request);
        if (!validation.IsValid)
        {
            return Outcome.Invalid([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, "账户不存在，请重新登录。");
        }

        // The new password's rules first: a refused new password needs no check of the current one and costs no attempt.
        var rules = await Task.WhenAll(users.PasswordValidators.Select(v => v.ValidateAsync(users, user, request.NewPassword)));
        if (rules.Where(r => !r.Succeeded).SelectMany(r => r.Errors).Select(e => e.Description).Distinct().ToList() is [_, ..] refused)
        {
            return Outcome.Invalid([.. refused]);
        }

        // Then the limits, as for sign-in: a session left open must not become a way to guess the password.
        if (!throttle.TryPasswordChangeAttempt(user.Id, ipAddress))
        {
            return Outcome.Fail(OutcomeKind.Throttled, TooManyPasswordChanges);
        }

        using var turn = await throttle.WaitForPasswordCheckAsync();
        if (!turn.IsAcquired)
        {
            return Outcome.Fail(OutcomeKind.Throttled, TooManyPasswordChanges);
        }

        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                await audit.WriteAsync(AuditActions.PasswordChangeFailed, user.UserName, user.UserName, ipAddress);
            }

            return Outcome.Invalid([.. result.Errors.Select(e => e.Description)]);
        }

        // Every other session of the account ends at once; this one gets a fresh cookie (same session).
        await sessions.EndAllAsync(user.Id, PortalSessions.SessionIdOf(principal));
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(AuditActions.PasswordChanged, user.UserName, user.UserName, ipAddress);
        return Outcome.Success;
    }
}
