using System.Globalization;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Exports;

/// <summary>
/// The plan's indicator table shared by the .xlsx and the .csv: the same columns, the same cells. The baseline,
/// target and year columns follow the exported plan's period: its baseline year's 基数, its last year's 目标, one column per year.
/// </summary>
public static class PlanIndicatorTable
{
    public const string ChildPrefix = "其中：";
    public const string PreliminaryColumn = "快报年份";
    public const string DemoColumn = "演示数据年份";
    public const string UnapprovedColumn = "未审核年份";

    public static IReadOnlyList<string> Header(PlanPeriod period) =>
    [
        "类别", "序号", "指标", "单位", "属性", BaselineColumn(period), TargetColumn(period),
        .. period.Years.Select(YearColumn),
        PreliminaryColumn, UnapprovedColumn, TotalColumn(period), "完成率", "时序进度", "状态", DemoColumn,
    ];

    /// <summary>"{baseline year}年基数": the year before the period's first.</summary>
    public static string BaselineColumn(PlanPeriod period) => $"{period.BaselineYear}年基数";

    /// <summary>"{last year}年目标": the period's last year.</summary>
    public static string TargetColumn(PlanPeriod period) => $"{period.LastYear}年目标";

    public static string YearColumn(int year) => string.Create(CultureInfo.InvariantCulture, $"{year}年");

    /// <summary>"五年累计" for a five-year plan, "规划期累计" for any other span.</summary>
    public static string TotalColumn(PlanPeriod period) => period.TotalName;

    public static IEnumerable<IReadOnlyList<ExportCell>> Rows(PlanIndicatorExport export) =>
        export.Rows.Select(row => (IReadOnlyList<ExportCell>)
        [
            ExportCell.Of(row.Category),
            ExportCell.Of(row.Number),
            ExportCell.Of((row.IsChild ? ChildPrefix : null) + row.Name),
            ExportCell.Of(row.Unit),
            ExportCell.Of(row.Attribute),
            ExportCell.Of(row.Baseline),
            ExportCell.Of(row.Target),
            .. export.Period.Years.Select(y => row.Values.TryGetValue(y, out var v) ? ExportCell.Of(v) : ExportCell.Of((string?)null)),
            ExportCell.Of(YearList(row.PreliminaryYears)),
            ExportCell.Of(row.UnapprovedYears.Count == 0 ? null : string.Join("、", row.UnapprovedYears.Select(y => $"{y.Year}（{y.Status.ToChinese()}）"))),
            ExportCell.Of(row.PeriodTotal),
            ExportCell.OfPercent(row.Completion),
            ExportCell.OfPercent(row.Expected),
            ExportCell.Of(row.Status),
            ExportCell.Of(YearList(row.DemoYears)),
        ]);

    /// <summary>"长沙市 · 长沙市“十四五”…规划 · 主要指标及年度数值", the export time and what the columns mean.</summary>
    public static IReadOnlyList<TitleLine> Titles(PlanIndicatorExport export)
    {
        var assessed = export.AssessedYear is { } year ? $"状态、完成率按截至 {year} 年的数据评估（与仪表盘一致）" : "尚无填报数据";
        List<TitleLine> lines =
        [
            new($"{export.City} · {export.PlanTitle} · 主要指标及年度数值"),
            new($"导出时间：{ExportSheet.ExportTime(export.ExportedAt)}；数据范围：{export.Scope.ToChinese()}{(export.HiddenValues > 0 ? $"（另有 {export.HiddenValues} 个未审核数值未列入）" : null)}；规划期 {export.Period.Span}；{assessed}；[ ]内为{TotalColumn(export.Period)}数，累计指标的年度数值为当年增量；“快报年份”列出仍为快报数的年份。"),
        ];
        // One warning line at most (the header is on row 4): what in the table is not a reviewed, real figure.
        var warnings = new[]
        {
            export.HasUnapprovedValues ? "未审核通过的数值（见“未审核年份”列）" : null,
            export.HasDemoValues ? "演示数据（非真实填报，见“演示数据年份”列）" : null,
        }.OfType<string>().ToList();
        if (warnings.Count > 0)
        {
            lines.Add(new($"注意：本表含{string.Join("和", warnings)}。", Warning: true));
        }

        return lines;
    }

    public static string FileName(PlanIndicatorExport export, string extension) => $"{export.City}-主要指标.{extension}";

    private static string? YearList(IReadOnlyList<int> years) =>
        years.Count == 0 ? null : string.Join("、", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
}
