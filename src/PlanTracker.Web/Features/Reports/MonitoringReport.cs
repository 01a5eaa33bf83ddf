using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Dashboard;

namespace PlanTracker.Web.Features.Reports;

/// <summary>What a reporter wrote with one value: note, source, 快报 flag, and for a binding indicator the cause and measures.</summary>
public sealed record ReportNote(string Indicator, bool Binding, int Year, string? Note, string? Source, bool IsPreliminary, string? Cause, string? CorrectiveMeasures);

/// <summary>
/// A city's 年度监测报告 (or the 中期评估 as of the plan's <see cref="PlanPeriod.MidtermYear"/>): the dashboard's engine
/// results as of the year for the plan in force (<see cref="Period"/>), the reporters' notes, the year's report status and
/// its approval date.
/// </summary>
public sealed record MonitoringReport(
    CityDashboard Dashboard,
    bool Midterm,
    ReportStatus? Status,
    DateTimeOffset? ApprovedAt,
    bool HasDemoValues,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<ReportNote> Notes)
{
    public int Year => Dashboard.Year;

    /// <summary>When the year was approved, if its report was kept then (<see cref="ApprovedReports"/>); null otherwise.</summary>
    public DateTimeOffset? ApprovedAs { get; init; }

    /// <summary>The report shows what was approved (not the figures of now).</summary>
    public bool ShowsApproved { get; init; }

    /// <summary>The indicators whose figure, status or target in force differ between the approved report and now.</summary>
    public IReadOnlySet<int> Changed { get; init; } = new HashSet<int>();

    /// <summary>The period of the plan reported on.</summary>
    public PlanPeriod Period => Dashboard.Period;

    /// <summary>For the 中期评估: the plan's years after the evaluation year ("2024—2025年").</summary>
    public string RemainingSpan => ReportText.Remaining(Period, Year);

    /// <summary>"2021—2023年": the years the 中期评估 covers (the plan's first year up to the report's year).</summary>
    public string ElapsedSpan => ReportText.ElapsedSpan(Period, Year);

    /// <summary>The 时序进度 at the report's year.</summary>
    public decimal Elapsed => ReportText.Elapsed(Period, Year);

    /// <summary>The report's year as the plan's nth year (1 for the first).</summary>
    public int YearOfPlan => Year - Period.FirstYear + 1;

    /// <summary>"2025年目标": the heading of the target column (the plan's last year).</summary>
    public string TargetHeading => $"{Period.LastYear}年目标";

    /// <summary>The latest year with any reported value up to the report's year; null when nothing is reported.</summary>
    public int? LatestDataYear => Dashboard.Indicators.SelectMany(i => i.Values).Select(v => (int?)v.Year).Max();

    /// <summary>
    /// Whether there is something to report: for a year's report, values of that very year (a year nobody reported is
    /// not re-labelled with older figures); for the mid-term evaluation, any value up to the plan's midterm year.
    /// Without it the report says so instead of showing empty tables.
    /// </summary>
    public bool HasData => Midterm ? LatestDataYear is not null : LatestDataYear == Year;

    /// <summary>Only an approved year is final; anything else is printed as 未审核.</summary>
    public bool IsApproved => Status == ReportStatus.Approved;

    public string StatusText => Status?.ToChinese() ?? "未填报";

    public int Count(ProgressStatus status) => Dashboard.Count(status);

    /// <summary>Indicators the engine judges (not 无数据 or 不评估).</summary>
    public int Assessed => Dashboard.Indicators.Count(i => i.Progress.Status is not (ProgressStatus.NoData or ProgressStatus.NotAssessable));

    /// <summary>提前实现 + 快于预期 + 基本符合预期.</summary>
    public int OnCourse => Count(ProgressStatus.AchievedEarly) + Count(ProgressStatus.Ahead) + Count(ProgressStatus.OnTrack);

    /// <summary>滞后 + 严重滞后.</summary>
    public int Lagging => Count(ProgressStatus.Behind) + Count(ProgressStatus.SeverelyBehind);
}
