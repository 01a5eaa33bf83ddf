using Microsoft.AspNetCore.Identity;
using PlanTracker.Domain.Regions;

namespace PlanTracker.Data.Identity;

/// <summary>A person who signs in. Reporters and leaders belong to exactly one region.</summary>
public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public int? RegionId { get; set; }

    public Region? Region { get; set; }

    /// <summary>A disabled account cannot sign in, and its existing sessions end.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
