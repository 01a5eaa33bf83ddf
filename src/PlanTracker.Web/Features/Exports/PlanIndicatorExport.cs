using PlanTracker.Domain.Reporting;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Web.Features.Exports;

/// <summary>A plan's indicators with their yearly values and the engine's judgement, as the exports show them; the columns follow the plan's <see cref="Period"/>.</summary>
public sealed record PlanIndicatorExport(
    int PlanId,
    string City,
    string PlanTitle,
    PlanPeriod Period,
    DateTimeOffset ExportedAt,
    int? AssessedYear,
    IReadOnlyList<PlanIndicatorExportRow> Rows)
{
    public bool HasDemoValues => Rows.Any(r => r.DemoYears.Count > 0);

    /// <summary>Which reviewed values the yearly columns and the judgement use.</summary>
    public ValueScope Scope { get; init; } = ValueScope.Approved;

    /// <summary>How many values of the period the scope left out.</summary>
    public int HiddenValues { get; init; }

    public bool HasUnapprovedValues => Rows.Any(r => r.UnapprovedYears.Count > 0);
}

/// <summary>A year and the status of its city-year report.</summary>
public sealed record YearStatus(int Year, ReportStatus Status);

/// <summary>One indicator: as printed, its value per year of the plan's period, which of them are 快报 or 演示数据, and where it stands.</summary>
public sealed record PlanIndicatorExportRow(
    string? Category,
    int? Number,
    string Name,
    bool IsChild,
    string? Unit,
    string? Attribute,
    string Baseline,
    string Target,
    bool Cumulative,
    IReadOnlyDictionary<int, decimal> Values,
    IReadOnlyList<int> PreliminaryYears,
    IReadOnlyList<int> DemoYears,
    decimal? Completion,
    decimal? Expected,
    string Status)
{
    /// <summary>The years among <see cref="Values"/> whose report is not approved, with its status (草稿, 已提交, 已退回).</summary>
    public IReadOnlyList<YearStatus> UnapprovedYears { get; init; } = [];

    /// <summary>The running total over the period of a cumulative indicator ([75]); null for others or when nothing is reported.</summary>
    public decimal? PeriodTotal => Cumulative && Values.Count > 0 ? Values.Values.Sum() : null;
}
