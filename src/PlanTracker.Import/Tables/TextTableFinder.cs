using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tables;

/// <summary>
/// Finds an indicator table printed as text (no tabs or pipes between its cells): its header by meaning — header
/// words over one or more lines, even one character per line — then its body up to the first line that cannot
/// belong to it (a heading, a 注 line, prose, another table). The header becomes a row of cells and each body
/// line a <see cref="RowElement.Fragment"/> whose words the table reader rebuilds into rows.
/// </summary>
internal static class TextTableFinder
{
    private const int MaxHeaderLines = 60;
    private const int MaxHeaderLineLength = 80;
    private const int MaxBodyLineLength = 60;
    private const int MaxRunTogetherLength = 2000;

    public static bool TryRead(IReadOnlyList<SourceLine> lines, int start, ParseContext context, List<Element> output, out int next)
    {
        next = start;
        if (!TryReadHeader(lines, start, context, out var header, out var bodyStart))
        {
            return false;
        }

        output.Add(new RowElement(lines[start].Number, header));
        var i = bodyStart;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            var text = line.Text.Trim();
            if (LineKinds.IsExplicitRow(line.Text) || Patterns.Footnote().IsMatch(text) || Patterns.IsHeadingLine(text) || StartsHeader(lines, i))
            {
                break;
            }

            var collapsed = TextTools.CollapseCjkSpaces(text);
            if (Patterns.Category().IsMatch(collapsed) && collapsed.Length <= 20 && !CellTokens.IsValue(collapsed))
            {
                if (!NextStartsRow(lines, i + 1))
                {
                    break;
                }

                output.Add(new RowElement(line.Number, [collapsed]));
                continue;
            }

            if (IsProse(text))
            {
                break;
            }

            output.Add(new RowElement(line.Number, CellTokens.Tokenise(text), Fragment: true));
        }

        next = i;
        return true;
    }

    /// <summary>True when a table header printed as text starts at this line.</summary>
    public static bool StartsHeader(IReadOnlyList<SourceLine> lines, int start) =>
        TryReadHeader(lines, start, context: null, out _, out _);

    private static bool TryReadHeader(IReadOnlyList<SourceLine> lines, int start, ParseContext? context, out List<string> header, out int next)
    {
        header = [];
        next = start;
        var first = HeaderWords.Compact(lines[start].Text);
        if (first.Length == 0 || first[0] is not ('指' or '序' or '类' or '编' or '分' or '领' or '主' or '名' or '项') || LineKinds.IsExplicitRow(lines[start].Text) || !HeaderWords.IsPrefix(first))
        {
            return false;
        }

        var compact = string.Empty;
        var i = start;
        var used = 0;
        for (; i < lines.Count && used < MaxHeaderLines; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            var text = lines[i].Text.Trim();
            var part = HeaderWords.Compact(text);
            if (text.Length > MaxHeaderLineLength || LineKinds.IsExplicitRow(lines[i].Text) || !HeaderWords.IsPrefix(compact + part))
            {
                break;
            }

            compact += part;
            used++;
        }

        var cells = HeaderWords.Split(compact);
        if (cells is null || !HeaderWords.IsHeader(cells) || TableLayout.TryRecognise(cells) is not { Kind: not TableKind.Projects })
        {
            if (context is not null && used > 1 && NextStartsRow(lines, i))
            {
                context.Warn(lines[start].Number, $"第{lines[start].Number}行像是表头但无法识别，其后的表格未读入：{TextTools.Truncate(compact, 40)}");
            }

            return false;
        }

        header = cells;
        next = i;
        return true;
    }

    private static bool NextStartsRow(IReadOnlyList<SourceLine> lines, int start)
    {
        for (var i = start; i < lines.Count && i < start + 4; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            var text = TextTools.CollapseCjkSpaces(lines[i].Text);
            return Patterns.NumberedName().IsMatch(text) || CellTokens.IsNumber(CellTokens.Tokenise(text).FirstOrDefault() ?? string.Empty)
                || CellTokens.OfWhichLabelRows(text) > 0 || LineKinds.IsExplicitRow(lines[i].Text);
        }

        return false;
    }

    /// <summary>A sentence, not cells: it ends a table printed as text. A long line of several words is rows run together.</summary>
    private static bool IsProse(string text) =>
        (text.Contains('。', StringComparison.Ordinal) && !CellTokens.IsValue(text))
        || (text.Length > MaxBodyLineLength && CellTokens.Tokenise(text).Count < 3)
        || text.Length > MaxRunTogetherLength;
}
