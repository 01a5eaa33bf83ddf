using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Api;

// The read API's contract: small records, serialised in camelCase. Kept apart from the pages' view records so that
// a change to a page never changes the API by accident.

/// <summary>One page of a list: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>
/// A plan's period: first and last year, the baseline year (the year before the first), the span as printed
/// (<see cref="PlanPeriod.Span"/>) and its name (<see cref="PlanPeriod.Name"/>: “十四五”, “十五五”…; the span again for a plan off the five-year cycle).
/// </summary>
public sealed record ApiPeriod(int FirstYear, int LastYear, int BaselineYear, string Span, string Name)
{
    public static ApiPeriod From(PlanPeriod period) => new(period.FirstYear, period.LastYear, period.BaselineYear, period.Span, period.Name);
}

/// <summary>One of a region's plans: its id and period.</summary>
public sealed record ApiRegionPlan(int Id, ApiPeriod Period);

/// <summary>
/// A region the caller may read. <c>planId</c>: the plan in force in the year the pages open on for the region
/// (null: no plan imported yet); <c>plans</c>: every plan of the region (十四五, 十五五, …), oldest first.
/// </summary>
public sealed record ApiRegion(int Id, string Name, string FullName, string Province, string AdminCode, int? PlanId, IReadOnlyList<ApiRegionPlan> Plans);

public sealed record ApiPlanSummary(
    int Id,
    int RegionId,
    string Region,
    string Province,
    string Title,
    ApiPeriod Period,
    string? DocumentNumber,
    string? Issuer,
    DateOnly? IssuedOn,
    int IndicatorCount,
    int BindingCount,
    int SpecialColumnCount,
    int ProjectCount);

public sealed record ApiChapter(int Number, string Title, IReadOnlyList<string> Sections);

public sealed record ApiSpecialColumn(int Number, string Title, string Kind, int ItemCount);

public sealed record ApiSourceDocument(string FileName, string Sha256, DateTimeOffset ImportedAt);

public sealed record ApiPlanDetail(
    ApiPlanSummary Plan,
    string? IndicatorFootnote,
    IReadOnlyList<ApiChapter> Chapters,
    IReadOnlyList<ApiSpecialColumn> SpecialColumns,
    IReadOnlyList<ApiSourceDocument> Sources);

/// <summary>A printed value: the text as printed, its number, its comparator (&lt;, ≥ …) and whether it is a total over the period ([ ]).</summary>
public sealed record ApiMeasure(string Text, decimal? Value, string? Comparator, bool Cumulative);

/// <summary>A row of the plan's main-indicator table. <c>binding</c>: 约束性; <c>parentId</c>: the row a 其中 row belongs to.</summary>
public sealed record ApiIndicator(
    int Id,
    int? ParentId,
    int? Number,
    string? Category,
    string Name,
    string? Unit,
    ApiMeasure Baseline,
    ApiMeasure Target,
    bool Cumulative,
    bool Binding,
    string? Attribute,
    IReadOnlyDictionary<string, string> ExtraColumns);

/// <summary>A reported yearly value; <c>preliminary</c>: a 快报 figure not yet replaced by the final one.</summary>
/// <summary>A reported value: <c>preliminary</c> for a 快报 figure, <c>review</c> its city-year report's status (approved, submitted, returned, draft).</summary>
public sealed record ApiYearValue(int Year, decimal Value, bool Preliminary, string Review);

/// <summary>The review status of a city-year report as the API spells it.</summary>
public static class ApiReview
{
    public static string Of(ReportStatus status) => status switch
    {
        ReportStatus.Approved => "approved",
        ReportStatus.Submitted => "submitted",
        ReportStatus.Returned => "returned",
        _ => "draft",
    };
}

/// <summary>
/// The progress engine's judgement as the dashboard shows it: status in Chinese and as a code, completion and
/// 时序进度 τ as fractions (1 = 100%), the reason in words.
/// </summary>
public sealed record ApiProgress(
    string Status,
    string StatusCode,
    string Kind,
    int? LatestYear,
    decimal? Latest,
    decimal? Completion,
    decimal? Expected,
    string Reason,
    bool BindingWarning,
    decimal? RemainingAnnualEffort,
    decimal? ProjectionAtEnd,
    bool? BoundRespected);

public sealed record ApiIndicatorValues(
    int IndicatorId,
    int? Number,
    string? Category,
    string Name,
    string? Unit,
    string Baseline,
    string Target,
    bool Cumulative,
    bool Binding,
    bool IsChild,
    IReadOnlyList<ApiYearValue> Values,
    ApiProgress Progress);

/// <summary>
/// A plan's values and statuses as of <c>year</c>, a year of the plan's <c>period</c> (values after it are ignored), like
/// the dashboard: <c>include</c> says which reviewed values count (approved by default; submitted; all),
/// <c>hiddenValues</c> how many reported values that left out.
/// </summary>
public sealed record ApiPlanValues(int PlanId, int RegionId, string Region, int Year, ApiPeriod Period, string Include, int HiddenValues, IReadOnlyList<ApiIndicatorValues> Indicators);

public sealed record ApiCanonicalIndicator(int Id, string Name, string Unit, string? Category, bool Cumulative, int CityCount, bool AnyBinding);

/// <summary>
/// One city on a catalogue indicator, in the catalogue's unit; <c>gap</c>: points ahead (+) or behind (−) of τ, the
/// ranking key; <c>review</c>: the review status of the report of the year the figure stands for (<c>progress.latestYear</c>).
/// </summary>
public sealed record ApiCityComparison(
    string City,
    string PlanIndicatorName,
    string? PlanUnit,
    string BaselineText,
    string TargetText,
    decimal? Baseline,
    decimal? Target,
    decimal? Latest,
    string? Attribute,
    decimal? Gap,
    ApiProgress Progress,
    string? Review);

/// <summary>A catalogue indicator compared as of <c>year</c>; <c>period</c>: the plan period in force in that year (null when none is).</summary>
public sealed record ApiComparison(ApiCanonicalIndicator Indicator, int Year, ApiPeriod? Period, IReadOnlyList<ApiCityComparison> Cities);
