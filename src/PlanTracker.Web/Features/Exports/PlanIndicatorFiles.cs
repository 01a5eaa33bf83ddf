namespace PlanTracker.Web.Features.Exports;

/// <summary>The plan's indicator table written as .xlsx (sheet 主要指标) and as CSV (header on the first line, no title).</summary>
public static class PlanIndicatorFiles
{
    public const string SheetName = "主要指标";

    public static byte[] Workbook(PlanIndicatorExport export) =>
        ExportSheet.Workbook(ExportSheet.Build(SheetName, PlanIndicatorTable.Titles(export), PlanIndicatorTable.Header(export.Period),
            PlanIndicatorTable.Rows(export), Width, frozenColumns: 3));

    public static byte[] Csv(PlanIndicatorExport export) =>
        CsvText.Write([
            PlanIndicatorTable.Header(export.Period).Select(h => new CsvField(h)),
            .. PlanIndicatorTable.Rows(export).Select(row => row.Select(c => c.ToCsv())),
        ]);

    private static double Width(string header, int index) => index switch
    {
        0 => 10,
        1 => 6,
        2 => 36,
        _ when header is PlanIndicatorTable.PreliminaryColumn or PlanIndicatorTable.DemoColumn => 16,
        _ when header is PlanIndicatorTable.UnapprovedColumn => 24,
        _ => Math.Max(9, header.Length * 2 + 2),
    };
}
