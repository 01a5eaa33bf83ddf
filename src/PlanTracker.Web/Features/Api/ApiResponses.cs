namespace PlanTracker.Web.Features.Api;

// The read API's contract: small records, serialised in camelCase. Kept apart from the pages' view records so that
// a change to a page never changes the API by accident.

/// <summary>One page of a list: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>A region the caller may read, with its plan's id (null: no plan imported yet).</summary>
public sealed record ApiRegion(int Id, string Name, string FullName, string Province, string AdminCode, int? PlanId);

public sealed record ApiPlanSummary(
    int Id,
    int RegionId,
    string Region,
    string Province,
    string Title,
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

/// <summary>A printed value: the text as printed, its number, its comparator (&lt;, ≥ …) and whether it is a five-year total ([ ]).</summary>
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
public sealed record ApiYearValue(int Year, decimal Value, bool Preliminary);

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

/// <summary>A plan's values and statuses as of <c>year</c> (values after it are ignored), like the dashboard.</summary>
public sealed record ApiPlanValues(int PlanId, int RegionId, string Region, int Year, IReadOnlyList<ApiIndicatorValues> Indicators);

public sealed record ApiCanonicalIndicator(int Id, string Name, string Unit, string? Category, bool Cumulative, int CityCount, bool AnyBinding);

/// <summary>One city on a catalogue indicator, in the catalogue's unit; <c>gap</c>: points ahead (+) or behind (−) of τ, the ranking key.</summary>
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
    ApiProgress Progress);

public sealed record ApiComparison(ApiCanonicalIndicator Indicator, int Year, IReadOnlyList<ApiCityComparison> Cities);
