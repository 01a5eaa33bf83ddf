using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace PlanTracker.Web.Security.SignIn;

/// <summary>
/// The sign-in rate limits (System.Threading.RateLimiting), per client address and per posted user name, taken
/// before any password is checked; the same for 修改密码's check of the current password, per account and per
/// address; and the lockout of user names that do not exist (the same 5 failures and 15 minutes as a real account,
/// so that the answers do not tell which names exist). In-process: each portal instance counts its own attempts;
/// the lockout of real accounts is counted in the database.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _perAccount;
    private readonly PartitionedRateLimiter<string> _unknownAccountFailures;
    private readonly PartitionedRateLimiter<string> _passwordChangePerAddress;
    private readonly PartitionedRateLimiter<string> _passwordChangePerAccount;
    private readonly ConcurrencyLimiter _passwordChecks;

    public SignInThrottle(IOptions<SignInLimitOptions> limits, IOptions<IdentityOptions> identity)
    {
        var options = limits.Value;
        _perAddress = Sliding(options.PerAddressPermits, options.PerAddressWindow);
        _perAccount = Sliding(options.PerAccountPermits, options.PerAccountWindow);
        _passwordChangePerAddress = Sliding(options.PasswordChangePerAddressPermits, options.PasswordChangeWindow);
        _passwordChangePerAccount = Sliding(options.PasswordChangePerAccountPermits, options.PasswordChangeWindow);
        // A real account locks at the failure that reaches the limit: the last permit is the one before it.
        _passwordChecks = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, options.ParallelPasswordChecks),
            QueueLimit = Math.Max(0, options.QueuedPasswordChecks),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        var lockout = identity.Value.Lockout;
        _unknownAccountFailures = PartitionedRateLimiter.Create<string, string>(name => RateLimitPartition.GetFixedWindowLimiter(name, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, lockout.MaxFailedAccessAttempts - 1), Window = lockout.DefaultLockoutTimeSpan, QueueLimit = 0 }));
    }

    /// <summary>Counts one attempt against both limits; false when either is used up (answer 429).</summary>
    public bool TryAttempt(string userName, string? address)
    {
        using var byAddress = _perAddress.AttemptAcquire(address ?? "unknown");
        if (!byAddress.IsAcquired)
        {
            return false;
        }

        using var byAccount = _perAccount.AttemptAcquire(Key(userName));
        return byAccount.IsAcquired;
    }

    /// <summary>
    /// Counts one check of the current password for 修改密码 against the account's and the address's limits, before the
    /// check (so that parallel guesses cannot pass them); false when either is used up. Only attempts that get as far
    /// as checking the password count: a new password refused by the rules costs nothing.
    /// </summary>
    public bool TryPasswordChangeAttempt(string userId, string? address)
    {
        using var byAddress = _passwordChangePerAddress.AttemptAcquire(address ?? "unknown");
        if (!byAddress.IsAcquired)
        {
            return false;
        }

        using var byAccount = _passwordChangePerAccount.AttemptAcquire(userId);
        return byAccount.IsAcquired;
    }

    /// <summary>A turn to check a password (dispose it afterwards); not acquired when too many sign-ins wait already.</summary>
    public ValueTask<RateLimitLease> WaitForPasswordCheckAsync() => _passwordChecks.AcquireAsync();

    /// <summary>Whether a user name that does not exist is "locked" like a real account would be by now.</summary>
    public bool IsUnknownAccountLocked(string userName)
    {
        using var lease = _unknownAccountFailures.AttemptAcquire(Key(userName), 0);
        return !lease.IsAcquired;
    }

    /// <summary>Counts a failure for a user name that does not exist; true when this failure "locks" it.</summary>
    public bool RecordUnknownAccountFailure(string userName)
    {
        using var lease = _unknownAccountFailures.AttemptAcquire(Key(userName));
        return !lease.IsAcquired;
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perAccount.Dispose();
        _unknownAccountFailures.Dispose();
        _passwordChangePerAddress.Dispose();
        _passwordChangePerAccount.Dispose();
        _passwordChecks.Dispose();
    }

    private static string Key(string userName) => userName.Trim().ToUpperInvariant();

    private static PartitionedRateLimiter<string> Sliding(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ =>
            new SlidingWindowRateLimiterOptions { PermitLimit = permits, Window = window, SegmentsPerWindow = 5, QueueLimit = 0 }));
}
