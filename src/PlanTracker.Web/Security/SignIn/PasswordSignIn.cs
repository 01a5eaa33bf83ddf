using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PlanTracker.Data.Identity;

namespace PlanTracker.Web.Security.SignIn;

public enum SignInVerdict
{
    Succeeded,
    WrongCredentials,
    LockedOut,
    Disabled,
    TooManyAttempts,
}

/// <summary>The verdict, the account when the name exists, and a detail for the audit trail (never shown).</summary>
public sealed record SignInCheck(SignInVerdict Verdict, ApplicationUser? User, string Detail);

/// <summary>
/// Checks a user name and password. Every attempt passes the rate limits first, waits for a password-check turn
/// (a few at a time, <see cref="SignInLimitOptions.ParallelPasswordChecks"/>), and then costs exactly one PBKDF2
/// verification (the real hash, or <see cref="DummyPasswordHash"/> for unknown names and locked accounts), and
/// unknown names lock like real ones. Failures are counted in one SQL statement (<see cref="SignInCounters"/>), so
/// parallel guesses cannot pass the limit. That an account is disabled is told only after its right password.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher,
    DummyPasswordHash dummy,
    SignInThrottle throttle,
    SignInCounters counters,
    IOptions<IdentityOptions> identity,
    TimeProvider clock)
{
    public async Task<SignInCheck> CheckAsync(string userName, string password, string? address)
    {
        if (!throttle.TryAttempt(userName, address))
        {
            return new(SignInVerdict.TooManyAttempts, null, "尝试过于频繁，已限流");
        }

        // The account is read once this attempt's turn comes: an attempt queued behind a lockout sees the lock.
        using var turn = await throttle.WaitForPasswordCheckAsync();
        if (!turn.IsAcquired)
        {
            return new(SignInVerdict.TooManyAttempts, null, "密码校验排队已满");
        }

        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            dummy.Verify(password);
            if (throttle.IsUnknownAccountLocked(userName))
            {
                return new(SignInVerdict.LockedOut, null, "用户不存在，已锁定");
            }

            return throttle.RecordUnknownAccountFailure(userName)
                ? new(SignInVerdict.LockedOut, null, "用户不存在，本次起锁定")
                : new(SignInVerdict.WrongCredentials, null, "用户不存在");
        }

        var now = clock.GetUtcNow();
        if (user.LockoutEnd > now)
        {
            dummy.Verify(password);
            return new(SignInVerdict.LockedOut, user, "账户已锁定");
        }

        if (!Verify(user, password))
        {
            var lockout = identity.Value.Lockout;
            var failure = await counters.RecordFailureAsync(user.Id, now, lockout.MaxFailedAccessAttempts, lockout.DefaultLockoutTimeSpan);
            return failure switch
            {
                FailedSignIn.Counted => new(SignInVerdict.WrongCredentials, user, user.IsDisabled ? "账户已停用，密码错误" : "密码错误"),
                FailedSignIn.LockedNow => new(SignInVerdict.LockedOut, user, "密码错误，本次起锁定"),
                _ => new(SignInVerdict.LockedOut, user, "密码错误，账户已被锁定"),
            };
        }

        if (user.IsDisabled)
        {
            return new(SignInVerdict.Disabled, user, "账户已停用");
        }

        // Locked by a parallel attempt (or disabled) since the row was read: refused, like a sequential attempt.
        return await counters.RecordSuccessAsync(user.Id, now)
            ? new(SignInVerdict.Succeeded, user, string.Empty)
            : new(SignInVerdict.LockedOut, user, "账户已被锁定");
    }

    private bool Verify(ApplicationUser user, string password)
    {
        if (user.PasswordHash is null)
        {
            dummy.Verify(password);
            return false;
        }

        // SuccessRehashNeeded is a success; the hash is upgraded at the next password change.
        return hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
    }
}
