using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Progress.Items;

/// <summary>
/// Applies a validated <see cref="SaveItemProgressRequest"/> to the year's rows: inserts new progress, updates only rows
/// whose content changed, removes rows the reporter emptied. The caller saves inside its transaction. Returns how many
/// rows of each kind it changed (for the audit trail).
/// </summary>
internal static class ItemProgressWriter
{
    public static async Task<(int Items, int Projects, int TargetValues)> ApplyAsync(PlanTrackerDbContext context, SaveItemProgressRequest request, string userName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var year = request.Year;
        var itemIds = request.Items.Select(i => (int?)i.ItemId).ToList();
        var projectIds = request.Projects.Select(p => (int?)p.ProjectId).ToList();
        var targetIds = request.TargetValues.Select(t => t.ItemTargetId).ToList();
        var progress = await context.ItemProgress
            .Where(p => p.Year == year && (itemIds.Contains(p.SpecialColumnItemId) || projectIds.Contains(p.ProjectId)))
            .ToListAsync(cancellationToken);
        var values = await context.ItemTargetValues.Where(v => v.Year == year && targetIds.Contains(v.ItemTargetId))
            .ToDictionaryAsync(v => v.ItemTargetId, cancellationToken);

        var (items, projects, targetValues) = (0, 0, 0);
        foreach (var item in request.Items)
        {
            var current = progress.SingleOrDefault(p => p.SpecialColumnItemId == item.ItemId);
            items += Apply(context, current, item, null, () => new ItemProgress { SpecialColumnItemId = item.ItemId, Year = year, UpdatedBy = userName }, userName, now) ? 1 : 0;
        }

        foreach (var project in request.Projects)
        {
            var current = progress.SingleOrDefault(p => p.ProjectId == project.ProjectId);
            projects += Apply(context, current, project, project.CompletedInvestment, () => new ItemProgress { ProjectId = project.ProjectId, Year = year, UpdatedBy = userName }, userName, now) ? 1 : 0;
        }

        foreach (var target in request.TargetValues)
        {
            var current = values.GetValueOrDefault(target.ItemTargetId);
            if (target.Value is not { } value)
            {
                if (current is not null)
                {
                    context.ItemTargetValues.Remove(current);
                    targetValues++;
                }

                continue;
            }

            if (current?.Value == value)
            {
                continue;
            }

            current ??= context.ItemTargetValues.Add(new ItemTargetValue { ItemTargetId = target.ItemTargetId, Year = year, UpdatedBy = userName }).Entity;
            (current.Value, current.UpdatedAt, current.UpdatedBy) = (value, now, userName);
            targetValues++;
        }

        return (items, projects, targetValues);
    }

    /// <summary>Writes one item's or project's row; false when nothing changed.</summary>
    private static bool Apply(PlanTrackerDbContext context, ItemProgress? current, WorkProgressInput input, decimal? investment, Func<ItemProgress> create, string userName, DateTimeOffset now)
    {
        if (input.IsEmpty)
        {
            if (current is not null)
            {
                context.ItemProgress.Remove(current);
            }

            return current is not null;
        }

        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        var status = input.Status!.Value;
        if (current is not null && current.PercentComplete == input.PercentComplete && current.Status == status
            && current.CompletedInvestment == investment && current.Note == note)
        {
            return false;
        }

        current ??= context.ItemProgress.Add(create()).Entity;
        (current.PercentComplete, current.Status, current.CompletedInvestment, current.Note, current.UpdatedAt, current.UpdatedBy) =
            (input.PercentComplete, status, investment, note, now, userName);
        return true;
    }
}
