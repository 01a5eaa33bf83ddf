using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tables;

/// <summary>
/// Finds a project table printed as text: its header cells one per line ("项目名称" / "建设性质" / …) or separated
/// by spaces over one or more lines, recognised by meaning (<see cref="TableLayout"/>: 项目名称, 投资 …). Each body
/// row has one cell per header column, in order: one per line when the header was, else the words of its lines, a
/// word that starts a line continuing the cell the previous full-width line ended with (a wrapped cell). A row that
/// cannot be completed is reported with its lines.
/// </summary>
internal static class ProjectTableFinder
{
    private const int MaxRowLines = 60;

    public static bool TryRead(IReadOnlyList<SourceLine> lines, int start, string layout, ParseContext context, List<Element> output, out int next)
    {
        next = start;

        // in Word's one-cell-per-line text a tab-indented table is CellPerLineReader's, which joins its continuation lines
        if ((layout == LayoutDetector.CellPerLine && lines[start].Text.StartsWith('\t')) || !ProjectTableHeader.TryRead(lines, start, out var header, out var onePerLine, out var bodyStart) || TableLayout.TryRecognise(header) is not { Kind: TableKind.Projects })
        {
            return false;
        }

        output.Add(new RowElement(lines[start].Number, header));
        var cells = new List<string>();
        var rowLines = new List<int>();
        var previousFull = false;
        var width = BodyWidth(lines, bodyStart);
        var i = bodyStart;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            var text = line.Text.Trim();
            if (EndsTable(text, line.Text, cells.Count == 0) || rowLines.Count > MaxRowLines)
            {
                break;
            }

            var words = onePerLine ? [text] : CellTokens.Tokenise(text);
            for (var w = 0; w < words.Count; w++)
            {
                if (w == 0 && previousFull && cells.Count > 0 && !CellTokens.IsValue(words[w]))
                {
                    cells[^1] += words[w];
                }
                else
                {
                    cells.Add(words[w]);
                }

                if (rowLines.Count == 0 || rowLines[^1] != line.Number)
                {
                    rowLines.Add(line.Number);
                }

                if (cells.Count == header.Count)
                {
                    output.Add(new RowElement(rowLines[0], [.. cells]));
                    cells.Clear();
                    rowLines.Clear();
                }
            }

            previousFull = !onePerLine && text.Length >= width - 1 && cells.Count > 0;
        }

        if (cells.Count > 0)
        {
            context.Warn(rowLines[0], $"项目表中{string.Join("、", rowLines.Select(l => $"第{l}行"))}只读到{cells.Count}个单元格（表头有{header.Count}列），未读入：{TextTools.Truncate(string.Join(" ", cells), 60)}");
        }

        next = i;
        return true;
    }

    private static bool EndsTable(string text, string raw, bool atRowStart) =>
        LineKinds.IsExplicitRow(raw) || Patterns.IsHeadingLine(text) || Patterns.Footnote().IsMatch(text) || (atRowStart && Patterns.InlineItem().IsMatch(text));

    /// <summary>The widest line of the table's body: a line that wide ended where the page column did, so its last cell may wrap.</summary>
    private static int BodyWidth(IReadOnlyList<SourceLine> lines, int start)
    {
        var width = 0;
        for (var i = start; i < lines.Count && i < start + MaxRowLines; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (EndsTable(text, lines[i].Text, atRowStart: false))
            {
                break;
            }

            width = Math.Max(width, text.Length);
        }

        return width;
    }
}
