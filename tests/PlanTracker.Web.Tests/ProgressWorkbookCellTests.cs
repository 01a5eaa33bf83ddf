using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PlanTracker.Web.Features.Progress.Workbook;

namespace PlanTracker.Web.Tests;

/// <summary>
/// Cells a damaged or hand-edited sheet can hold that would change a value without a word (fuzz, issue 11): a cell
/// twice, a cell naming another row, a comma that is a decimal point. Each is refused at its cell; nothing is read.
/// </summary>
public class ProgressWorkbookCellTests
{
    private static readonly HashSet<int> Ids = [1, 2];

    [Fact]
    public void A_column_given_twice_in_a_row_is_refused_instead_of_keeping_the_last()
    {
        var sheet = Read(Sheet(("A3", "1"), ("B3", "12.5"), ("B3", "99")));

        Assert.Equal(["第 3 行 B 列出现两次，文件可能已损坏，请重新下载填报表。"], sheet.Errors);
        Assert.Empty(sheet.Rows);
    }

    [Fact]
    public void A_cell_whose_reference_names_another_row_is_refused_instead_of_moving_its_value()
    {
        var sheet = Read(Sheet(("A3", "1"), ("B4", "12.5")));

        Assert.Equal(["第 3 行中的单元格 B4 不属于这一行，文件可能已损坏，请重新下载填报表。"], sheet.Errors);
        Assert.Empty(sheet.Rows);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1,50")]
    [InlineData("1,2345")]
    [InlineData("1.234,5")]
    [InlineData("１，５")]
    public void A_comma_that_is_not_a_thousands_separator_is_refused_at_its_cell(string text)
    {
        var sheet = Read(Sheet(("A3", "1"), ("B3", text)));

        Assert.Equal([$"第 3 行“本年数值”填写的“{text}”不是有效数字：小数点请用“.”"], sheet.Errors);
        Assert.False(SheetCellText.TryParseNumber(text, false, out _));
    }

    [Theory]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("12,345,678", 12345678)]
    [InlineData("-1,000", -1000)]
    public void Thousands_separators_in_groups_of_three_are_still_read(string text, double expected)
    {
        var sheet = Read(Sheet(("A3", "1"), ("B3", text)));

        Assert.Empty(sheet.Errors);
        Assert.Equal((decimal)expected, Assert.Single(sheet.Rows).Value);
    }

    private static ProgressSheet Read(byte[] workbook) => ProgressWorkbookReader.Read(workbook, "长沙市", 2023, Ids);

    /// <summary>Title row 1, header row 2 (指标ID, 本年数值), then the given cells as text, each in the row its reference names first.</summary>
    private static byte[] Sheet(params (string Reference, string Text)[] cells)
    {
        (string, string)[] header = [("A1", "长沙市 2023 年进度填报表"), ("A2", "指标ID"), ("B2", "本年数值")];
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var part = workbook.AddNewPart<WorksheetPart>();
            var rows = new List<Row>();
            foreach (var (reference, text) in header.Concat(cells))
            {
                // A cell goes into the row it was listed with: the first cell of a new data row opens it.
                var number = uint.Parse(reference.TrimStart('A', 'B', 'C'), System.Globalization.CultureInfo.InvariantCulture);
                var row = rows.LastOrDefault() is { } last && (last.RowIndex!.Value == number || reference[0] != 'A') ? last : null;
                if (row is null)
                {
                    row = new Row { RowIndex = number };
                    rows.Add(row);
                }

                row.AppendChild(new Cell(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString });
            }

            part.Worksheet = new Worksheet(new SheetData(rows));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "填报表" }));
        }

        return stream.ToArray();
    }
}
