using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PlanTracker.Import.Packages;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Features.Progress.Workbook;

/// <summary>The cells of the form's sheet (填报表, else the first sheet) as text, by 1-based row number and 0-based column.</summary>
internal sealed class SheetGrid
{
    private const int MaxRows = 10_000;
    private const int MaxColumns = 200;
    private const string Redownload = "文件可能已损坏，请重新下载填报表。";

    public readonly record struct CellText(string Text, bool Numeric);

    private readonly SortedDictionary<int, Dictionary<int, CellText>> _rows = [];

    public IEnumerable<int> RowNumbers => _rows.Keys;

    public IReadOnlyDictionary<int, CellText> Row(int number) => _rows[number];

    /// <summary>Why the cells cannot be trusted (a cell given twice or placed in another row), naming the cell; else null.</summary>
    public string? Problem { get; private set; }

    /// <summary>
    /// The sheet's cells, or null when the package holds no worksheet. Throws on a damaged package (the caller
    /// reports it). Only for a package <see cref="OfficePackageGuard"/> accepted: the SDK's DOM build recurses per
    /// element level.
    /// </summary>
    public static SheetGrid? Load(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        // The guard bounded every part already; the SDK's own limit stays as a second line.
        using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = OfficePackageLimits.Xlsx.MaxPartBytes });
        var workbook = document.WorkbookPart;
        var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = sheets.FirstOrDefault(s => s.Name?.Value == ProgressWorkbookWriter.SheetName) ?? sheets.FirstOrDefault();
        if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            return null;
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(Text).ToList() ?? [];
        var grid = new SheetGrid();
        var rowNumber = 0;
        foreach (var row in part.Worksheet.Descendants<Row>().Take(MaxRows))
        {
            rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
            var cells = grid._rows.TryGetValue(rowNumber, out var existing) ? existing : grid._rows[rowNumber] = [];
            var column = -1;
            foreach (var cell in row.Elements<Cell>().Take(MaxColumns))
            {
                var reference = cell.CellReference?.Value;
                column = ColumnIndex(reference) ?? column + 1;
                // Keeping the last of two cells, or filing a cell under a row it does not name, would change a value without a word.
                if (RowPart(reference) is { } named && named != rowNumber)
                {
                    grid.Problem = $"第 {rowNumber} 行中的单元格 {reference} 不属于这一行，{Redownload}";
                    return grid;
                }

                if (!cells.TryAdd(column, Read(cell, shared)))
                {
                    grid.Problem = $"第 {rowNumber} 行 {ColumnName(column)} 列出现两次，{Redownload}";
                    return grid;
                }
            }
        }

        return grid;
    }

    private static CellText Read(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        return cell.DataType?.Value switch
        {
            CellValues.SharedString => new(int.TryParse(raw, out var i) && i >= 0 && i < shared.Count ? shared[i] : string.Empty, false),
            CellValues.InlineString => new(cell.InlineString is { } inline ? Text(inline) : raw, false),
            CellValues.Boolean => new(raw == "1" ? "TRUE" : "FALSE", false),
            CellValues.String or CellValues.Error or CellValues.Date => new(raw, false),
            _ => new(raw, raw.Length > 0),
        };
    }

    /// <summary>A rich or plain string's text (runs concatenated; phonetic guides left out).</summary>
    private static string Text(DocumentFormat.OpenXml.OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    /// <summary>"C7" → 2; null when the reference is missing or not a cell reference.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > 16_384)
            {
                return null;
            }
        }

        return index == 0 ? null : index - 1;
    }

    /// <summary>"C7" → 7; null when the reference has no row part; -1 when the row part is not a row number.</summary>
    private static int? RowPart(string? reference)
    {
        var digits = string.Concat((reference ?? string.Empty).SkipWhile(char.IsAsciiLetter));
        return digits.Length == 0 ? null : int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) ? row : -1;
    }

    /// <summary>2 → "C", 26 → "AA".</summary>
    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
