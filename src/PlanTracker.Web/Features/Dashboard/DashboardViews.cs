using System.Text.Json.Serialization;
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

    /// <summary>
    /// The review status of the city-year report of each year among <see cref="Values"/>. A year missing from it is not
    /// marked (an approved report's snapshot kept before statuses were recorded).
    /// </summary>
    public IReadOnlyDictionary<int, ReportStatus> YearStatuses { get; init; } = new Dictionary<int, ReportStatus>();

    /// <summary>How many of the row's reported values the dashboard's 数据范围 left out.</summary>
    public int HiddenValues { get; init; }

    /// <summary>The engine's reason, or for a row with nothing in scope but unreviewed values, that it has no reviewed figure yet.</summary>
    [JsonIgnore]
    public string Explanation => Progress.Status == ProgressStatus.NoData && HiddenValues > 0
        ? $"尚无计入范围的数据（另有 {HiddenValues} 个未审核数值）"
        : Progress.Reason;

    /// <summary>
    /// The years whose unapproved values the shown figure uses, oldest first: for a cumulative indicator every year of
    /// its running total, otherwise the latest year. Empty when the figure stands on approved values only.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<int> UnapprovedYears =>
        [.. (Cumulative ? Values.Where(v => Period.Contains(v.Year)).Select(v => v.Year) : Progress.LatestYear is { } latest ? [latest] : [])
            .Where(y => StatusOf(y).IsUnapproved()).Order()];

    /// <summary>The status of the latest year's report when it is not approved (草稿, 已提交, 已退回); null when approved or unknown.</summary>
    [JsonIgnore]
    public ReportStatus? UnapprovedLatest =>
        Progress.LatestYear is { } latest && StatusOf(latest).IsUnapproved() ? StatusOf(latest)
        : UnapprovedYears.Count > 0 ? YearStatuses[UnapprovedYears[^1]]
        : null;

    /// <summary>The year's report status, or null when it is not recorded.</summary>
    private ReportStatus? StatusOf(int year) => YearStatuses.TryGetValue(year, out var status) ? status : null;
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

    /// <summary>Which reviewed values the figures use (<see cref="ValueScope.All"/> for a snapshot kept before scopes existed).</summary>
    public ValueScope Scope { get; init; } = ValueScope.All;

    /// <summary>The review status of each year's city-year report within the period up to <see cref="Year"/>; a year without a report is missing.</summary>
    public IReadOnlyDictionary<int, ReportStatus> ReportStatuses { get; init; } = new Dictionary<int, ReportStatus>();

    /// <summary>How many reported values the scope left out (unreviewed values that "含草稿" would add).</summary>
    public int HiddenValues { get; init; }

    /// <summary>How many shown figures use unapproved values.</summary>
    [JsonIgnore]
    public int UnapprovedFigures => Indicators.Count(i => i.UnapprovedYears.Count > 0);

    /// <summary>
    /// The same dashboard with <paramref name="year"/>'s report in <paramref name="status"/>: what the approval keeps,
    /// read inside its transaction before the new status is saved.
    /// </summary>
    public CityDashboard WithStatusOf(int year, ReportStatus status) => this with
    {
        ReportStatuses = new Dictionary<int, ReportStatus>(ReportStatuses) { [year] = status },
        Indicators = [.. Indicators.Select(i => i.YearStatuses.ContainsKey(year) ? i with { YearStatuses = new Dictionary<int, ReportStatus>(i.YearStatuses) { [year] = status } } : i)],
    };
}
