namespace PlanTracker.Domain.Catalogue;

/// <summary>
/// An indicator of the shared catalogue that provincial staff compare across cities (城镇新增就业人数,
/// 失业保险参保人数 …), in one canonical unit. Each plan's own rows are mapped to it.
/// </summary>
public class CanonicalIndicator
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The unit values are converted to for comparison (万人, %, …).</summary>
    public required string Unit { get; set; }

    public string? Category { get; set; }

    /// <summary>Whether plans state it as a five-year total ([ ]).</summary>
    public bool Cumulative { get; set; }

    /// <summary>Which way it is better, as an admin set it; null when nobody has, and the name decides (<see cref="Polarities.Suggest"/>).</summary>
    public Polarity? Polarity { get; set; }
}

/// <summary>A plan's indicator row mapped to the catalogue, with the factor that converts its unit.</summary>
public class IndicatorMapping
{
    public int Id { get; set; }

    public int IndicatorId { get; set; }

    public int CanonicalIndicatorId { get; set; }

    public CanonicalIndicator? CanonicalIndicator { get; set; }

    /// <summary>Multiply the plan's values by this to get the canonical unit (人 → 万人: 0.0001).</summary>
    public decimal UnitFactor { get; set; } = 1m;

    /// <summary>"auto" when names matched after normalisation; otherwise the admin who mapped it.</summary>
    public required string MappedBy { get; set; }

    public DateTimeOffset MappedAt { get; set; }
}
