using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PlanTracker.Data.Identity;

namespace PlanTracker.Web.Security.SignIn;

/// <summary>
/// A hash of a random password made with the portal's hasher options (same PBKDF2 cost as every account's). A
/// sign-in that has no real hash to check (unknown user name, locked account) verifies against it, so it takes as
/// long as a real check and timing does not tell which names exist.
/// </summary>
public sealed class DummyPasswordHash
{
    private static readonly ApplicationUser Nobody = new();

    private readonly PasswordHasher<ApplicationUser> _hasher;
    private readonly Lazy<string> _hash;

    public DummyPasswordHash(IOptions<PasswordHasherOptions> options)
    {
        _hasher = new PasswordHasher<ApplicationUser>(options);
        _hash = new(() => _hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));
    }

    public string Hash => _hash.Value;

    /// <summary>Spends one password check; the answer is always "wrong".</summary>
    public void Verify(string password) => _hasher.VerifyHashedPassword(Nobody, _hash.Value, password);
}
