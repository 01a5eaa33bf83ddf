using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using PlanTracker.Web.Features.Exports;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Features.Progress.Workbook;

/// <summary>
/// Writes the year's entry form as an .xlsx with one sheet 填报表: a title naming the city and year (checked
/// again on upload), a hint, the header, one row per indicator. Numbers are numeric cells; text is inline.
/// </summary>
public static class ProgressWorkbookWriter
{
    public const string SheetName = "填报表";
    public const int HeaderRow = 3;
    public const string Hint = "灰色列由系统填写，请勿修改（“指标ID”用于识别指标）；只填写黄色表头的列：本年数值填数字，快报填“是”或“否”。填好后在进度填报页上传。";

    public static byte[] Write(ProgressEntryForm form)
    {
        var header = ProgressFormTable.Header(form);
        var firstInput = ProgressFormTable.FirstInputColumn(form);
        var data = new SheetData(
            SpreadsheetWriter.Row(1, [SpreadsheetWriter.Text(0, 1, ProgressFormTable.Title(form.RegionName, form.Year), ProgressWorkbookStyles.Title)]),
            SpreadsheetWriter.Row(2, [SpreadsheetWriter.Text(0, 2, Hint, ProgressWorkbookStyles.Hint)]),
            SpreadsheetWriter.Row(HeaderRow, header.Select((h, i) => SpreadsheetWriter.Text(i, HeaderRow, h, i >= firstInput ? ProgressWorkbookStyles.InputHeader : ProgressWorkbookStyles.Header))));
        var rowNumber = HeaderRow;
        foreach (var cells in ProgressFormTable.Rows(form))
        {
            rowNumber++;
            var number = rowNumber;
            data.Append(SpreadsheetWriter.Row(number, cells.Select((c, i) =>
                SpreadsheetWriter.Cell(i, number, c.Text, c.Number, i == 0 ? ProgressWorkbookStyles.Locked : i >= firstInput ? ProgressWorkbookStyles.Input : ProgressWorkbookStyles.ReadOnly))));
        }

        var worksheet = new Worksheet(
            SpreadsheetWriter.FrozenPane(3, HeaderRow),
            SpreadsheetWriter.Widths(header.Select((h, i) => Width(h, i, firstInput))),
            data,
            SpreadsheetWriter.MergedRows(header.Count - 1, 1, 2),
            PreliminaryValidation(ColumnName(firstInput + 1), Math.Max(rowNumber, HeaderRow + 1)));
        return SpreadsheetWriter.Write(ProgressWorkbookStyles.Create(), new SpreadsheetSheet(SheetName, worksheet));
    }

    /// <summary>Excel offers 是/否 in a drop-down and refuses anything else typed into 快报.</summary>
    private static DataValidations PreliminaryValidation(string column, int lastRow) => new(
        new DataValidation(new Formula1("\"是,否\""))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = "快报",
            Error = "请填写“是”或“否”。",
            SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}{HeaderRow + 1}:{column}{lastRow}" },
        })
    { Count = 1 };

    private static double Width(string header, int index, int firstInput) => index switch
    {
        0 => 7,
        2 => 34,
        _ when index >= firstInput + 2 => 24,
        _ => Math.Max(9, header.Length * 2 + 2),
    };

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index) => SpreadsheetWriter.ColumnName(index);
}
