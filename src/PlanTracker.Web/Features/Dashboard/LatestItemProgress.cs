using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;

using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Dashboard;

/// <summary>
/// The latest reported progress (year ≤ a given year, optionally of chosen years only) of a plan's projects and 专栏
/// items, with completed investment summed over those years. The caller has already checked that the user may read the plan.
/// </summary>
public static class LatestItemProgress
{
    public sealed record Snapshot(IReadOnlyDictionary<int, LatestProgress> Projects, IReadOnlyDictionary<int, LatestProgress> Items);

    /// <param name="onlyYears">Only these years count (the 总结评估: the approved ones); null: every year up to <paramref name="year"/>.</param>
    public static async Task<Snapshot> UpToAsync(PlanTrackerDbContext context, int planId, int year, IReadOnlyCollection<int>? onlyYears = null, CancellationToken cancellationToken = default)
    {
        var rows = await context.ItemProgress.AsNoTracking()
            .Where(p => p.Year <= year && (onlyYears == null || onlyYears.Contains(p.Year))
                && (context.Projects.Any(x => x.Id == p.ProjectId && x.PlanId == planId)
                    || context.SpecialColumnItems.Any(i => i.Id == p.SpecialColumnItemId && context.SpecialColumns.Any(c => c.Id == i.SpecialColumnId && c.PlanId == planId))))
            .Select(p => new { p.ProjectId, p.SpecialColumnItemId, p.Year, p.PercentComplete, p.Status, p.CompletedInvestment })
            .ToListAsync(cancellationToken);

        static LatestProgress Latest<T>(IEnumerable<T> years, Func<T, int> year, Func<T, LatestProgress> map, Func<T, decimal?> investment)
        {
            var ordered = years.OrderBy(year).ToList();
            var latest = map(ordered[^1]);
            var invested = ordered.Where(y => investment(y) is not null).Select(y => investment(y)!.Value).ToList();
            return latest with { CumulativeInvestment = invested.Count > 0 ? invested.Sum() : null };
        }

        var projects = rows.Where(r => r.ProjectId is not null).GroupBy(r => r.ProjectId!.Value).ToDictionary(
            g => g.Key, g => Latest(g, r => r.Year, r => new LatestProgress(r.Year, r.PercentComplete, r.Status, null), r => r.CompletedInvestment));
        var items = rows.Where(r => r.SpecialColumnItemId is not null).GroupBy(r => r.SpecialColumnItemId!.Value).ToDictionary(
            g => g.Key, g => Latest(g, r => r.Year, r => new LatestProgress(r.Year, r.PercentComplete, r.Status, null), _ => null));
        return new Snapshot(projects, items);
    }
}

/// <summary>The latest progress (≤ a year) of a project or item, with the completed investment summed over the years so far.</summary>
public sealed record LatestProgress(int Year, decimal? PercentComplete, WorkStatus Status, decimal? CumulativeInvestment);
