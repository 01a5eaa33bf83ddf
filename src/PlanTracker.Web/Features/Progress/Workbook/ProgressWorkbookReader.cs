using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PlanTracker.Import.Packages;

namespace PlanTracker.Web.Features.Progress.Workbook;

/// <summary>
/// Reads a filled-in form. Never throws on what a user uploads: every problem is a Chinese message, and a
/// bad cell names its row and column. Columns are found by their header names, rows by 指标ID.
/// </summary>
public static class ProgressWorkbookReader
{
    public const long MaxBytes = 5 * 1024 * 1024;
    private const int MaxErrors = 20;
    private const string DamagedError = "无法读取该文件：它不是有效的 Excel 工作簿（.xlsx），或文件已损坏。请上传从本页下载并填写的填报表。";

    public static ProgressSheet Read(byte[] content, string regionName, int year, IReadOnlySet<int> indicatorIds)
    {
        if (content.Length == 0)
        {
            return ProgressSheet.Fail("文件为空。");
        }

        if (content.Length > MaxBytes)
        {
            return ProgressSheet.Fail($"文件过大（{content.Length / 1024.0 / 1024.0:0.#} MB，超过 5 MB）。填报表通常只有几十 KB，请确认选择了正确的文件。");
        }

        if (content is [0xD0, 0xCF, 0x11, 0xE0, ..])
        {
            return ProgressSheet.Fail("这是旧版 Excel（.xls）或加密的文件：请在 Excel 中“另存为” .xlsx 格式（不设密码）后再上传。");
        }

        if (content is not [(byte)'P', (byte)'K', ..])
        {
            return ProgressSheet.Fail("这不是 Excel 工作簿（.xlsx）：请上传从本页下载并填写的填报表。");
        }

        // Nesting, size and expansion first: the SDK's DOM build would overflow the stack (ending the process) on deep XML.
        var check = OfficePackageGuard.Check(content, OfficePackageLimits.Xlsx);
        if (check.Verdict == PackageVerdict.Refused)
        {
            return ProgressSheet.Fail($"{check.Reason}。请上传从本页下载并填写的填报表。");
        }

        if (check.Verdict == PackageVerdict.Damaged)
        {
            return ProgressSheet.Fail(DamagedError);
        }

        try
        {
            var grid = SheetGrid.Load(content);
            return grid is null
                ? ProgressSheet.Fail("无法读取该文件：它不是有效的 Excel 工作簿（.xlsx），或其中没有工作表。")
                : grid.Problem is { } problem ? ProgressSheet.Fail(problem) : ReadGrid(grid, regionName, year, indicatorIds);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A damaged zip, a zip that is not a workbook, malformed XML, a part too large: all the same to the user.
            return ProgressSheet.Fail(DamagedError);
        }
    }

    private static ProgressSheet ReadGrid(SheetGrid grid, string regionName, int year, IReadOnlySet<int> indicatorIds)
    {
        var headerRow = grid.RowNumbers.Take(30).FirstOrDefault(r => HasColumns(grid.Row(r)));
        if (headerRow == 0)
        {
            return ProgressSheet.Fail($"未找到表头：表格中应有“{ProgressFormTable.IdColumn}”和“{ProgressFormTable.ValueColumn}”两列。请使用本页下载的填报表。");
        }

        var title = string.Concat(grid.RowNumbers.TakeWhile(r => r < headerRow).SelectMany(r => grid.Row(r).Values).Select(c => c.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!title.Contains(regionName, StringComparison.Ordinal) || !title.Contains($"{year}年", StringComparison.Ordinal))
        {
            return ProgressSheet.Fail($"表格标题是“{(title.Length == 0 ? "（空）" : title)}”，与“{ProgressFormTable.Title(regionName, year)}”不符：请上传本市 {year} 年的填报表。");
        }

        var columns = grid.Row(headerRow).GroupBy(c => Normalise(c.Value.Text)).ToDictionary(g => g.Key, g => g.First().Key);
        var fields = FieldColumns(columns);
        var errors = new List<string>();
        var rows = new List<ProgressSheetRow>();
        var seen = new Dictionary<int, int>();
        foreach (var number in grid.RowNumbers.Where(r => r > headerRow))
        {
            var cells = grid.Row(number);
            if (cells.Values.All(c => string.IsNullOrWhiteSpace(c.Text)))
            {
                continue;
            }

            var row = new SheetRowReader(number, cells, columns, errors);
            var id = row.IndicatorId(indicatorIds, seen);
            var value = row.Number(ProgressFormTable.ValueColumn);
            var preliminary = row.Flag(ProgressFormTable.PreliminaryColumn);
            if (id is not null)
            {
                rows.Add(new ProgressSheetRow(number, id.Value, value, preliminary, row.Text(ProgressFormTable.NoteColumn), row.Text(ProgressFormTable.SourceColumn),
                    row.Text(ProgressFormTable.CauseColumn), row.Text(ProgressFormTable.MeasuresColumn)));
            }
        }

        if (errors.Count > MaxErrors)
        {
            errors = [.. errors.Take(MaxErrors), $"另有 {errors.Count - MaxErrors} 处错误未列出。"];
        }

        return errors.Count > 0 ? ProgressSheet.Fail(errors) : new ProgressSheet([], fields, rows);
    }

    private static bool HasColumns(IReadOnlyDictionary<int, SheetGrid.CellText> row)
    {
        var names = row.Values.Select(c => Normalise(c.Text)).ToHashSet();
        return names.Contains(Normalise(ProgressFormTable.IdColumn)) && names.Contains(Normalise(ProgressFormTable.ValueColumn));
    }

    private static HashSet<SheetField> FieldColumns(Dictionary<string, int> columns)
    {
        var present = new HashSet<SheetField>();
        foreach (var (field, name) in new[]
        {
            (SheetField.Value, ProgressFormTable.ValueColumn), (SheetField.Preliminary, ProgressFormTable.PreliminaryColumn), (SheetField.Note, ProgressFormTable.NoteColumn),
            (SheetField.Source, ProgressFormTable.SourceColumn), (SheetField.Cause, ProgressFormTable.CauseColumn), (SheetField.CorrectiveMeasures, ProgressFormTable.MeasuresColumn),
        })
        {
            if (columns.ContainsKey(Normalise(name)))
            {
                present.Add(field);
            }
        }

        return present;
    }

    /// <summary>A header's name without spaces or a bracketed hint: “快报（是/否）” and “快报” are the same column.</summary>
    internal static string Normalise(string header)
    {
        var name = header.Split('（', '(')[0];
        return string.Concat(name.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
    }
}
