using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tables;

/// <summary>A main-indicator table's header found in pasted rows: its row (two header rows made one) and where the body starts.</summary>
internal sealed record PastedHeaderRow(int Index, RowElement Row, TableLayout Layout, int BodyStart);

/// <summary>
/// Finds the main-indicator table's header among pasted rows. A clipboard copy has no merge marks, so a header
/// printed over two rows ("指标 | 2020年 | 2025年" over " | 基期值 | 目标值", or "规划目标" over "2020年 | 2025年")
/// is recognised by its second row being header words only: the two become one row column by column, as a Word
/// document's stacked header does ("规划目标 2020年", "规划目标 2025年"; a sub-header under a group's empty cells
/// takes the group's text). The header's meaning is read by <see cref="TableLayout"/>, as for any document.
/// </summary>
internal static class PastedHeader
{
    public static PastedHeaderRow? Find(IReadOnlyList<Element> elements)
    {
        for (var i = 0; i < elements.Count; i++)
        {
            if (elements[i] is not RowElement row || !row.NonEmptyCells.Any())
            {
                continue;
            }

            var next = NextNonBlank(elements, i + 1);
            if (next < elements.Count && elements[next] is RowElement sub && IsSubHeader(sub)
                && Merge(row.Cells, sub.Cells) is var merged && TableLayout.TryRecognise(merged) is { Kind: TableKind.MainIndicators } stacked)
            {
                return new PastedHeaderRow(i, new RowElement(row.Line, merged), stacked, next + 1);
            }

            if (TableLayout.TryRecognise(row.Cells) is { Kind: TableKind.MainIndicators } layout)
            {
                return new PastedHeaderRow(i, row, layout, i + 1);
            }
        }

        return null;
    }

    /// <summary>A row of header words only (基期值, 目标值, 2020年, （目标）…) that is not a header by itself.</summary>
    private static bool IsSubHeader(RowElement row)
    {
        var cells = row.NonEmptyCells.ToList();
        return cells.Count > 0 && TableLayout.TryRecognise(row.Cells) is null
            && cells.All(c => HeaderWords.Split(HeaderWords.Compact(c).Trim('（', '）', '(', ')')) is { Count: > 0 });
    }

    private static List<string> Merge(IReadOnlyList<string> top, IReadOnlyList<string> bottom)
    {
        var width = Math.Max(top.Count, bottom.Count);
        var merged = new List<string>(width);
        for (var column = 0; column < width; column++)
        {
            var above = Cell(top, column);
            var below = Cell(bottom, column);
            if (above.Length == 0 && below.Length > 0 && GroupOf(top, bottom, column) is { } group)
            {
                above = group;
            }

            merged.Add($"{above} {below}".Trim());
        }

        return merged;
    }

    /// <summary>The text of a group header spanning this column: the nearest filled cell to the left, itself over a sub-header.</summary>
    private static string? GroupOf(IReadOnlyList<string> top, IReadOnlyList<string> bottom, int column)
    {
        for (var left = column - 1; left >= 0; left--)
        {
            if (Cell(top, left).Length > 0)
            {
                return Cell(bottom, left).Length > 0 ? Cell(top, left) : null;
            }

            if (Cell(bottom, left).Length == 0)
            {
                return null;
            }
        }

        return null;
    }

    private static string Cell(IReadOnlyList<string> cells, int index) => index < cells.Count ? cells[index].Trim() : string.Empty;

    private static int NextNonBlank(IReadOnlyList<Element> elements, int start)
    {
        var i = start;
        while (i < elements.Count && (elements[i] is BlankElement || (elements[i] is TextElement t && t.Text.Trim().Length == 0)))
        {
            i++;
        }

        return i;
    }
}
