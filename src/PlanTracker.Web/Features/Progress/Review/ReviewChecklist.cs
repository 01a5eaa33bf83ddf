using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Plans;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Progress.Review;

/// <summary>
/// Reads what <see cref="ReviewGaps"/> checks for a city-year: every indicator of the plan in force with its value,
/// notes and the earlier years it is checked against, and every 专栏 item and project of the plan with whether it has
/// progress for the year. The review page shows the list; the approval recomputes it inside its own lock.
/// </summary>
public static class ReviewChecklist
{
    public static async Task<ReviewChecks> ReadAsync(PlanTrackerDbContext context, int regionId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var checks = await ValueCheckContexts.ForRegionAsync(context, regionId, year, cancellationToken);
        if (checks.Count == 0)
        {
            return ReviewChecks.None;
        }

        var ids = checks.Keys.ToList();
        var values = await context.IndicatorValues.AsNoTracking()
            .Where(v => ids.Contains(v.IndicatorId) && v.Year == year)
            .Select(v => new { v.IndicatorId, v.Value, v.Note, v.Cause, v.CorrectiveMeasures })
            .ToDictionaryAsync(v => v.IndicatorId, cancellationToken);
        var reviewed = checks.OrderBy(c => c.Key).Select(c =>
        {
            var value = values.GetValueOrDefault(c.Key);
            // The check context knows a 其中 row's parent already.
            var parentValue = c.Value.ParentIndicatorId is { } parent ? values.GetValueOrDefault(parent)?.Value : null;
            return (c.Key, Row: new ReviewedValue(c.Value, value?.Value, parentValue, value?.Note, value?.Cause, value?.CorrectiveMeasures));
        }).ToList();

        var planId = await context.Plans.AsNoTracking().InForce(regionId, year).Select(p => p.Id).FirstAsync(cancellationToken);
        var items = await context.SpecialColumns.AsNoTracking()
            .Where(c => c.PlanId == planId && c.Kind == "items")
            .SelectMany(c => c.Items.Select(i => new
            {
                Column = c.Number,
                i.Number,
                i.Title,
                Reported = context.ItemProgress.Any(p => p.SpecialColumnItemId == i.Id && p.Year == year),
            }))
            .OrderBy(i => i.Column).ThenBy(i => i.Number)
            .ToListAsync(cancellationToken);
        var projects = await context.Projects.AsNoTracking().Where(p => p.PlanId == planId).OrderBy(p => p.Ordinal)
            .Select(p => new { p.Name, Reported = context.ItemProgress.Any(g => g.ProjectId == p.Id && g.Year == year) })
            .ToListAsync(cancellationToken);
        var work = items.Select(i => new ReviewedWork($"专栏{i.Column} · {i.Number}. {i.Title}", false, i.Reported))
            .Concat(projects.Select(p => new ReviewedWork(p.Name, true, p.Reported)));
        var warnings = reviewed.Where(r => r.Row.Value is not null)
            .ToDictionary(r => r.Key, r => ValueWarnings.Check(r.Row.Row, year, r.Row.Value!.Value, r.Row.ParentValue));
        return new ReviewChecks(ReviewGaps.Find(year, reviewed.Select(r => r.Row), work), warnings);
    }
}

/// <summary>The checklist of a city-year (<see cref="ReviewGaps"/>) and each reported value's warnings, by indicator id, as the reporter saw them.</summary>
public sealed record ReviewChecks(IReadOnlyList<ReviewGap> Gaps, IReadOnlyDictionary<int, IReadOnlyList<ValueWarning>> Warnings)
{
    public static readonly ReviewChecks None = new([], new Dictionary<int, IReadOnlyList<ValueWarning>>());
}
