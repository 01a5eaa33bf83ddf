using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Dashboard;


/// <summary>One indicator on the dashboard: the plan row, its reported values, and the engine's judgement.</summary>
public sealed record DashboardIndicator(
    int Id,
    string? Category,
    int? Number,
    string Name,
    string? Unit,
    string Baseline,
    string Target,
    decimal? BaselineValue,
    decimal? TargetValue,
    bool Cumulative,
    bool Binding,
    bool IsChild,
    IReadOnlyList<YearValue> Values,
    IndicatorProgress Progress,
    PlanPeriod Period)
{
    /// <summary>The 规划调整 in force in the dashboard's year; null: the printed target is.</summary>
    public TargetAdjustment? Adjustment { get; init; }
}

/// <summary>A plan's project with what the plan sets for it and its latest reported progress (null: not reported yet).</summary>
public sealed record DashboardProject(string Name, string? Nature, string? Period, decimal? TotalInvestment, decimal? PeriodInvestment, LatestProgress? Progress);

/// <summary>A 专栏 with how many of its items carry quantitative targets, and the latest reported progress of its items.</summary>
public sealed record DashboardColumn(int Number, string Title, int Items, int ItemsWithTargets, IReadOnlyList<LatestProgress> Reported)
{
    /// <summary>"已完成 1 · 进行中 2 · 滞后 1（4/7 条已填报，平均完成 55%）", or null when no item is reported.</summary>
    public string? Summary => Reported.Count == 0 ? null :
        string.Join(" · ", Reported.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key.ToChinese()} {g.Count()}"))
        + $"（{Reported.Count}/{Items} 条已填报"
        + (Reported.Any(r => r.PercentComplete is not null) ? $"，平均完成 {Reported.Where(r => r.PercentComplete is not null).Average(r => r.PercentComplete!.Value):0.#}%" : null)
        + "）";
}

public sealed record CityDashboard(
    int RegionId,
    string RegionName,
    int PlanId,
    string PlanTitle,
    PlanPeriod Period,
    int Year,
    IReadOnlyList<DashboardIndicator> Indicators,
    IReadOnlyList<DashboardProject> Projects,
    IReadOnlyList<DashboardColumn> Columns)
{
    public int Count(ProgressStatus status) => Indicators.Count(i => i.Progress.Status == status);

    /// <summary>Binding indicators behind time or breaking their bound: what leaders must see first.</summary>
    public IEnumerable<DashboardIndicator> BindingWarnings => Indicators.Where(i => i.Progress.BindingWarning);
}
