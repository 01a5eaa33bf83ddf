using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Overview;

namespace PlanTracker.Web.Features.Exports;

/// <summary>
/// 省级总览 as a workbook: sheet 审核状态 is the city × year matrix (a status per cell, 逾期 added when overdue), sheet
/// 指标进度 the heat map of the year (a status per cell, the figure's year when it differs, 未审核 marks).
/// </summary>
public static class OverviewExport
{
    public const string MatrixSheet = "审核状态";
    public const string HeatSheet = "指标进度";

    public static byte[] Workbook(ReviewMatrix matrix, HeatMap heat, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(heat);
        TitleLine note = new($"导出时间：{ExportSheet.ExportTime(exportedAt)}");
        var matrixRows = matrix.Rows.Select(row => (IReadOnlyList<ExportCell>)
            [ExportCell.Of(row.City), .. row.Cells.Select(c => ExportCell.Of(!c.InPlan ? "—" : c.Text + (c.Overdue ? "（逾期）" : null)))]);
        var heatRows = heat.Rows.Select(row => (IReadOnlyList<ExportCell>)
            [ExportCell.Of(string.IsNullOrEmpty(row.Indicator.Unit) ? row.Indicator.Name : $"{row.Indicator.Name}（{row.Indicator.Unit}）"), .. heat.Cities.Select(city => ExportCell.Of(HeatText(row, city.RegionId, heat.Year)))]);
        return ExportSheet.Workbook(
            ExportSheet.Build(MatrixSheet, [new("各市州年度报告审核状态"), note], ["市州", .. matrix.Years.Select(y => $"{y}年")], matrixRows, Width, frozenColumns: 1),
            ExportSheet.Build(HeatSheet, [new($"指标进度热力图（截至 {heat.Year} 年，{heat.Scope.ToChinese()}）"), note], ["指标", .. heat.Cities.Select(c => c.City)], heatRows, Width, frozenColumns: 1));
    }

    public static string FileName(int year) => $"省级总览-{year}年.xlsx";

    /// <summary>The cell's text (<see cref="HeatCell.Text"/>), "—" when the city's plan lacks the indicator.</summary>
    private static string HeatText(HeatRow row, int regionId, int year) =>
        row.Cities.TryGetValue(regionId, out var cell) ? cell.Text(year) : "—";

    private static double Width(string header, int index) => index == 0 ? 30 : Math.Max(10, header.Length * 2 + 4);
}
