using PlanTracker.Data.Identity;

namespace PlanTracker.Data.Security;

/// <summary>
/// One signed-in browser: the cookie carries a random session id, the table holds its SHA-256. Signing out revokes
/// the row, so a copied cookie stops working at once (checked on every request and by open circuits).
/// </summary>
public class UserSession
{
    /// <summary>SHA-256 of the session id in the cookie, lower-case hex.</summary>
    public required string Id { get; set; }

    public required string UserId { get; set; }

    public ApplicationUser? User { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The absolute end of the session (12 hours after sign-in).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
