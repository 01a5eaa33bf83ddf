namespace PlanTracker.Domain.Plans;

/// <summary>A row of a major-project table (湘西 专栏2).</summary>
public class Project
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int Ordinal { get; set; }

    public int? Number { get; set; }

    public required string Name { get; set; }

    /// <summary>新建 or 续建.</summary>
    public string? Nature { get; set; }

    public string? Location { get; set; }

    public string? Owner { get; set; }

    public string? Content { get; set; }

    public string? Period { get; set; }

    /// <summary>Total investment, 亿元.</summary>
    public decimal? TotalInvestment { get; set; }

    /// <summary>Investment within the plan period, 亿元.</summary>
    public decimal? PeriodInvestment { get; set; }

    public string? FundingSource { get; set; }
}
