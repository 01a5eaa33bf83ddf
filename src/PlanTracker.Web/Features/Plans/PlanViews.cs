using PlanTracker.Domain.Plans;
using PlanTracker.Data.Importing;
namespace PlanTracker.Web.Features.Plans;

public sealed record PlanSummary(
    int Id,
    string Region,
    string RegionFullName,
    string Province,
    string Title,
    string? DocumentNumber,
    string? Issuer,
    DateOnly? IssuedOn,
    int IndicatorCount,
    int BindingCount,
    int SpecialColumnCount,
    int ProjectCount,
    int SourceCount,
    int PeriodStart,
    int PeriodEnd);

/// <summary>A row of a main-indicator table as a reader sees it: values exactly as printed.</summary>
public sealed record IndicatorRow(
    int? Number,
    string? Category,
    string Name,
    string? Unit,
    string Baseline,
    string Target,
    bool Cumulative,
    string? Attribute,
    bool IsChild,
    IReadOnlyDictionary<string, string> ExtraColumns);

public sealed record PreviousResultRow(int? Number, string Name, string? Unit, string PreviousBase, string Planned, string Actual, string? Attribute, bool IsChild);

public sealed record SectionView(int Number, string Title, IReadOnlyList<string> Paragraphs);

public sealed record ChapterView(int Number, string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<SectionView> Sections);

public sealed record ItemTargetView(string Phrase, decimal Value, string Unit, string? Comparator, int? Year);

public sealed record SpecialColumnItemView(int Number, string Title, string Text, IReadOnlyList<ItemTargetView> Targets);

public sealed record SpecialColumnView(int Number, string Title, string Kind, int? ChapterNumber, int? SectionNumber, IReadOnlyList<SpecialColumnItemView> Items);

public sealed record ProjectView(int? Number, string Name, string? Nature, string? Location, string? Owner, string? Content, string? Period, decimal? TotalInvestment, decimal? PeriodInvestment, string? FundingSource);

/// <summary>One imported version of a plan: its source, who imported it, the corrections made, whether it can be restored.</summary>
public sealed record SourceDocumentView(
    int Id, string FileName, string Sha256, string Layout, string Encoding, int WarningCount, DateTimeOffset ImportedAt, string ImportedBy,
    SourceOrigin Origin, int? RestoredFromId, bool Restorable, IReadOnlyList<CorrectionEntry> Corrections)
{
    /// <summary>The plan's current version is the last one imported.</summary>
    public bool IsCurrent { get; init; }
}

public sealed record PlanDetail(
    PlanSummary Summary,
    string? IndicatorFootnote,
    IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyList<PreviousResultRow> PreviousPeriod,
    IReadOnlyList<ChapterView> Chapters,
    IReadOnlyList<SpecialColumnView> SpecialColumns,
    IReadOnlyList<ProjectView> Projects,
    IReadOnlyList<SourceDocumentView> Sources);
