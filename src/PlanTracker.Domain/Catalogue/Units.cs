namespace PlanTracker.Domain.Catalogue;

/// <summary>
/// Which units measure the same thing, and how to convert between them. Different kinds (a count and a rate:
/// 参保人数 vs 参保率) never convert, so they can never be lined up.
/// </summary>
public static class Units
{
    /// <summary>Unit → (kind, factor to the kind's base unit).</summary>
    private static readonly Dictionary<string, (string Kind, decimal Factor)> Known = new(StringComparer.Ordinal)
    {
        ["人"] = ("people", 1m),
        ["万人"] = ("people", 10_000m),
        ["人次"] = ("person-times", 1m),
        ["万人次"] = ("person-times", 10_000m),
        ["%"] = ("percent", 1m),
        ["元"] = ("money", 1m),
        ["万元"] = ("money", 10_000m),
        ["亿元"] = ("money", 100_000_000m),
        ["张"] = ("cards", 1m),
        ["万张"] = ("cards", 10_000m),
        ["家"] = ("organisations", 1m),
        ["个"] = ("items", 1m),
    };

    /// <summary>
    /// Whether a non-cumulative indicator in this unit is a stock counted at year end (参保人数 万人, 社会保障卡 万张,
    /// 机构 家): such a figure normally does not fall. Flows (人次), money and rates are not stocks.
    /// </summary>
    public static bool IsStockUnit(string? unit) =>
        Known.TryGetValue(Normalise(unit), out var known) && known.Kind is "people" or "cards" or "organisations" or "items";

    /// <summary>
    /// How many decimals a reported value sensibly carries in this unit: 0 for counts of whole things (人, 人次, 家, 个,
    /// 张, 户, 所, 名, 项, 套, 台, 件, 册), 2 for percentages, 4 otherwise (0.0001 万人 is one person; 0.0001 亿元 is 10,000 元).
    /// </summary>
    public static int MaxDecimals(string? unit) => Normalise(unit) switch
    {
        "人" or "人次" or "家" or "个" or "张" or "户" or "所" or "名" or "项" or "套" or "台" or "件" or "册" => 0,
        "%" => 2,
        _ => 4,
    };

    public static string Normalise(string? unit) =>
        (unit ?? string.Empty).Trim().Replace("％", "%", StringComparison.Ordinal);

    /// <summary>The factor that converts a value in <paramref name="from"/> to <paramref name="to"/>, or null when they measure different things.</summary>
    public static decimal? ConversionFactor(string? from, string? to)
    {
        var source = Normalise(from);
        var target = Normalise(to);
        if (source == target)
        {
            return 1m;
        }

        return Known.TryGetValue(source, out var s) && Known.TryGetValue(target, out var t) && s.Kind == t.Kind
            ? s.Factor / t.Factor
            : null;
    }
}
