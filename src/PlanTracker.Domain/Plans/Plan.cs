using PlanTracker.Domain.Regions;

namespace PlanTracker.Domain.Plans;

/// <summary>A region's five-year plan. A region has a sequence of them (十四五, 十五五, …), one per period: re-imports update it in place.</summary>
public class Plan
{
    public int Id { get; set; }

    public int RegionId { get; set; }

    public Region? Region { get; set; }

    public required string Title { get; set; }

    /// <summary>The period's first year (2021 for a 14th plan, 2026 for a 15th); set from the document on import.</summary>
    public required int PeriodStart { get; set; }

    /// <summary>The period's last year, the year of the targets.</summary>
    public required int PeriodEnd { get; set; }

    /// <summary>The period as a value: its years, baseline year and name.</summary>
    public PlanPeriod Period => new(PeriodStart, PeriodEnd);

    public string? DocumentNumber { get; set; }

    public string? Issuer { get; set; }

    public DateOnly? IssuedOn { get; set; }

    /// <summary>The footnote under the main-indicator table.</summary>
    public string? IndicatorFootnote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<SourceDocument> SourceDocuments { get; set; } = [];

    public List<Chapter> Chapters { get; set; } = [];

    public List<Indicator> Indicators { get; set; } = [];

    public List<PreviousPeriodResult> PreviousPeriodResults { get; set; } = [];

    public List<SpecialColumn> SpecialColumns { get; set; } = [];

    public List<Project> Projects { get; set; } = [];
}
