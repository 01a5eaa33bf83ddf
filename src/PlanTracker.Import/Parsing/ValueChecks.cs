using PlanTracker.Domain.Catalogue;
using PlanTracker.Import.Model;

namespace PlanTracker.Import.Parsing;

/// <summary>
/// Warns about values no plan can print (conservative: only what is impossible, never what is merely unusual): a value
/// outside what its unit and name allow (<see cref="ValueRules"/>: a share above 100 % or below 0, a change below
/// −100 %, a negative count of people, places or money), and a baseline and target of the same row a thousandfold
/// apart (a lost or extra decimal point).
/// </summary>
internal static class ValueChecks
{
    private const decimal MagnitudeFactor = 1000m;

    public static void Check(ParseContext context, int line, string name, string? unit, params (string Column, ParsedMeasure Measure)[] values)
    {
        if (!context.CanWarn)
        {
            return;
        }

        var rule = ValueRules.For(unit, name);
        var shown = TextTools.Truncate(name, 30);
        foreach (var (column, measure) in values)
        {
            if (measure.Value is { } value && !rule.Allows(value))
            {
                context.Warn(line, $"“{shown}”的{column}“{measure.Text}”不可能：{Impossible(rule.Meaning)}，请核对");
            }
        }

        var positive = values.Where(v => v.Measure.Value > 0).ToList();
        if (positive.Count >= 2)
        {
            var max = positive.MaxBy(v => v.Measure.Value!.Value);
            var min = positive.MinBy(v => v.Measure.Value!.Value);
            if (max.Measure.Value!.Value >= min.Measure.Value!.Value * MagnitudeFactor)
            {
                context.Warn(line, $"“{shown}”的{min.Column}“{min.Measure.Text}”与{max.Column}“{max.Measure.Text}”相差千倍以上，疑为小数点或单位错误，请核对");
            }
        }
    }

    private static string Impossible(ValueMeaning meaning) => meaning switch
    {
        ValueMeaning.Share => "比率应在 0–100% 之间",
        ValueMeaning.Change => "降幅不能超过 100%",
        _ => "数量不能为负",
    };
}
