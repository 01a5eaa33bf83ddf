using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using PlanTracker.Data.Identity;

namespace PlanTracker.Web.Security.SignIn;

/// <summary>
/// A hash of a random password made by the portal's own hasher (same PBKDF2 cost as every account's). A sign-in
/// that has no real hash to check (unknown user name, locked account) verifies against it, so it takes as long
/// as a real check and timing does not tell which names exist.
/// </summary>
public sealed class DummyPasswordHash(IPasswordHasher<ApplicationUser> hasher)
{
    private static readonly ApplicationUser Nobody = new();

    private readonly Lazy<string> _hash = new(() => hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    public string Hash => _hash.Value;

    /// <summary>Spends one password check; the answer is always "wrong".</summary>
    public void Verify(string password) => hasher.VerifyHashedPassword(Nobody, _hash.Value, password);
}
