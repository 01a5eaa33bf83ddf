using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Plans;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Web.Features.Progress.Items;

/// <summary>
/// The 专栏 items, projects and item targets of the region's plan in force in the year, and its period: what a progress
/// save may name. Names, units and whether a project has an investment figure come from here, never from the client.
/// </summary>
internal sealed record PlanScope(
    PlanPeriod? Period,
    IReadOnlyDictionary<int, string> Items,
    IReadOnlyDictionary<int, (string Name, bool HasInvestment)> Projects,
    IReadOnlyDictionary<int, (string Phrase, string Unit)> Targets)
{
    public static async Task<PlanScope> ReadAsync(PlanTrackerDbContext context, int regionId, int year, CancellationToken cancellationToken)
    {
        var plan = await context.Plans.AsNoTracking().InForce(regionId, year).Select(p => new { p.Id, p.PeriodStart, p.PeriodEnd }).FirstOrDefaultAsync(cancellationToken);
        var planId = plan?.Id ?? 0;
        var items = await context.SpecialColumnItems.AsNoTracking()
            .Where(i => context.SpecialColumns.Any(c => c.Id == i.SpecialColumnId && c.PlanId == planId))
            .ToDictionaryAsync(i => i.Id, i => i.Title, cancellationToken);
        var projects = await context.Projects.AsNoTracking().Where(p => p.PlanId == planId)
            .Select(p => new { p.Id, p.Name, HasInvestment = p.TotalInvestment != null || p.PeriodInvestment != null })
            .ToDictionaryAsync(p => p.Id, p => (p.Name, p.HasInvestment), cancellationToken);
        var itemIds = items.Keys.ToList();
        var targets = await context.ItemTargets.AsNoTracking().Where(t => itemIds.Contains(t.SpecialColumnItemId))
            .ToDictionaryAsync(t => t.Id, t => (t.Phrase, t.Unit), cancellationToken);
        return new PlanScope(plan is null ? null : new PlanPeriod(plan.PeriodStart, plan.PeriodEnd), items, projects, targets);
    }

    /// <summary>Why the request cannot be taken at all (an id from another plan, or one named twice), or null.</summary>
    public string? Refusal(SaveItemProgressRequest request)
    {
        if (request.Items.Any(i => !Items.ContainsKey(i.ItemId)) || request.Projects.Any(p => !Projects.ContainsKey(p.ProjectId))
            || request.TargetValues.Any(t => !Targets.ContainsKey(t.ItemTargetId)))
        {
            return "提交的专栏条目或项目不属于本市规划。";
        }

        var twice = request.Items.Select(i => i.ItemId).Distinct().Count() != request.Items.Count
            || request.Projects.Select(p => p.ProjectId).Distinct().Count() != request.Projects.Count
            || request.TargetValues.Select(t => t.ItemTargetId).Distinct().Count() != request.TargetValues.Count;
        return twice ? "同一专栏条目、项目或目标提交了两次。" : null;
    }

    public void FillNames(SaveItemProgressRequest request)
    {
        request.Period = Period;
        foreach (var item in request.Items)
        {
            item.Name = Items[item.ItemId];
        }

        foreach (var project in request.Projects)
        {
            (project.Name, project.HasInvestment) = Projects[project.ProjectId];
        }

        foreach (var target in request.TargetValues)
        {
            (target.Phrase, target.Unit) = Targets[target.ItemTargetId];
        }
    }
}
