using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanTracker.Web.Tests;

/// <summary>Reads and fills in a downloaded .xlsx the way a person with Excel would: by cell, on the sheet 填报表.</summary>
public static class TestWorkbook
{
    /// <summary>What Excel would complain about ("We found a problem with some content"): the Open XML schema errors.</summary>
    public static IReadOnlyList<string> SchemaErrors(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        return [.. new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }

    /// <summary>Every non-empty cell's text by reference ("A1").</summary>
    public static Dictionary<string, string> Cells(byte[] workbook, out bool[] numeric, params string[] numericProbe)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = Sheet(document);
        var cells = part.Worksheet.Descendants<Cell>().ToList();
        numeric = [.. numericProbe.Select(r => cells.Single(c => c.CellReference == r).DataType?.Value is null or CellValues.Number)];
        return cells.Where(c => c.CellValue is not null || c.InlineString is not null)
            .ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.InnerText ?? c.CellValue!.Text);
    }

    public static Dictionary<string, string> Cells(byte[] workbook) => Cells(workbook, out _);

    /// <summary>The row number of the indicator named <paramref name="name"/> (column C).</summary>
    public static int RowOf(byte[] workbook, string name) =>
        int.Parse(Cells(workbook).Single(c => c.Key.StartsWith('C') && c.Value == name).Key[1..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The column letter under the header <paramref name="header"/> (row 3).</summary>
    public static string ColumnOf(byte[] workbook, string header) =>
        Cells(workbook).Single(c => c.Key.EndsWith('3') && c.Key.Length <= 3 && char.IsAsciiLetter(c.Key[^2]) && c.Value == header).Key[..^1];

    /// <summary>Returns a copy with the cells set: a decimal as a number, a string as text.</summary>
    public static byte[] Fill(byte[] workbook, params (string Reference, object Value)[] cells)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var data = Sheet(document).Worksheet.GetFirstChild<SheetData>()!;
            foreach (var (reference, value) in cells)
            {
                var cell = data.Descendants<Cell>().Single(c => c.CellReference == reference);
                cell.RemoveAllChildren();
                if (value is decimal number)
                {
                    (cell.DataType, cell.CellValue) = (CellValues.Number, new CellValue(number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
                else
                {
                    cell.DataType = CellValues.InlineString;
                    cell.AppendChild(new InlineString(new Text((string)value)));
                }
            }
        }

        return stream.ToArray();
    }

    private static WorksheetPart Sheet(SpreadsheetDocument document)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "填报表");
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
    }
}
