using System.Globalization;
using PlanTracker.Domain.Plans;

namespace PlanTracker.Domain.Progress;

/// <summary>
/// The reason texts. Percentages are rounded half away from zero (四舍五入) to whole points, and the points ahead or
/// behind are the difference of the two rounded percentages, so the sentence always adds up.
/// </summary>
internal static class ProgressReasons
{
    public const string NoData = "尚无填报数据";

    public static string TextOnly(Measure target) =>
        target.IsTextOnly ? $"目标为文字表述（{target.Text}），不评估进度" : "无目标值，不评估进度";

    public const string ZeroTarget = "目标值为0，无法计算完成率";

    /// <summary>"完成42%，时序进度60%，落后18个百分点"; "…超前8个百分点"; "…与时序进度持平"; "…已提前实现2025年目标".</summary>
    public static string Track(EvaluationContext context, decimal completion, bool achieved)
    {
        var done = Percent(completion);
        var expected = Percent(context.Expected);
        var note = context.Kind == IndicatorKind.NoBaseline ? "（无基数，按最新值与目标值之比计算）" : string.Empty;
        var head = $"完成{done}%{note}，时序进度{expected}%，";
        if (achieved)
        {
            return head + (context.IsFinalYear ? "已实现" : "已提前实现") + $"{context.PeriodEnd}年目标";
        }

        var points = done - expected;
        var tail = points switch
        {
            > 0 => $"超前{points}个百分点",
            < 0 => $"落后{-points}个百分点",
            _ => "与时序进度持平",
        };
        return head + tail + (completion < 0 ? "，与目标方向相反" : string.Empty);
    }

    /// <summary>"2023年5.2，低于5.5的控制目标"; "2023年5.8，超出5.5的控制目标"; "2023年97，高于96的目标下限".</summary>
    public static string Bound(EvaluationContext context, decimal compared, bool respected)
    {
        var year = context.Series.LatestYear;
        var head = context.Kind == IndicatorKind.Ceiling && context.Cumulative
            ? $"截至{year}年累计{Number(compared)}，"
            : $"{year}年{Number(compared)}，";
        var bound = context.TargetValue;
        var b = Number(bound);
        var above = compared > bound;
        var below = compared < bound;
        var phrase = context.Kind switch
        {
            IndicatorKind.Ceiling when respected => below ? $"低于{b}的控制目标" : $"等于{b}的控制目标上限",
            IndicatorKind.Ceiling => above ? $"超出{b}的控制目标" : $"未低于{b}的控制目标",
            IndicatorKind.Floor when respected => above ? $"高于{b}的目标下限" : $"达到{b}的目标下限",
            IndicatorKind.Floor => below ? $"低于{b}的目标下限" : $"未高于{b}的目标下限",
            _ when respected => above ? $"高于{b}的保持目标" : $"达到{b}的保持目标",
            _ => $"低于{b}的保持目标",
        };
        return head + phrase;
    }

    /// <summary>A fraction as whole percentage points, rounded half away from zero: 0.41333 → 41.</summary>
    public static decimal Percent(decimal fraction) => Math.Round(fraction * 100m, 0, MidpointRounding.AwayFromZero);

    /// <summary>A value as reported, without trailing zeros: 5.50 → "5.5".</summary>
    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
