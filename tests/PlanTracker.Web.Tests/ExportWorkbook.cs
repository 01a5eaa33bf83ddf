using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanTracker.Web.Tests;

/// <summary>One cell of an exported sheet as a spreadsheet shows it: its text, whether it is numeric, its number format.</summary>
public sealed record ExportedCell(string Text, bool Numeric, uint NumberFormat);

/// <summary>Opens an exported .xlsx with Open XML and reads a sheet by name, cell by cell.</summary>
public static class ExportWorkbook
{
    public static Dictionary<string, ExportedCell> Sheet(byte[] workbook, string name)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var formats = workbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        return ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>()
            .Where(c => c.CellValue is not null || c.InlineString is not null)
            .ToDictionary(c => c.CellReference!.Value!, c => new ExportedCell(
                c.InlineString?.InnerText ?? c.CellValue!.Text,
                c.DataType?.Value is null or CellValues.Number,
                formats[(int)(c.StyleIndex?.Value ?? 0)].NumberFormatId?.Value ?? 0));
    }

    public static IReadOnlyList<string> SheetNames(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    /// <summary>Row <paramref name="row"/> as a list of texts, columns A.. up to <paramref name="count"/> (empty cells as "").</summary>
    public static IReadOnlyList<string> Row(Dictionary<string, ExportedCell> cells, int row, int count) =>
        [.. Enumerable.Range(0, count).Select(i => cells.GetValueOrDefault($"{Column(i)}{row}")?.Text ?? string.Empty)];

    /// <summary>The rows (numbers) whose column <paramref name="column"/> reads <paramref name="text"/>.</summary>
    public static int RowOf(Dictionary<string, ExportedCell> cells, string column, string text) =>
        int.Parse(cells.Single(c => c.Key == column + c.Key[column.Length..] && c.Key[column.Length..].All(char.IsAsciiDigit) && c.Value.Text == text).Key[column.Length..], System.Globalization.CultureInfo.InvariantCulture);

    public static string Column(int index) => PlanTracker.Web.Features.Exports.SpreadsheetWriter.ColumnName(index);
}
