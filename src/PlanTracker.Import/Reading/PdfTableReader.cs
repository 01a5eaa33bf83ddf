using System.Text.RegularExpressions;
using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Reading;

/// <summary>
/// Rebuilds table rows from a PDF text dump, where cells are separated by single spaces and a row may wrap over
/// several lines. The header (itself wrapped: "指 标 单位" / "十三五" / "目标数" / "完成数 属性") gives the column count;
/// each row is then split from the right: attribute, values, unit, and the rest is the name.
/// </summary>
internal static partial class PdfTableReader
{
    private const int MaxHeaderLines = 8;

    /// <summary>A row wrapped over more lines than this is not a row (re-tokenising a growing row per line is quadratic).</summary>
    private const int MaxRowLines = 12;

    public static bool TryReadHeader(IReadOnlyList<SourceLine> lines, int start, ParseContext context, out List<string> header, out int next)
    {
        header = [];
        next = start;
        if (!TextTools.Compact(lines[start].Text).StartsWith("指标", StringComparison.Ordinal))
        {
            return false;
        }

        var compact = string.Empty;
        var i = start;
        while (i < lines.Count && i < start + MaxHeaderLines && !IsRowStart(lines[i].Text))
        {
            compact += TextTools.Compact(lines[i].Text);
            i++;
        }

        if (i >= lines.Count || !IsRowStart(lines[i].Text))
        {
            return false;
        }

        var position = 0;
        foreach (Match match in HeaderKeyword().Matches(compact))
        {
            if (match.Index != position)
            {
                break;
            }

            header.Add(match.Value);
            position = match.Index + match.Length;
        }

        if (position != compact.Length || header.Count < 3)
        {
            // "指标 单位 …" followed by a numbered row: a table whose header is damaged, its rows will be read as prose
            context.Warn(lines[start].Number, $"第{lines[start].Number}行像是表头但无法识别，其后的表格未读入：{TextTools.Truncate(compact, 40)}");
            header = [];
            return false;
        }

        next = i;
        return true;
    }

    /// <summary>Reads rows from <paramref name="start"/> until the table ends; returns the index of the first line after it.</summary>
    public static int ReadRows(IReadOnlyList<SourceLine> lines, int start, IReadOnlyList<string> header, List<Element> output, ParseContext context)
    {
        var hasAttribute = header.Any(h => h.Contains("属性", StringComparison.Ordinal));
        string? row = null;
        var rowLine = 0;
        var labelLines = 0;
        var pendingChildren = 0;
        var childIndex = 0;
        var rowLines = 0;
        var i = start;

        void FlushRow()
        {
            if (row is null)
            {
                return;
            }

            var cells = Patterns.Category().IsMatch(row.Trim()) && !IsComplete(row, header.Count, hasAttribute)
                ? new List<string> { row.Trim() }
                : Split(row, header.Count, rowLine, context);
            if (cells.Count > 1 && pendingChildren > 0)
            {
                cells.Insert(0, childIndex == 0 ? "其中" : string.Empty);
                childIndex++;
                pendingChildren--;
            }

            output.Add(new RowElement(rowLine, cells));
            row = null;
        }

        for (; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (IsMergedLabel(text))
            {
                FlushRow();
                labelLines++;
                continue;
            }

            if (IsRowStart(text))
            {
                FlushRow();
                if (labelLines > 0)
                {
                    pendingChildren = labelLines;
                    childIndex = 0;
                    labelLines = 0;
                }

                row = text;
                rowLine = lines[i].Number;
                rowLines = 1;
                continue;
            }

            if (Patterns.Footnote().IsMatch(text) || Patterns.IsHeadingLine(text))
            {
                break;
            }

            if (row is not null && rowLines < MaxRowLines && !IsComplete(row, header.Count, hasAttribute))
            {
                row = row + " " + text;
                rowLines++;
                continue;
            }

            break;
        }

        FlushRow();
        return i;
    }

    public static bool IsRowStart(string text)
    {
        var trimmed = text.Trim();
        return Patterns.NumberedName().IsMatch(trimmed) || (Patterns.Category().IsMatch(trimmed) && trimmed.Length <= 20);
    }

    private static bool IsMergedLabel(string text) => TextTools.Compact(text).TrimEnd('：', ':') is "其" or "中" or "其中";

    private static bool IsComplete(string row, int columns, bool hasAttribute)
    {
        var tokens = Tokenise(row);
        return tokens.Count >= columns && (!hasAttribute || Patterns.IsAttribute(tokens[^1]));
    }

    private static List<string> Split(string row, int columns, int line, ParseContext context)
    {
        var tokens = Tokenise(row);
        if (tokens.Count < columns)
        {
            context.Warn(line, $"表格行的单元格不足（需要{columns}列，只读到{tokens.Count}列）：{TextTools.Truncate(row, 60)}");
        }

        var cells = new string[columns];
        var index = tokens.Count - 1;
        for (var column = columns - 1; column >= 1; column--)
        {
            cells[column] = index >= 1 ? tokens[index--] : string.Empty;
        }

        cells[0] = TextTools.CollapseCjkSpaces(string.Join(" ", tokens.Take(index + 1)));
        return [.. cells];
    }

    /// <summary>Splits on whitespace but keeps "[ 1 ]" and "[>25 ]" together as one value ("[1]", "[>25]").</summary>
    public static List<string> Tokenise(string row)
    {
        var tokens = new List<string>();
        string? open = null;
        foreach (var part in row.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = open is null ? part : open + part;
            if (BracketBalance(candidate) > 0)
            {
                open = candidate;
                continue;
            }

            tokens.Add(candidate);
            open = null;
        }

        if (open is not null)
        {
            tokens.Add(open);
        }

        return tokens;
    }

    private static int BracketBalance(string text) =>
        text.Count(c => c is '[' or '〔' or '［') - text.Count(c => c is ']' or '〕' or '］');

    [GeneratedRegex(@"指标项?|单位|十二五基数|十三五(?:目标数|规划数|目标|完成数)?|(?:2020年)?(?:实际)?完成数|2020年(?:基数|规划数)?|2025年(?:目标|规划数|目标值)?|基数|目标数?|规划数|属性")]
    private static partial Regex HeaderKeyword();
}
