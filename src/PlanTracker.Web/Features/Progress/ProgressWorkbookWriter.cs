using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanTracker.Web.Features.Progress;

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
        var header = ProgressFormTable.Header(form.Year);
        var firstInput = ProgressFormTable.FirstInputColumn(form.Year);
        var lastColumn = ColumnName(header.Count - 1);
        var data = new SheetData(
            NewRow(1, new Cell[] { Text(0, 1, ProgressFormTable.Title(form.RegionName, form.Year), ProgressWorkbookStyles.Title) }),
            NewRow(2, new Cell[] { Text(0, 2, Hint, ProgressWorkbookStyles.Hint) }),
            NewRow(HeaderRow, header.Select((h, i) => Text(i, HeaderRow, h, i >= firstInput ? ProgressWorkbookStyles.InputHeader : ProgressWorkbookStyles.Header))));
        var rowNumber = HeaderRow;
        foreach (var cells in ProgressFormTable.Rows(form))
        {
            rowNumber++;
            var number = rowNumber;
            data.Append(NewRow(number, cells.Select((c, i) => Cell(i, number, c, i == 0 ? ProgressWorkbookStyles.Locked : i >= firstInput ? ProgressWorkbookStyles.Input : ProgressWorkbookStyles.ReadOnly))));
        }

        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = ProgressWorkbookStyles.Create();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { HorizontalSplit = 3, VerticalSplit = HeaderRow, TopLeftCell = $"D{HeaderRow + 1}", ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                new Columns(header.Select((h, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Width(h, i, firstInput), CustomWidth = true })),
                data,
                new MergeCells(new MergeCell { Reference = $"A1:{lastColumn}1" }, new MergeCell { Reference = $"A2:{lastColumn}2" }) { Count = 2 },
                PreliminaryValidation(ColumnName(firstInput + 1), Math.Max(rowNumber, HeaderRow + 1)));
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }));
        }

        return memory.ToArray();
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
        }) { Count = 1 };

    private static DoubleValue Width(string header, int index, int firstInput) => index switch
    {
        0 => 7,
        2 => 34,
        _ when index >= firstInput + 2 => 24,
        _ => Math.Max(9, header.Length * 2 + 2),
    };

    private static Row NewRow(int number, IEnumerable<Cell> cells) => new(cells) { RowIndex = (uint)number };

    private static Cell Cell(int column, int row, FormCell cell, uint style) => cell.Number is { } number
        ? new Cell { CellReference = ColumnName(column) + row, StyleIndex = style, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number }
        : Text(column, row, cell.Text, style);

    private static Cell Text(int column, int row, string? text, uint style) => text is null
        ? new Cell { CellReference = ColumnName(column) + row, StyleIndex = style }
        : new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = ColumnName(column) + row, StyleIndex = style, DataType = CellValues.InlineString };

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + (i - 1) % 26) + name;
        }

        return name;
    }
}
