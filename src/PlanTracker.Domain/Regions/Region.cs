namespace PlanTracker.Domain.Regions;

/// <summary>A prefecture-level city or autonomous prefecture that publishes a plan.</summary>
public class Region
{
    public int Id { get; set; }

    /// <summary>The name the plan calls itself by: 长沙市, 湘西自治州.</summary>
    public required string Name { get; set; }

    /// <summary>The official full name: 湘西土家族苗族自治州.</summary>
    public required string FullName { get; set; }

    /// <summary>The short name used in tables and charts: 长沙, 湘西.</summary>
    public required string ShortName { get; set; }

    public required string Province { get; set; }

    /// <summary>The six-digit administrative division code (GB/T 2260).</summary>
    public required string AdminCode { get; set; }
}
