using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Reports;

/// <summary>One indicator in the 总结评估: the plan row, its approved values, the engine after the last year and the verdict.</summary>
/// <param name="FinalIsPreliminary">The last year's approved value is still a 快报 figure.</param>
/// <param name="Cause">For a 约束性 indicator not completed: the reporter's 原因分析 with the last year's value.</param>
public sealed record FinalIndicatorRow(
    int Id,
    string? Category,
    string Name,
    string? Unit,
    string Baseline,
    string Target,
    bool Cumulative,
    bool Binding,
    bool IsChild,
    IReadOnlyList<YearValue> Values,
    IndicatorProgress AtEnd,
    FinalVerdict Verdict,
    bool FinalIsPreliminary,
    string? Cause,
    string? CorrectiveMeasures)
{
    /// <summary>What the plan ended at: the period's total for a cumulative indicator, else the last year's value; null without the last year.</summary>
    public decimal? FinalValue => Verdict == FinalVerdict.NoFinalData ? null : Cumulative ? Values.Sum(v => v.Value) : AtEnd.LatestValue;

    /// <summary>The 规划调整 in force in the period's last year; null: the printed target is.</summary>
    public TargetAdjustment? Adjustment { get; init; }

    /// <summary>A 约束性 indicator the plan did not complete: listed first, with cause and measures.</summary>
    public bool MissedBinding => Binding && Verdict == FinalVerdict.NotCompleted;
}

/// <summary>A project at the plan's end: its planned investment in the period and what was reported spent (approved years only).</summary>
public sealed record FinalProjectRow(string Name, decimal? PeriodInvestment, decimal? SpentInvestment, WorkStatus? Status, int? LastReportedYear);

/// <summary>The 专栏 items and projects at the plan's end, from the approved years' progress.</summary>
public sealed record FinalWorkSummary(int Items, int ItemsReported, int ItemsCompleted, IReadOnlyList<FinalProjectRow> Projects)
{
    public int ProjectsCompleted => Projects.Count(p => p.Status == WorkStatus.Completed);

    public decimal? PlannedInvestment => Projects.Any(p => p.PeriodInvestment is not null) ? Projects.Sum(p => p.PeriodInvestment ?? 0m) : null;

    public decimal? SpentInvestment => Projects.Any(p => p.SpentInvestment is not null) ? Projects.Sum(p => p.SpentInvestment ?? 0m) : null;
}

/// <summary>The narrative a leader writes (主要成效、存在问题、下一步工作), with who wrote it last; <see cref="Version"/> null before the first save.</summary>
public sealed record FinalNarrative(string? Achievements, string? Problems, string? NextSteps, string? UpdatedBy, DateTimeOffset? UpdatedAt, uint? Version)
{
    public static FinalNarrative Empty { get; } = new(null, null, null, null, null, null);
}

/// <summary>
/// The 总结评估 of a city's plan: each indicator judged by <see cref="FinalJudgement"/> on the approved values only
/// (a year whose report is not 已审核 contributes nothing, and the report lists it), the 专栏 items and projects, and
/// the leader's narrative.
/// </summary>
public sealed record FinalEvaluation(
    int RegionId,
    string RegionName,
    int PlanId,
    string PlanTitle,
    PlanPeriod Period,
    bool Ended,
    IReadOnlyDictionary<int, ReportStatus?> YearStatuses,
    IReadOnlyList<FinalIndicatorRow> Indicators,
    FinalWorkSummary Work,
    FinalNarrative Narrative,
    bool CanWriteNarrative,
    DateTimeOffset GeneratedAt)
{
    /// <summary>The years whose approved figures the evaluation uses.</summary>
    public IReadOnlyList<int> ApprovedYears => [.. YearStatuses.Where(s => s.Value == ReportStatus.Approved).Select(s => s.Key).Order()];

    /// <summary>The period's years left out: not approved (or never reported).</summary>
    public IReadOnlyList<int> LeftOutYears => [.. Period.Years.Where(y => !ApprovedYears.Contains(y))];

    public int Count(FinalVerdict verdict) => Indicators.Count(i => i.Verdict == verdict);

    /// <summary>Missed 约束性 indicators: what the report shows first.</summary>
    public IReadOnlyList<FinalIndicatorRow> MissedBinding => [.. Indicators.Where(i => i.MissedBinding)];

    public string Title => $"{RegionName}{Period.Name}规划实施总结评估报告";
}
