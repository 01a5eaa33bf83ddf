namespace PlanTracker.Domain.Regions;

/// <summary>
/// Reference data for the regions whose plans PlanTracker knows. A plan names itself (长沙市, 湘西自治州);
/// this catalogue supplies the official full name, province and administrative code.
/// </summary>
public static class KnownRegions
{
    public static readonly IReadOnlyList<Region> All =
    [
        new() { Name = "长沙市", FullName = "长沙市", ShortName = "长沙", Province = "湖南省", AdminCode = "430100" },
        new() { Name = "株洲市", FullName = "株洲市", ShortName = "株洲", Province = "湖南省", AdminCode = "430200" },
        new() { Name = "湘西自治州", FullName = "湘西土家族苗族自治州", ShortName = "湘西", Province = "湖南省", AdminCode = "433100" },
        new() { Name = "鄂州市", FullName = "鄂州市", ShortName = "鄂州", Province = "湖北省", AdminCode = "420700" },
    ];

    /// <summary>Finds a region by any of its names (湘西, 湘西自治州, 湘西土家族苗族自治州).</summary>
    public static Region? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        return All.FirstOrDefault(r => r.Name == trimmed || r.FullName == trimmed || r.ShortName == trimmed);
    }

    /// <summary>A region not in the catalogue: named as the plan names itself, code unknown.</summary>
    public static Region Unlisted(string name) => new()
    {
        Name = name,
        FullName = name,
        ShortName = name.TrimEnd('市', '州'),
        Province = string.Empty,
        AdminCode = string.Empty,
    };
}
