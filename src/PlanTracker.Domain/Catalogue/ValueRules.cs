namespace PlanTracker.Domain.Catalogue;

/// <summary>What a figure in a unit measures, which decides the values it can take.</summary>
public enum ValueMeaning
{
    /// <summary>A share or rate in % (参保率, 结案率, 失业率, 比重): 0 to 100.</summary>
    Share,

    /// <summary>A change in % (增长, 提高, 下降 …): may be negative, never below −100.</summary>
    Change,

    /// <summary>A number of things, people or money (万人, 人次, 户, 所, 家, 亿元 …): never negative.</summary>
    Count,

    /// <summary>Anything else (an index, 岁, a ratio): no range of its own.</summary>
    Other,
}

/// <summary>The values a figure of one <see cref="ValueMeaning"/> can take, and the Chinese words for breaking them.</summary>
public sealed record ValueRule(ValueMeaning Meaning, string Unit, decimal? Minimum, decimal? Maximum, int MaxDecimals)
{
    /// <summary>Whether <paramref name="value"/> is a value this figure can have.</summary>
    public bool Allows(decimal value) => (Minimum is not { } min || value >= min) && (Maximum is not { } max || value <= max);

    /// <summary>Whether <paramref name="value"/> carries no more decimals than the unit sensibly has.</summary>
    public bool HasSensibleDecimals(decimal value) => decimal.Round(value, MaxDecimals) == value;

    /// <summary>What a value outside <see cref="Allows"/> is told, after the figure's name: “…”是百分比，应在 0 到 100 之间.</summary>
    public string RangeMessage => Meaning switch
    {
        ValueMeaning.Share => "是百分比，应在 0 到 100 之间",
        ValueMeaning.Change => "是增减幅度，不能低于 -100%",
        _ => "不能为负数",
    };

    /// <summary>What a value failing <see cref="HasSensibleDecimals"/> is told, after the figure's name.</summary>
    public string DecimalsMessage => MaxDecimals == 0 ? $"以“{Unit}”为单位，应为整数" : $"最多保留 {MaxDecimals} 位小数";
}

/// <summary>
/// One rule set for the value of a figure, by its unit and what its name says it measures: the same for a value typed
/// in the entry form, sent to the API, read from a workbook, for a 专栏 target's yearly value and for the figures an
/// imported plan prints (where a breach is a warning for the importing admin, not a refusal).
/// <list type="bullet">
/// <item>% with a word of change in the name (增长, 增速, 提高, 下降, 减少 …) → <see cref="ValueMeaning.Change"/>: ≥ −100.</item>
/// <item>any other % → <see cref="ValueMeaning.Share"/>: 0–100.</item>
/// <item>a unit counting things, people or money (ending in 人, 次, 户, 家, 个, 张, 所, 名, 项, 套, 台, 件, 册, 元) →
/// <see cref="ValueMeaning.Count"/>: ≥ 0.</item>
/// <item>otherwise <see cref="ValueMeaning.Other"/>: no range.</item>
/// </list>
/// Every value: at most <see cref="Units.MaxDecimals"/> decimals and a magnitude below <see cref="Largest"/>.
/// </summary>
public static class ValueRules
{
    /// <summary>No figure of a city's plan reaches a thousand million in its unit; one that does has the wrong unit.</summary>
    public const decimal Largest = 1_000_000_000m;

    private static readonly string[] ChangeWords = ["增长", "增速", "增幅", "提高", "提升", "下降", "降低", "减少", "变化"];
    private static readonly string[] CountingUnitEndings = ["人", "次", "户", "家", "个", "张", "所", "名", "项", "套", "台", "件", "册", "元"];

    public static ValueRule For(string? unit, string? name)
    {
        var normalised = Units.Normalise(unit);
        var decimals = Units.MaxDecimals(normalised);
        if (normalised == "%")
        {
            return ChangeWords.Any(w => (name ?? string.Empty).Contains(w, StringComparison.Ordinal))
                ? new ValueRule(ValueMeaning.Change, normalised, -100m, null, decimals)
                : new ValueRule(ValueMeaning.Share, normalised, 0m, 100m, decimals);
        }

        return normalised.Length > 0 && CountingUnitEndings.Any(e => normalised.EndsWith(e, StringComparison.Ordinal))
            ? new ValueRule(ValueMeaning.Count, normalised, 0m, null, decimals)
            : new ValueRule(ValueMeaning.Other, normalised, null, null, decimals);
    }

    /// <summary>Whether the magnitude is one a figure can have in any unit.</summary>
    public static bool WithinMagnitude(decimal value) => Math.Abs(value) < Largest;
}
