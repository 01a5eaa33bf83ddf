using PlanTracker.Domain.Regions;

namespace PlanTracker.Domain.Plans;

/// <summary>A region's five-year plan. One per region and period: re-imports update it in place.</summary>
public class Plan
{
    public int Id { get; set; }

    public int RegionId { get; set; }

    public Region? Region { get; set; }

    public required string Title { get; set; }

    public int PeriodStart { get; set; } = 2021;

    public int PeriodEnd { get; set; } = 2025;

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
