using System.Text.RegularExpressions;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Import.Parsing;

/// <summary>
/// Five-year plans by their ordinal, as texts name them: "十五五", "“十四五”", "第十五个五年". The inverse of
/// <see cref="PlanPeriod.Ordinal"/>: the 3rd plan started in 1966 and every later one five years on.
/// </summary>
internal static partial class PlanOrdinals
{
    /// <summary>The first year of the 3rd Five-Year Plan, as <see cref="PlanPeriod"/> counts.</summary>
    private const int ThirdPlanStart = 1966;

    /// <summary>The five-year period of the <paramref name="ordinal"/>-th plan (15 → 2026–2030).</summary>
    public static PlanPeriod PeriodOf(int ordinal) => PlanPeriod.FiveYearsFrom(ThirdPlanStart + (5 * (ordinal - 3)));

    /// <summary>The ordinal a period name in a header or title stands for ("十三五基数" → 13), or null.</summary>
    public static int? OrdinalIn(string text)
    {
        var match = ShortName().Match(text);
        return match.Success ? ValueOf(match) : null;
    }

    /// <summary>Every plan ordinal the text names, short ("十五五") or long ("第十五个五年"), in order.</summary>
    public static IEnumerable<int> OrdinalsIn(string text)
    {
        foreach (Match match in AnyName().Matches(text))
        {
            if (ValueOf(match) is { } ordinal)
            {
                yield return ordinal;
            }
        }
    }

    private static int? ValueOf(Match match)
    {
        if (match.Groups["unit"].Success)
        {
            return 10 + "一二三四五六七八九".IndexOf(match.Groups["unit"].Value, StringComparison.Ordinal) + 1;
        }

        return match.Groups["long"].Success && TextTools.ParseChineseNumber(match.Groups["long"].Value) is { } n and > 3 ? n : null;
    }

    /// <summary>"十三五", "十四五", "十五五": 十, the unit digit, 五 — not inside a longer numeral.</summary>
    [GeneratedRegex(@"(?<![一二三四五六七八九十百])十(?<unit>[一二三四五六七八九])五(?![一二三四五六七八九十])")]
    private static partial Regex ShortName();

    [GeneratedRegex(@"(?<![一二三四五六七八九十百])十(?<unit>[一二三四五六七八九])五(?![一二三四五六七八九十])|第(?<long>[一二三四五六七八九十]{1,3})个五年")]
    private static partial Regex AnyName();
}
