using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace PlanTracker.Web.Security.ApiTokens;

/// <summary>A token's secret: <c>pt_</c> + 32 random bytes in base64url. Stored only as its SHA-256.</summary>
public static class ApiTokenSecret
{
    public const string Marker = "pt_";

    /// <summary>Characters of the secret kept for display (the marker and six more).</summary>
    public const int PrefixLength = 9;

    public static string Generate() => Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Lower-case hex SHA-256 of the whole secret: what the database holds and looks up.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string PrefixOf(string secret) => secret[..Math.Min(PrefixLength, secret.Length)];

    /// <summary>Whether a presented value looks like one of our secrets (cheap check before a database trip).</summary>
    public static bool LooksValid(string value) => value.StartsWith(Marker, StringComparison.Ordinal) && value.Length is > 40 and < 64;
}
