using Microsoft.AspNetCore.Identity;
using PlanTracker.Data.Identity;

namespace PlanTracker.Web.Security.Passwords;

/// <summary>
/// Refuses guessable passwords wherever Identity sets one (admin create/reset, password change, the initial admin
/// and the demo accounts): one of the 1,000 most common, such a password with digits or symbols around it
/// (<c>password1234</c>), the user name, and a few characters repeated or in sequence (<c>aaaaaaaaaaaa</c>).
/// The length rule (12) is Identity's own <c>RequiredLength</c>.
/// </summary>
public sealed class PortalPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const string CommonMessage = "该密码过于常见（属于最常用的 1000 个密码或其简单变形），请换一个更难猜的密码。";
    public const string UserNameMessage = "密码不能包含用户名。";
    public const string TrivialMessage = "密码不能由少数几个字符重复或按顺序组成（如 aaaaaaaaaaaa、123456789012）。";

    /// <summary>A password needs at least this many different characters.</summary>
    public const int MinimumDistinctCharacters = 5;

    private static readonly char[] NotALetter = [.. Enumerable.Range(32, 95).Select(c => (char)c).Where(c => !char.IsLetter(c))];

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var errors = Check(user.UserName, password ?? string.Empty);
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    /// <summary>The rules themselves, for tests and callers without an Identity user.</summary>
    public static IReadOnlyList<IdentityError> Check(string? userName, string password)
    {
        var errors = new List<IdentityError>();
        var lower = password.ToLowerInvariant();
        if (IsCommon(lower))
        {
            errors.Add(new IdentityError { Code = "PasswordCommon", Description = CommonMessage });
        }

        if (ContainsUserName(userName, lower))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = UserNameMessage });
        }

        if (IsTrivial(lower))
        {
            errors.Add(new IdentityError { Code = "PasswordTrivial", Description = TrivialMessage });
        }

        return errors;
    }

    /// <summary>A common password itself, or one with only digits and symbols added before or after it.</summary>
    private static bool IsCommon(string lower)
    {
        if (CommonPasswords.Contains(lower))
        {
            return true;
        }

        var core = lower.Trim().TrimEnd(NotALetter).TrimStart(NotALetter);
        return core.Length > 0 && core.Length < lower.Length && CommonPasswords.Contains(core);
    }

    private static bool ContainsUserName(string? userName, string lower)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return false;
        }

        var name = userName.Trim().ToLowerInvariant();
        if (name.Length >= 3 && lower.Contains(name, StringComparison.Ordinal))
        {
            return true;
        }

        // changsha-reporter: "changsha2025..." is as guessable as the whole name.
        return name.Split(['-', '_', '.', '@', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Any(part => part.Length >= 4 && lower.Contains(part, StringComparison.Ordinal));
    }

    /// <summary>Few distinct characters, one short unit repeated, or one run up or down (abcdef…, 98765…).</summary>
    private static bool IsTrivial(string lower)
    {
        if (lower.Distinct().Count() < MinimumDistinctCharacters)
        {
            return true;
        }

        var ascending = true;
        var descending = true;
        for (var i = 1; i < lower.Length; i++)
        {
            ascending &= lower[i] == Next(lower[i - 1]);
            descending &= lower[i - 1] == Next(lower[i]);
        }

        return ascending || descending || IsRepetition(lower);
    }

    /// <summary>The next character of a run; digits wrap around (…7890123).</summary>
    private static char Next(char c) => c == '9' ? '0' : (char)(c + 1);

    private static bool IsRepetition(string value)
    {
        for (var unit = 1; unit <= value.Length / 2; unit++)
        {
            if (value.Length % unit == 0 && string.Concat(Enumerable.Repeat(value[..unit], value.Length / unit)) == value)
            {
                return true;
            }
        }

        return false;
    }
}
