using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Web.Features.Compare;

namespace PlanTracker.Web.Features.Exports;

/// <summary>
/// The comparison as a workbook: sheet 城市对比 is the table the page shows (one indicator, cities ranked), sheet
/// 筛选指标 the same columns for every catalogue indicator the page's 类别 / 仅约束性 filters leave.
/// </summary>
public static class ComparisonTableExport
{
    public const string CurrentSheet = "城市对比";
    public const string FilteredSheet = "筛选指标";

    /// <summary>
    /// The columns; baseline and target are named after the period in force in the compared year (its baseline year's
    /// 基数, its last year's 目标), or plainly "基数" / "目标" when no plan is imported.
    /// </summary>
    public static IReadOnlyList<string> Header(PlanPeriod? period)
    {
        var baseline = period is { } p ? PlanIndicatorTable.BaselineColumn(p) : "基数";
        var target = period is { } q ? PlanIndicatorTable.TargetColumn(q) : "目标";
        var baselineText = period is { } r ? $"{r.BaselineYear}年（原文）" : "基数（原文）";
        return
        [
            "指标", "统一单位", "排名", "市州", "规划中的名称", "规划单位", "属性", baseline, target, "目标幅度",
            "最新值", "最新值年份", "完成率", "时序进度", "与时序进度差（百分点）", "状态", baselineText, $"{target}（原文）",
        ];
    }

    public static byte[] Workbook(ComparisonExport export)
    {
        var time = ExportSheet.ExportTime(export.ExportedAt);
        var total = Total(export.Period);
        var current = export.Current is { } c
            ? $"城市对比：{c.Indicator.Name}（统一单位：{c.Indicator.Unit}{(c.Indicator.Cumulative ? $"，{total}" : null)}；截至 {export.Year} 年）"
            : "城市对比：指标目录为空";
        var path = export.Period is { } period
            ? $"“{PlanIndicatorTable.BaselineColumn(period)}→{PlanIndicatorTable.TargetColumn(period)}”"
            : "“基数→目标”";
        TitleLine note = new($"导出时间：{time}；数值已换算为统一单位；排名依据各市州在自身{path}路径上的完成率与时序进度之差，不比较原始数值。");
        var filters = $"筛选：类别 {(string.IsNullOrEmpty(export.Category) ? "全部" : export.Category)}{(export.BindingOnly ? "，仅约束性" : null)}；截至 {export.Year} 年；共 {export.Filtered.Count} 个指标";
        var header = Header(export.Period);
        return ExportSheet.Workbook(
            ExportSheet.Build(CurrentSheet, [new(current), note], header, Rows(export.Current is null ? [] : [export.Current], total), Width, frozenColumns: 4),
            ExportSheet.Build(FilteredSheet, [new(filters), note], header, Rows(export.Filtered, total), Width, frozenColumns: 4));
    }

    public static IEnumerable<IReadOnlyList<ExportCell>> Rows(IEnumerable<Comparison> comparisons, string total) =>
        comparisons.SelectMany(comparison => comparison.Cities.Select((city, index) => (IReadOnlyList<ExportCell>)
        [
            ExportCell.Of(comparison.Indicator.Name),
            ExportCell.Of(comparison.Indicator.Unit + (comparison.Indicator.Cumulative ? $"（{total}）" : null)),
            ExportCell.Of(index + 1),
            ExportCell.Of(city.City),
            ExportCell.Of(city.PlanIndicatorName),
            ExportCell.Of(city.PlanUnit),
            ExportCell.Of(city.Attribute),
            ExportCell.NumberOr(city.Baseline, city.BaselineText),
            ExportCell.NumberOr(city.Target, city.TargetText),
            ExportCell.OfPercent(city.Ambition),
            ExportCell.Of(city.Latest),
            ExportCell.Of(city.LatestYear),
            ExportCell.OfPercent(city.Progress.Completion),
            ExportCell.OfPercent(city.Progress.Expected),
            ExportCell.Of(city.Gap is { } gap ? decimal.Round(gap, 1) : null),
            ExportCell.Of(city.Progress.Status.ToChinese()),
            ExportCell.Of(city.BaselineText),
            ExportCell.Of(city.TargetText),
        ]));

    public static string FileName(ComparisonExport export) =>
        export.Current is { } c ? $"城市对比-{c.Indicator.Name}-{export.Year}年.xlsx" : $"城市对比-{export.Year}年.xlsx";

    /// <summary>"五年累计" for a five-year period (or no plan yet), "规划期累计" otherwise.</summary>
    private static string Total(PlanPeriod? period) => period is { } p ? PlanIndicatorTable.TotalColumn(p) : "五年累计";

    private static double Width(string header, int index) => index switch
    {
        0 or 4 => 28,
        _ => Math.Max(8, header.Length * 2 + 2),
    };
}
