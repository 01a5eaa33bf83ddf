using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Features.Progress.Workbook;

/// <summary>Reads one data row's cells by column name; each bad cell adds a message naming the row and the column.</summary>
internal sealed class SheetRowReader(int rowNumber, IReadOnlyDictionary<int, SheetGrid.CellText> cells, IReadOnlyDictionary<string, int> columns, List<string> errors)
{
    public int? IndicatorId(IReadOnlySet<int> known, Dictionary<int, int> seen)
    {
        var text = Cell(ProgressFormTable.IdColumn).Text.Trim();
        if (text.Length == 0)
        {
            return Error<int>($"第 {rowNumber} 行缺少“{ProgressFormTable.IdColumn}”：请不要删除或改动这一列（新增的行无法导入）。");
        }

        if (!SheetCellText.TryParseNumber(text, true, out var number) || number != decimal.Truncate(number) || number is < 1 or > int.MaxValue)
        {
            return Error<int>($"第 {rowNumber} 行“{ProgressFormTable.IdColumn}”不是有效的编号：{text}");
        }

        var id = (int)number;
        if (!known.Contains(id))
        {
            return Error<int>($"第 {rowNumber} 行“{ProgressFormTable.IdColumn}”{id} 不是本市规划中的指标：请不要改动这一列。");
        }

        if (seen.TryGetValue(id, out var first))
        {
            return Error<int>($"第 {rowNumber} 行“{ProgressFormTable.IdColumn}”{id} 与第 {first} 行重复：每个指标只能填一行。");
        }

        seen[id] = rowNumber;
        return id;
    }

    public decimal? Number(string column)
    {
        var cell = Cell(column);
        var text = cell.Text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (SheetCellText.TryParseNumber(text, cell.Numeric, out var value))
        {
            return value;
        }

        return Error<decimal>($"第 {rowNumber} 行“{ColumnLabel(column)}”填写的{TypedNumber.Problem(text)}");
    }

    public bool Flag(string column)
    {
        var text = Cell(column).Text;
        if (SheetCellText.ParseFlag(text) is { } flag)
        {
            return flag;
        }

        errors.Add($"第 {rowNumber} 行“{ColumnLabel(column)}”应填“是”或“否”：{text.Trim()}");
        return false;
    }

    public string? Text(string column)
    {
        var text = Cell(column).Text.Trim();
        return text.Length == 0 ? null : text;
    }

    private SheetGrid.CellText Cell(string column) =>
        columns.TryGetValue(ProgressWorkbookReader.Normalise(column), out var index) && cells.TryGetValue(index, out var cell) ? cell : new(string.Empty, false);

    private static string ColumnLabel(string column) => column.Split('（')[0];

    private T? Error<T>(string message)
        where T : struct
    {
        errors.Add(message);
        return null;
    }
}
