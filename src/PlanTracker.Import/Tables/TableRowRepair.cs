using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tables;

/// <summary>
/// Gives every indicator table of a document rows in its header's column order, whatever produced them: rows of a
/// table printed as text (<see cref="RowElement.Fragment"/>) and rows run together on one line are rebuilt from
/// their content by a <see cref="RowAssembler"/>; rows that already fit pass through. What cannot be completed
/// into a row when the table ends is reported with its lines.
/// </summary>
internal static class TableRowRepair
{
    public static IReadOnlyList<Element> Apply(IReadOnlyList<Element> elements, ParseContext context)
    {
        var output = new List<Element>(elements.Count);
        TableLayout? layout = null;
        RowAssembler? assembler = null;
        var table = string.Empty;

        void Flush()
        {
            if (assembler is { HasPending: true })
            {
                var lines = string.Join("、", assembler.PendingLines.Select(l => $"第{l}行"));
                var line = assembler.PendingLines.Count > 0 ? assembler.PendingLines[0] : 0;
                context.Warn(line, $"{table}中{lines}的内容未能读成完整的表格行，未读入：{TextTools.Truncate(assembler.PendingText, 60)}");
            }

            assembler = layout is { Kind: not TableKind.Projects } ? new RowAssembler(layout) : null;
        }

        foreach (var element in elements)
        {
            switch (element)
            {
                case RowElement row when TableLayout.TryRecognise(row.Cells) is { } recognised:
                    Flush();
                    layout = recognised;
                    table = context.TableName(recognised.Kind);
                    assembler = recognised.Kind != TableKind.Projects ? new RowAssembler(recognised) : null;
                    output.Add(row);
                    break;
                case RowElement row when assembler is not null && layout is not null && NeedsAssembly(row, layout, assembler):
                    // a line of rows run together that starts with an empty cell: its first row sat under a merged
                    // label (其中) whose cell is empty here; the reader needs that empty cell to keep the row under it
                    var emptyLabel = !row.Fragment && !assembler.HasPending && row.Cells.Count > 1 && row.Cells[0].Trim().Length == 0
                        && layout.Roles[0] is ColumnRole.Name or ColumnRole.Ignore;
                    foreach (var cell in row.NonEmptyCells)
                    {
                        foreach (var assembled in assembler.Feed(cell, row.Line))
                        {
                            if (assembled.FewerValues)
                            {
                                context.Warn(assembled.Line, $"表格行的数值少于表头的数值列，已按目标值在右对齐读入，请核对：{TextTools.Truncate(string.Join(" | ", assembled.Cells.Where(c => c.Length > 0)), 60)}");
                            }

                            output.Add(new RowElement(assembled.Line, emptyLabel && assembled.Cells.Count > 0 && assembled.Cells[0].Length > 0 ? ["", .. assembled.Cells] : assembled.Cells));
                            emptyLabel = false;
                        }
                    }

                    break;
                case RowElement row:
                    if (assembler is { HasPending: true })
                    {
                        Flush();
                    }

                    output.Add(row);
                    break;
                case TextElement text:
                    if (!IsCategory(text.Text))
                    {
                        Flush();
                        layout = null;
                        assembler = null;
                    }

                    output.Add(text);
                    break;
                default:
                    output.Add(element);
                    break;
            }
        }

        Flush();
        return output;
    }

    private static bool NeedsAssembly(RowElement row, TableLayout layout, RowAssembler assembler)
    {
        if (row.Fragment || assembler.HasPending)
        {
            return !(row.Cells.Count(c => c.Trim().Length > 0) == 1 && Patterns.Footnote().IsMatch(row.NonEmptyCells.First().Trim()));
        }

        // several rows run together on one line: more cells than the header has columns (a merged 其中 label aside)
        var cells = row.NonEmptyCells.ToList();
        var label = cells.Count > 0 && CellTokens.OfWhichLabelRows(cells[0]) > 0 ? 1 : 0;
        return cells.Count - label > layout.Roles.Count(r => r != ColumnRole.Ignore);
    }

    private static bool IsCategory(string text)
    {
        var collapsed = TextTools.CollapseCjkSpaces(text);
        return collapsed.Length <= 20 && Patterns.Category().IsMatch(collapsed);
    }
}
