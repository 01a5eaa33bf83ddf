using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Progress.Entry;

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
    PlanTracker.Domain.Plans.Measure TargetMeasure,
    ReportedFigures? Figures)
{
    /// <summary>The 规划调整 in force in the form's year (<see cref="TargetMeasure"/> is its target); null: the printed target is.</summary>
    public PlanTracker.Domain.Plans.TargetAdjustment? Adjustment { get; init; }
}

/// <summary>This year's stored figure: a 快报 one and, once it came, the final one, each with its date.</summary>
public sealed record ReportedFigures(decimal Value, bool IsPreliminary, decimal? PreliminaryValue, DateTimeOffset? PreliminaryReportedAt, DateTimeOffset? FinalReportedAt);

public sealed record ProgressEntryForm(int RegionId, string RegionName, int Year, ReportStatus Status, uint? Version, IReadOnlyList<ProgressEntryRow> Rows, SaveProgressRequest Request, DateOnly? Deadline, bool YearClosed, PlanTracker.Domain.Plans.PlanPeriod Period)
{
    /// <summary>The period's years before this one, in order: the earlier-year columns of the form and the workbook.</summary>
    public IEnumerable<int> EarlierYears => Period.Years.Where(y => y < Year);

    /// <summary>Values can be typed while the report is a draft or returned and the year is open.</summary>
    public bool Editable(ReportStatus status) => !YearClosed && ReportWorkflow.IsEditable(status);
}

/// <summary>
/// What a save stored, in an <see cref="Outcome{T}"/>: the report's version now, what is stored for every row of the
/// form, the fields the save was sent with, and the rows that are conflicts (both people changed them; nothing of those
/// rows was written). <see cref="Nothing"/> when the save stored nothing.
/// </summary>
public sealed record SavedProgress(
    uint? Version,
    IReadOnlyDictionary<int, RowConflict> Conflicts,
    IReadOnlyDictionary<int, RowFields> Stored,
    IReadOnlyDictionary<int, RowFields> Sent,
    int SavedRows)
{
    public static SavedProgress Nothing { get; } = new(null, new Dictionary<int, RowConflict>(), new Dictionary<int, RowFields>(), new Dictionary<int, RowFields>(), 0);

    /// <summary>What the save wrote of the 专栏/project part, and its rows left to decide (none when the part was not sent).</summary>
    public Items.WorkWrite Work { get; init; } = Items.WorkWrite.None;

    /// <summary>A save that stored nothing, with its kind and messages (the value is <see cref="Nothing"/>, never null).</summary>
    public static Outcome<SavedProgress> Fail(OutcomeKind kind, params string[] errors) => new(kind, Nothing, errors);
}

/// <summary>
/// A request for one row of the form (an indicator's value, a 专栏 item's or project's first input) to take the focus;
/// <paramref name="Request"/> grows with each request, so the same row can be asked for again.
/// </summary>
public sealed record RowFocus(Review.ReportRow Row, int Request)
{
    /// <summary>The focus request for this row, 0 when another row is asked for.</summary>
    public static int RequestFor(RowFocus? focus, Review.ReportRow row) => focus?.Row == row ? focus.Request : 0;
}
