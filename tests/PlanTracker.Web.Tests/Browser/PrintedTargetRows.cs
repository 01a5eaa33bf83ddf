using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>A row of the entry form to type into: its indicator, its name and a figure it accepts.</summary>
public sealed record TargetRow(int Id, string Name, string Target)
{
    /// <summary>The field's accessible name on the entry form.</summary>
    public string ValueLabel(int year) => $"{Name} {year} 年数值";

    public decimal TargetValue => decimal.Parse(Target, CultureInfo.InvariantCulture);
}

/// <summary>
/// Top-level, not cumulative rows of a city's plan with a printed number as target, and the plan's last year: the
/// figures typed are those targets, inside every bound the rows check.
/// </summary>
public static class PrintedTargetRows
{
    public static async Task<(int Year, IReadOnlyList<TargetRow> Rows)> OfAsync(PlanTrackerDbContext context, string region, int count)
    {
        var plan = await context.Plans.Where(p => p.Region!.Name == region).Select(p => new { p.Id, p.PeriodEnd }).SingleAsync();
        var indicators = await context.Indicators.Where(i => i.PlanId == plan.Id && i.ParentId == null && !i.Cumulative).OrderBy(i => i.Ordinal).ToListAsync();
        var rows = indicators.Where(i => i.Target.Value is not null && !i.Target.Cumulative)
            .Select(i => new TargetRow(i.Id, i.Name, i.Target.Value!.Value.ToString(CultureInfo.InvariantCulture))).Take(count).ToList();
        Assert.Equal(count, rows.Count);
        return (plan.PeriodEnd, rows);
    }
}
