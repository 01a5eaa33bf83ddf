using System.Globalization;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Dashboard;

namespace PlanTracker.Web.Features.Exports;

/// <summary>
/// A city's dashboard as a workbook, with the page's city, year and 数据范围: sheet 主要指标进度 is the indicator table
/// (each year's value of the period up to the dashboard's year, the latest figure, completion and 时序进度, the status and
/// its reason, and which unapproved reports a figure uses); sheet 年度报告状态 each year's report status; sheet
/// 专栏与项目 the 专栏 summaries and the projects' latest progress.
/// </summary>
public static class DashboardExport
{
    public const string IndicatorSheet = "主要指标进度";
    public const string StatusSheet = "年度报告状态";
    public const string WorkSheet = "专栏与项目";

    public static byte[] Workbook(CityDashboard dashboard, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        var years = Enumerable.Range(dashboard.Period.FirstYear, Math.Max(0, Math.Min(dashboard.Year, dashboard.Period.LastYear) - dashboard.Period.FirstYear + 1)).ToList();
        TitleLine note = new($"导出时间：{ExportSheet.ExportTime(exportedAt)}；{dashboard.Period.Titled(dashboard.PlanTitle)}；时序进度按截至 {dashboard.Year} 年有数据的最新年份计算");
        IReadOnlyList<TitleLine> titles = dashboard.UnapprovedFigures > 0
            ? [new(Title(dashboard)), note, new($"其中 {dashboard.UnapprovedFigures} 项指标的数值含未审核数据，见“数据审核状态”列", Warning: true)]
            : [new(Title(dashboard)), note];
        IReadOnlyList<string> header =
        [
            "类别", "指标", "属性", "单位", $"{dashboard.Period.BaselineYear}年基数", $"{dashboard.Period.LastYear}年目标",
            .. years.Select(y => $"{y}年"), "最新值", "最新值年份", "完成率", "时序进度", "状态", "说明", "数据审核状态",
        ];
        var rows = dashboard.Indicators.Select(indicator => (IReadOnlyList<ExportCell>)
        [
            ExportCell.Of(indicator.Category),
            ExportCell.Of((indicator.IsChild ? "其中：" : null) + indicator.Name),
            ExportCell.Of(indicator.Binding ? "约束性" : "预期性"),
            ExportCell.Of(indicator.Unit),
            ExportCell.NumberOr(indicator.BaselineValue, indicator.Baseline),
            ExportCell.Of(Target(indicator)),
            .. years.Select(y => ExportCell.Of(indicator.Values.FirstOrDefault(v => v.Year == y)?.Value)),
            ExportCell.Of(indicator.Progress.LatestYear is null ? null : (indicator.Cumulative ? "累计 " : null) + ReportedValues.Format(ReportedValues.LatestOrTotal(indicator.Cumulative, indicator.Values, indicator.Progress))),
            ExportCell.Of(indicator.Progress.LatestYear),
            ExportCell.OfPercent(indicator.Progress.Completion),
            ExportCell.OfPercent(indicator.Progress.Expected),
            ExportCell.Of(indicator.Progress.Status.ToChinese()),
            ExportCell.Of(indicator.Explanation),
            ExportCell.Of(Review(indicator)),
        ]);
        var statusRows = years.Select(y => (IReadOnlyList<ExportCell>)
            [ExportCell.Of($"{y}年"), ExportCell.Of(dashboard.ReportStatuses.TryGetValue(y, out var status) ? status.ToChinese() : "未开始")]);
        return ExportSheet.Workbook(
            ExportSheet.Build(IndicatorSheet, titles, header, rows, IndicatorWidth, frozenColumns: 2),
            ExportSheet.Build(StatusSheet, [new($"{dashboard.RegionName}各年度报告审核状态"), new($"导出时间：{ExportSheet.ExportTime(exportedAt)}")], ["年度", "审核状态"], statusRows, (_, _) => 14, frozenColumns: 1),
            ExportSheet.Build(WorkSheet, [new($"{dashboard.RegionName}专栏与重点项目进展（截至 {dashboard.Year} 年）"), note], ["类型", "名称", "性质 / 条目", "建设年限 / 量化目标", "总投资（亿元）", "最新进展"], WorkRows(dashboard), WorkWidth, frozenColumns: 2));
    }

    /// <summary>"长沙市规划实施进度-2024年-仅已审核数据.xlsx".</summary>
    public static string FileName(CityDashboard dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        return $"{dashboard.RegionName}规划实施进度-{dashboard.Year}年-{dashboard.Scope.ToChinese()}.xlsx";
    }

    private static string Title(CityDashboard dashboard) => $"{dashboard.RegionName}规划实施进度（截至 {dashboard.Year} 年，{dashboard.Scope.ToChinese()}）";

    /// <summary>The printed target, and a 规划调整 in force beside it, as the page shows it.</summary>
    private static string Target(DashboardIndicator indicator) => indicator.Adjustment is { } adjusted
        ? $"{indicator.Target} → {adjusted.Target.Text}（{adjusted.EffectiveYear}年起调整）"
        : indicator.Target;

    /// <summary>"已审核" when the figure stands on approved reports only, else the unapproved years with their status: "2024年草稿".</summary>
    private static string Review(DashboardIndicator indicator) => indicator.Progress.LatestYear is null ? "—"
        : indicator.UnapprovedYears.Count == 0 ? "已审核"
        : string.Join("、", indicator.UnapprovedYears.Select(y => $"{y}年{indicator.YearStatuses[y].ToChinese()}"));

    private static IEnumerable<IReadOnlyList<ExportCell>> WorkRows(CityDashboard dashboard) =>
        dashboard.Columns.Select(column => (IReadOnlyList<ExportCell>)
            [ExportCell.Of($"专栏{column.Number}"), ExportCell.Of(column.Title), ExportCell.Of($"{column.Items} 条"), ExportCell.Of($"{column.ItemsWithTargets} 条有量化目标"), ExportCell.Of((string?)null), ExportCell.Of(column.Summary ?? "尚未填报")])
        .Concat(dashboard.Projects.Select(project => (IReadOnlyList<ExportCell>)
            [ExportCell.Of("重点项目"), ExportCell.Of(project.Name), ExportCell.Of(project.Nature), ExportCell.Of(project.Period), ExportCell.Of(project.TotalInvestment), ExportCell.Of(Progress(project.Progress))]));

    /// <summary>"2024年 进行中，完成 40%，累计完成投资 3.2 亿元", or 尚未填报.</summary>
    private static string Progress(LatestProgress? progress) => progress is null ? "尚未填报"
        : $"{progress.Year}年 {progress.Status.ToChinese()}"
          + (progress.PercentComplete is { } percent ? $"，完成 {percent.ToString("0.#", CultureInfo.InvariantCulture)}%" : null)
          + (progress.CumulativeInvestment is { } invested ? $"，累计完成投资 {ReportedValues.Format(invested)} 亿元" : null);

    private static double IndicatorWidth(string header, int index) => header switch
    {
        "指标" => 34,
        "说明" => 40,
        "数据审核状态" => 22,
        "类别" => 12,
        _ => Math.Max(10, header.Length * 2 + 4),
    };

    private static double WorkWidth(string header, int index) => index switch
    {
        1 => 48,
        5 => 44,
        _ => 16,
    };
}
