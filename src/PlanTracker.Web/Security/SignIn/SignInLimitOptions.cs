namespace PlanTracker.Web.Security.SignIn;

/// <summary>
/// Configuration section <c>SignIn:Limits</c>: sign-in attempts allowed per account name and per client address, and
/// current-password checks of 修改密码 per account and per client address.
/// </summary>
public sealed class SignInLimitOptions
{
    public const string Section = "SignIn:Limits";

    /// <summary>Attempts for one user name (known or not) per <see cref="PerAccountWindow"/>.</summary>
    public int PerAccountPermits { get; set; } = 10;

    public TimeSpan PerAccountWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts from one client address, whatever the user names, per <see cref="PerAddressWindow"/>.</summary>
    public int PerAddressPermits { get; set; } = 30;

    public TimeSpan PerAddressWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// 修改密码: checks of the current password for one account per <see cref="PasswordChangeWindow"/> (the same 5 in
    /// 15 minutes as the lockout), so that a session left open or stolen cannot be used to guess the password.
    /// </summary>
    public int PasswordChangePerAccountPermits { get; set; } = 5;

    /// <summary>修改密码: checks of a current password from one client address, whatever the account.</summary>
    public int PasswordChangePerAddressPermits { get; set; } = 20;

    public TimeSpan PasswordChangeWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Password checks (PBKDF2, CPU-bound) running at once; the others wait asynchronously, so a burst of sign-ins
    /// cannot starve the thread pool (and with it every other request and database connection).
    /// </summary>
    public int ParallelPasswordChecks { get; set; } = Environment.ProcessorCount;

    /// <summary>Sign-ins waiting for a password check; beyond them the answer is 429.</summary>
    public int QueuedPasswordChecks { get; set; } = 200;
}
