using PlanTracker.Import.Model;

namespace PlanTracker.Import.Parsing;

/// <summary>
/// Warns about values no plan can print (conservative: only what is impossible, never what is merely unusual):
/// a share (…率, 比例, 占比, 覆盖, 满意度; not a growth rate) above 100 % or below 0, a negative count of people or
/// places, and a baseline and target of the same row a thousandfold apart (a lost or extra decimal point).
/// </summary>
internal static class ValueChecks
{
    private const decimal MagnitudeFactor = 1000m;

    private static readonly string[] ShareWords = ["率", "比例", "占比", "覆盖", "满意度"];
    private static readonly string[] ChangeWords = ["增长", "增速", "增幅", "提高", "提升", "下降", "降低", "减少", "变化"];
    private static readonly string[] CountUnits = ["人", "人次", "家", "个", "户", "张", "所", "名", "项", "次", "套", "台", "件", "册"];

    public static void Check(ParseContext context, int line, string name, string? unit, params (string Column, ParsedMeasure Measure)[] values)
    {
        if (!context.CanWarn)
        {
            return;
        }

        var share = unit == "%" && ShareWords.Any(w => name.Contains(w, StringComparison.Ordinal)) && !ChangeWords.Any(w => name.Contains(w, StringComparison.Ordinal));
        var count = unit is not null && CountUnits.Any(u => unit.EndsWith(u, StringComparison.Ordinal));
        var shown = TextTools.Truncate(name, 30);
        foreach (var (column, measure) in values)
        {
            if (measure.Value is not { } value)
            {
                continue;
            }

            if (share && (value > 100 || value < 0))
            {
                context.Warn(line, $"“{shown}”的{column}“{measure.Text}”不可能：比率应在 0–100% 之间，请核对");
            }
            else if (count && value < 0)
            {
                context.Warn(line, $"“{shown}”的{column}“{measure.Text}”不可能：数量不能为负，请核对");
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
}
