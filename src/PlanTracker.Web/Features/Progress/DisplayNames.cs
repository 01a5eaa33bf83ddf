using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;

namespace PlanTracker.Web.Features.Progress;

/// <summary>People by the name the portal shows ("株洲填报员"), for login names a write has in hand (who saved the other side of a conflict).</summary>
internal static class DisplayNames
{
    /// <summary>The display name of each login name that still has an account; one query, none for an empty list.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ByUserNameAsync(PlanTrackerDbContext context, IEnumerable<string?> userNames, CancellationToken cancellationToken)
    {
        var wanted = userNames.OfType<string>().Distinct().ToList();
        return wanted.Count == 0
            ? new Dictionary<string, string>()
            : await context.Users.AsNoTracking().Where(u => wanted.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, cancellationToken);
    }

    /// <summary>The person's display name, or the login name itself for an account since removed.</summary>
    public static string Of(this IReadOnlyDictionary<string, string> names, string userName) => names.GetValueOrDefault(userName, userName);
}
