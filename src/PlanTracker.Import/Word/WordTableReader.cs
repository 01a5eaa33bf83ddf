using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanTracker.Import.Word;

/// <summary>
/// A Word table as rows of cells laid on its grid: a cell spanning N grid columns (w:gridSpan) gives its text and
/// N−1 empty cells; a vertically merged continuation (w:vMerge without "restart") and a horizontal one (w:hMerge)
/// are empty, so a merged label stands on its group's first row only; w:gridBefore/w:gridAfter are empty cells;
/// every row is padded to the grid's width (w:tblGrid, or the widest row). A cell's paragraphs are joined with a
/// space; a nested table is read as its cell's text. Rows deleted in tracked changes are left out.
/// </summary>
internal sealed class WordTableReader(CellBudget budget)
{
    /// <summary>Nested tables deeper than this are read as flat text.</summary>
    public const int MaxNesting = 8;

    /// <summary>The most grid columns spans, gridBefore/After and padding may fill (real cells are always kept).</summary>
    public const int MaxColumns = 64;

    public List<List<string>> Read(Table table)
    {
        var rows = WordStructure.Rows(table).Where(r => r.TableRowProperties?.GetFirstChild<Deleted>() is null).Select(ReadRow).ToList();
        var gridColumns = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0;
        var width = Math.Max(Math.Min(gridColumns, MaxColumns), rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count));
        foreach (var row in rows)
        {
            row.PadTo(width, budget);
        }

        StackedHeader.Merge(rows);
        return rows.Select(r => r.Cells).ToList();
    }

    private GridRow ReadRow(TableRow row)
    {
        var properties = row.TableRowProperties;
        var grid = new GridRow();
        grid.Pad(Count(properties?.GetFirstChild<GridBefore>()?.Val?.Value, 0), budget);
        foreach (var cell in WordStructure.Cells(row))
        {
            var cellProperties = cell.TableCellProperties;
            var merge = cellProperties?.VerticalMerge;
            var continued = merge is not null && merge.Val?.Value != MergedCellValues.Restart;
            var horizontal = cellProperties?.HorizontalMerge is { } h && h.Val?.Value != MergedCellValues.Restart;
            grid.Add(continued || horizontal ? string.Empty : CellText(cell, 0), continued, Count(cellProperties?.GridSpan?.Val?.Value, 1), budget);
        }

        grid.Pad(Count(properties?.GetFirstChild<GridAfter>()?.Val?.Value, 0), budget);
        return grid;
    }

    private string CellText(TableCell cell, int nesting)
    {
        var parts = new List<string>();
        foreach (var block in WordStructure.Blocks(cell))
        {
            var text = block is Table nested
                ? nesting < MaxNesting ? NestedTableText(nested, nesting + 1) : WordText.Of(nested)
                : WordText.Of(block);
            if (text.Length > 0)
            {
                parts.Add(text);
            }
        }

        return string.Join(' ', parts);
    }

    private string NestedTableText(Table table, int nesting) =>
        string.Join(' ', WordStructure.Rows(table)
            .Select(row => string.Join(' ', WordStructure.Cells(row).Select(c => CellText(c, nesting)).Where(t => t.Length > 0)))
            .Where(t => t.Length > 0));

    private static int Count(int? value, int absent) => Math.Clamp(value ?? absent, 0, MaxColumns);
}
