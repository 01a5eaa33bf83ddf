namespace PlanTracker.Domain.Plans;

/// <summary>
/// What a city's leader writes into the 总结评估 of an ended plan: the narrative sections such reports carry
/// (主要成效、存在问题、下一步工作). The figures beside them are computed, never stored here.
/// </summary>
public class PlanEvaluation
{
    /// <summary>Longest text of one section (characters): about four A4 pages of prose.</summary>
    public const int MaxSectionLength = 8000;

    public int PlanId { get; set; }

    /// <summary>主要成效.</summary>
    public string? Achievements { get; set; }

    /// <summary>存在问题.</summary>
    public string? Problems { get; set; }

    /// <summary>下一步工作.</summary>
    public string? NextSteps { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    /// <summary>PostgreSQL's xmin: two leaders editing at once cannot overwrite each other.</summary>
    public uint Version { get; set; }
}
