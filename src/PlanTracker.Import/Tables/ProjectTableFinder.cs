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
    private const int MaxHeaderLines = 20;
    private const int MaxHeaderCellLength = 20;
    private const int MaxRowLines = 60;

    public static bool TryRead(IReadOnlyList<SourceLine> lines, int start, ParseContext context, List<Element> output, out int next)
    {
        next = start;
        if (!TryReadHeader(lines, start, out var header, out var onePerLine, out var bodyStart) || TableLayout.TryRecognise(header) is not { Kind: TableKind.Projects })
        {
            return false;
        }

        output.Add(new RowElement(lines[start].Number, header));
        var cells = new List<string>();
        var rowLines = new List<int>();
        var previousFull = false;
        var width = lines.Skip(bodyStart).Take(MaxRowLines).Where(l => !l.IsBlank).Select(l => l.Text.Trim().Length).DefaultIfEmpty(0).Max();
        var i = bodyStart;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            var text = line.Text.Trim();
            if (LineKinds.IsExplicitRow(line.Text) || Patterns.IsHeadingLine(text) || Patterns.Footnote().IsMatch(text) || (cells.Count == 0 && Patterns.InlineItem().IsMatch(text)) || rowLines.Count > MaxRowLines)
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

    private static bool TryReadHeader(IReadOnlyList<SourceLine> lines, int start, out List<string> header, out bool onePerLine, out int next)
    {
        header = [];
        onePerLine = true;
        next = start;
        // a tab-indented header is Word's one-cell-per-line text, whose continuation lines CellPerLineReader joins
        var first = lines[start].Text.Trim();
        if (lines[start].Text.StartsWith('\t') || !(first.StartsWith("序号", StringComparison.Ordinal) || first.StartsWith("项目", StringComparison.Ordinal)) || LineKinds.IsExplicitRow(lines[start].Text))
        {
            return false;
        }

        var i = start;
        for (var used = 0; i < lines.Count && used < MaxHeaderLines; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            var words = CellTokens.Tokenise(lines[i].Text.Trim());
            if (words.Count == 0 || words.Any(w => w.Length > MaxHeaderCellLength || !IsProjectHeaderCell(w)) || LineKinds.IsExplicitRow(lines[i].Text))
            {
                break;
            }

            onePerLine &= words.Count == 1;
            header.AddRange(words);
            used++;
        }

        next = i;
        return header.Count >= 4;
    }

    /// <summary>A word a project table's header is made of: 序号, 项目名称, 建设性质/地点/主体/内容/规模/时间/年限, 总投资（亿元）, 资金来源, 责任单位 …</summary>
    private static bool IsProjectHeaderCell(string word)
    {
        var compact = TextTools.Compact(word);
        return compact is "序号" or "备注"
            || (!compact.Contains('。', StringComparison.Ordinal) && !CellTokens.IsValue(compact)
                && new[] { "项目", "名称", "建设", "性质", "地点", "地址", "主体", "内容", "规模", "时间", "年限", "起止", "投资", "资金", "来源", "单位" }.Any(k => compact.Contains(k, StringComparison.Ordinal)));
    }
}
