using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Plans;

namespace PlanTracker.Web.Features.Progress.Review;

/// <summary>A row of a city's report with the name every page shows for it.</summary>
public sealed record NamedReportRow(ReportRow Row, string Name);

/// <summary>
/// The names of a city-year report's rows, in the report's order: the main indicators in the plan's order, then the 专栏
/// items by 专栏 and number ("职业技能提升行动（专栏4）"), then the 重点项目 ("…（重点项目）"). Rows not in the city's plan
/// in force in the year are left out, so a caller that gets fewer rows back than it asked about was sent a row of another
/// city or of another period's plan.
/// </summary>
public static class ReportRowNames
{
    public static async Task<IReadOnlyList<NamedReportRow>> OfReportAsync(PlanTrackerDbContext context, int regionId, int year, IReadOnlyCollection<ReportRow> rows, CancellationToken cancellationToken)
    {
        var indicatorIds = IdsOf(rows, ReportRowKind.Indicator);
        var itemIds = IdsOf(rows, ReportRowKind.Item);
        var projectIds = IdsOf(rows, ReportRowKind.Project);
        var cityPlans = context.Plans.InForce(regionId, year).Select(p => p.Id).Take(1);
        var indicators = indicatorIds.Count == 0 ? [] : await context.Indicators.AsNoTracking()
            .Where(i => indicatorIds.Contains(i.Id) && cityPlans.Contains(i.PlanId))
            .OrderBy(i => i.Ordinal).ThenBy(i => i.Id)
            .Select(i => new NamedReportRow(new ReportRow(ReportRowKind.Indicator, i.Id), i.Name))
            .ToListAsync(cancellationToken);
        var items = itemIds.Count == 0 ? [] : await (
            from item in context.SpecialColumnItems.AsNoTracking()
            join column in context.SpecialColumns on item.SpecialColumnId equals column.Id
            where itemIds.Contains(item.Id) && cityPlans.Contains(column.PlanId)
            orderby column.Number, item.Number, item.Id
            select new NamedReportRow(new ReportRow(ReportRowKind.Item, item.Id), ItemName(item.Title, column.Number)))
            .ToListAsync(cancellationToken);
        var projects = projectIds.Count == 0 ? [] : await context.Projects.AsNoTracking()
            .Where(p => projectIds.Contains(p.Id) && cityPlans.Contains(p.PlanId))
            .OrderBy(p => p.Ordinal).ThenBy(p => p.Id)
            .Select(p => new NamedReportRow(new ReportRow(ReportRowKind.Project, p.Id), ProjectName(p.Name)))
            .ToListAsync(cancellationToken);
        return [.. indicators, .. items, .. projects];
    }

    public static string ItemName(string title, int columnNumber) => $"{title}（专栏{columnNumber}）";

    public static string ProjectName(string name) => $"{name}（重点项目）";

    private static List<int> IdsOf(IEnumerable<ReportRow> rows, ReportRowKind kind) => [.. rows.Where(r => r.Kind == kind).Select(r => r.Id).Distinct()];
}
