using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanTracker.Web.Features.Exports;

/// <summary>One worksheet to write: its name and content (views, columns, data, merges, validations).</summary>
public sealed record SpreadsheetSheet(string Name, Worksheet Worksheet);

/// <summary>
/// The small Open XML toolkit every download shares: cells (numbers as numeric cells, text inline), rows,
/// column letters, frozen panes, and packaging sheets with a stylesheet into .xlsx bytes.
/// </summary>
public static class SpreadsheetWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(Stylesheet styles, params IReadOnlyList<SpreadsheetSheet> sheets)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles;
            var list = new Sheets();
            uint id = 0;
            foreach (var sheet in sheets)
            {
                var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
                sheetPart.Worksheet = sheet.Worksheet;
                list.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = ++id, Name = sheet.Name });
            }

            workbookPart.Workbook.AppendChild(list);
        }

        return memory.ToArray();
    }

    public static Row Row(int number, IEnumerable<Cell> cells) => new(cells) { RowIndex = (uint)number };

    /// <summary>A number as a numeric cell, text as an inline string, neither as an empty (styled) cell.</summary>
    public static Cell Cell(int column, int row, string? text, decimal? number, uint style) => number is { } value
        ? new Cell { CellReference = ColumnName(column) + row, StyleIndex = style, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number }
        : Text(column, row, text, style);

    public static Cell Text(int column, int row, string? text, uint style) => text is null
        ? new Cell { CellReference = ColumnName(column) + row, StyleIndex = style }
        : new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = ColumnName(column) + row, StyleIndex = style, DataType = CellValues.InlineString };

    /// <summary>Rows above <paramref name="rows"/> and columns left of <paramref name="columns"/> stay in view while scrolling.</summary>
    public static SheetViews FrozenPane(int columns, int rows) =>
        new(new SheetView(new Pane
        {
            HorizontalSplit = columns > 0 ? columns : null,
            VerticalSplit = rows,
            TopLeftCell = $"{ColumnName(columns)}{rows + 1}",
            ActivePane = columns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 });

    public static Columns Widths(IEnumerable<double> widths) =>
        new(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));

    /// <summary>Cells A{row}…{last}{row} merged, one per title row.</summary>
    public static MergeCells MergedRows(int lastColumn, params IReadOnlyList<int> rows) =>
        new(rows.Select(r => new MergeCell { Reference = $"A{r}:{ColumnName(lastColumn)}{r}" })) { Count = (uint)rows.Count };

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
