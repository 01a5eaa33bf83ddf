using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Progress.Items;

/// <summary>
/// Applies a validated <see cref="SaveItemProgressRequest"/> to the year's rows inside the caller's transaction, row by
/// row against what each input was loaded from (<see cref="WorkMerge"/>, the rule indicator rows follow): a row this
/// person did not change is left alone; a changed one is written (inserted, updated, or removed when emptied) unless
/// someone else changed it too since, which is a conflict reported and written nowhere.
/// </summary>
internal static class ItemProgressWriter
{
    public static async Task<WorkWrite> ApplyAsync(PlanTrackerDbContext context, SaveItemProgressRequest request, string userName, DateTimeOffset now, CancellationToken cancellationToken)
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

        var conflicts = new List<WorkConflict>();
        var (items, projects, targetValues) = (0, 0, 0);
        foreach (var item in request.Items)
        {
            var current = progress.SingleOrDefault(p => p.SpecialColumnItemId == item.ItemId);
            items += Apply(context, current, item, () => new ItemProgress { SpecialColumnItemId = item.ItemId, Year = year, UpdatedBy = userName }, userName, now, conflicts) ? 1 : 0;
        }

        foreach (var project in request.Projects)
        {
            var current = progress.SingleOrDefault(p => p.ProjectId == project.ProjectId);
            projects += Apply(context, current, project, () => new ItemProgress { ProjectId = project.ProjectId, Year = year, UpdatedBy = userName }, userName, now, conflicts) ? 1 : 0;
        }

        foreach (var target in request.TargetValues.Where(t => t.Value != t.BaseValue))
        {
            var current = values.GetValueOrDefault(target.ItemTargetId);
            var merge = new Entry.FieldMerge();
            var value = merge.Field(target.BaseValue, target.Value, current?.Value);
            if (merge.Conflict)
            {
                conflicts.Add(new WorkConflict($"target:{target.ItemTargetId}", target.Phrase, current is null ? "未填报" : $"{current.Value:0.####} {target.Unit}", current?.UpdatedBy, current?.UpdatedAt));
                continue;
            }

            if (value is null)
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
            (current.Value, current.UpdatedAt, current.UpdatedBy) = (value.Value, now, userName);
            targetValues++;
        }

        // The other person by display name (a login name only for an account since removed).
        var names = await DisplayNames.ByUserNameAsync(context, conflicts.Select(c => c.TheirUser), cancellationToken);
        return new WorkWrite(items, projects, targetValues, [.. conflicts.Select(c => c.TheirUser is { } user ? c with { TheirUser = names.Of(user) } : c)]);
    }

    /// <summary>Writes one item's or project's row when this person changed it and no one else did; false when nothing was written.</summary>
    private static bool Apply(PlanTrackerDbContext context, ItemProgress? current, WorkProgressInput input, Func<ItemProgress> create, string userName, DateTimeOffset now, List<WorkConflict> conflicts)
    {
        var mine = input.Fields;
        if (mine == input.Base)
        {
            return false;
        }

        var stored = WorkFields.Of(current);
        if (WorkMerge.Merge(input.Base, mine, stored) is not { } merged)
        {
            conflicts.Add(new WorkConflict(input.Key, input.Name, stored.Describe(), current?.UpdatedBy, current?.UpdatedAt));
            return false;
        }

        if (merged.IsEmpty)
        {
            if (current is not null)
            {
                context.ItemProgress.Remove(current);
            }

            return current is not null;
        }

        if (merged == stored)
        {
            return false;
        }

        current ??= context.ItemProgress.Add(create()).Entity;
        (current.PercentComplete, current.Status, current.CompletedInvestment, current.Note, current.UpdatedAt, current.UpdatedBy) =
            (merged.PercentComplete, merged.Status!.Value, merged.CompletedInvestment, merged.Note, now, userName);
        return true;
    }
}
