using PlanTracker.Domain.Progress;

namespace PlanTracker.Web.Features.Dashboard;

public sealed record CityOption(int RegionId, string Name);

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
    IndicatorProgress Progress);

/// <summary>A plan's project with what the plan sets for it; completed investment comes with project reporting.</summary>
public sealed record DashboardProject(string Name, string? Nature, string? Period, decimal? TotalInvestment, decimal? PeriodInvestment);

/// <summary>A 专栏 with how many of its items carry quantitative targets.</summary>
public sealed record DashboardColumn(int Number, string Title, int Items, int ItemsWithTargets);

public sealed record CityDashboard(
    int RegionId,
    string RegionName,
    int PlanId,
    string PlanTitle,
    int Year,
    IReadOnlyList<DashboardIndicator> Indicators,
    IReadOnlyList<DashboardProject> Projects,
    IReadOnlyList<DashboardColumn> Columns)
{
    public int Count(ProgressStatus status) => Indicators.Count(i => i.Progress.Status == status);

    /// <summary>Binding indicators behind time or breaking their bound: what leaders must see first.</summary>
    public IEnumerable<DashboardIndicator> BindingWarnings => Indicators.Where(i => i.Progress.BindingWarning);
}
