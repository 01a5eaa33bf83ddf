using System.Text.RegularExpressions;

namespace PlanTracker.Import.Tests;

/// <summary>A JSON null where the model holds a text is filled with an empty text, never left as null (fuzz, issue 11).</summary>
public partial class PlanJsonNullTests
{
    [Fact]
    public void NullWarningMessageIsFilled()
    {
        var json = PlanJson.Serialize(Seeds.Plan(Seeds.Xiangxi) with { Warnings = [new(127, "第127行无法识别")] });
        var mutated = json.Replace("\"message\": \"第127行无法识别\"", "\"message\": null", StringComparison.Ordinal);
        Assert.NotEqual(json, mutated);

        var plan = PlanJson.Deserialize(mutated);

        Assert.NotNull(plan);
        var warning = Assert.Single(plan.Warnings);
        Assert.Equal(127, warning.Line);
        Assert.Equal(string.Empty, warning.Message);
    }

    [Fact]
    public void NullExtraColumnValueIsFilled()
    {
        var json = PlanJson.Serialize(Seeds.Plan(Seeds.Ezhou));
        var mutated = ExtraValue().Replace(json, "\"十三五目标\": null", 1);
        Assert.NotEqual(json, mutated);

        var plan = PlanJson.Deserialize(mutated);

        Assert.NotNull(plan);
        Assert.All(plan.Indicators.Where(i => i.ExtraColumns is not null).SelectMany(i => i.ExtraColumns!.Values), v => Assert.NotNull(v));
        Assert.Contains(plan.Indicators, i => i.ExtraColumns is not null && i.ExtraColumns.TryGetValue("十三五目标", out var v) && v.Length == 0);
    }

    [GeneratedRegex("\"十三五目标\": \"[^\"]*\"")]
    private static partial Regex ExtraValue();
}
