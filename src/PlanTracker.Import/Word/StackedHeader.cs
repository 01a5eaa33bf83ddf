namespace PlanTracker.Import.Word;

/// <summary>
/// A header printed over two rows: column headers merged down both rows (w:vMerge) beside a group header spanning
/// sub-headers (w:gridSpan), e.g. "指标 | 单位 | 规划目标 (2 columns) | 属性" over " | | 2020年 | 2025年 | ". The table model
/// has one header row, so the two become one: a merged column keeps its text, a sub-header gets its group's text in
/// front ("规划目标 2020年", "规划目标 2025年"). Only when every column of the second row is either a merge
/// continuation or under a group header; a title row spanning the whole table may stand above.
/// </summary>
internal static class StackedHeader
{
    public static void Merge(List<GridRow> rows)
    {
        for (var top = 0; top <= 1 && top + 1 < rows.Count; top++)
        {
            if (TryMerge(rows[top], rows[top + 1]) is { } header)
            {
                rows[top].Replace(header);
                rows.RemoveAt(top + 1);
                return;
            }

            if (rows[top].Cells.Count(c => c.Length > 0) != 1)
            {
                return;
            }
        }
    }

    private static List<string>? TryMerge(GridRow top, GridRow bottom)
    {
        if (top.Cells.Count != bottom.Cells.Count)
        {
            return null;
        }

        var header = new List<string>(top.Cells.Count);
        var continued = 0;
        var grouped = 0;
        for (var column = 0; column < top.Cells.Count; column++)
        {
            var above = top.Slots[column];
            var below = bottom.Slots[column];
            if (below.Continued && !above.Padding)
            {
                header.Add(top.Cells[column]);
                continued++;
            }
            else if (!below.Padding && !above.Continued && !above.Padding && Span(top, above.CellStart) > 1)
            {
                var own = below.CellStart == column ? bottom.Cells[column] : string.Empty;
                header.Add(own.Length == 0 ? string.Empty : $"{top.Cells[above.CellStart]} {own}".Trim());
                grouped++;
            }
            else
            {
                return null;
            }
        }

        return continued > 0 && grouped > 0 ? header : null;
    }

    private static int Span(GridRow row, int start) => row.Slots.Count(s => s.CellStart == start);
}
