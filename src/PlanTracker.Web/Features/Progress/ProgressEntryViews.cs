using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Progress;

/// <summary>One indicator on the entry form: the plan row, earlier years, and this year's input.</summary>
public sealed record ProgressEntryRow(
    int IndicatorId,
    string? Category,
    int? Number,
    string Name,
    string? Unit,
    string Baseline,
    string Target,
    bool Cumulative,
    bool Binding,
    bool IsChild,
    IReadOnlyDictionary<int, decimal> EarlierYears,
    PlanTracker.Domain.Plans.Measure TargetMeasure);

public sealed record ProgressEntryForm(int RegionId, string RegionName, int Year, ReportStatus Status, uint? Version, IReadOnlyList<ProgressEntryRow> Rows, SaveProgressRequest Request);

public enum SaveOutcome
{
    Saved,
    Invalid,
    Conflict,
    NotAllowed,
}

/// <summary>The result of a save: errors in Chinese, or for a conflict the values someone else saved meanwhile.</summary>
public sealed record SaveProgressResult(SaveOutcome Outcome, IReadOnlyList<string> Errors, uint? Version, IReadOnlyDictionary<int, decimal?> TheirValues, string? TheirUser)
{
    public static SaveProgressResult Fail(SaveOutcome outcome, params string[] errors) => new(outcome, errors, null, new Dictionary<int, decimal?>(), null);
}
