using PlanTracker.Data.Identity;

namespace PlanTracker.Data.Security;

/// <summary>
/// A per-user API token an admin issues for a provincial system. Only the SHA-256 of the secret is stored; the
/// secret itself is shown once, when the token is issued.
/// </summary>
public class ApiToken
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public ApplicationUser? User { get; set; }

    /// <summary>What the token is for, e.g. "省厅数据平台".</summary>
    public required string Name { get; set; }

    /// <summary>SHA-256 of the whole secret (with its <c>pt_</c> prefix), lower-case hex.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The secret's first characters, to tell tokens apart in lists and logs.</summary>
    public required string Prefix { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The admin who issued it.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>Null: valid until revoked.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
