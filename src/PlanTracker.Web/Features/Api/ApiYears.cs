using System.Globalization;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Web.Features.Api;

/// <summary>The read API's year and period parameters, checked against the periods of the plans involved; messages in Chinese.</summary>
public static class ApiYears
{
    /// <summary>"year 应为规划期 {span}（{name}）内的年份。", naming every span when there are several.</summary>
    public static string OutsideDetail(IReadOnlyList<PlanPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        return periods.Count switch
        {
            0 => "尚未导入任何规划，没有可查询的年份。",
            1 => $"year 应为规划期 {Describe(periods[0])} 内的年份。",
            _ => $"year 应为规划期内的年份：{string.Join("、", periods.Select(Describe))}。",
        };
    }

    /// <summary>"period 应为已导入规划的规划期之一：…", with the accepted form (each period's <see cref="PlanPeriod.Invariant"/>, "first-last").</summary>
    public static string UnknownPeriodDetail(IReadOnlyList<PlanPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        return periods.Count == 0
            ? "尚未导入任何规划，没有可查询的规划期。"
            : $"period 应为已导入规划的规划期之一，写作“起始年-结束年”：{string.Join("、", periods.Select(p => p.Invariant))}。";
    }

    /// <summary>"first-last" (<see cref="PlanPeriod.Invariant"/>; also with — or – between the years) as a period; null when the text is not one.</summary>
    public static PlanPeriod? ParsePeriod(string? text)
    {
        var parts = text?.Trim().Split(['-', '—', '–'], StringSplitOptions.TrimEntries);
        return parts is [var first, var last]
            && int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            && end >= start
                ? new PlanPeriod(start, end)
                : null;
    }

    private static string Describe(PlanPeriod period) => period.Name == period.Span ? period.Span : $"{period.Span}（{period.Name}）";
}
