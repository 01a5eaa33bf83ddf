using System.Text;

namespace PlanTracker.Import.Tables;

/// <summary>
/// Splits clipboard text into numbered lines of tab-separated cells. Excel quotes a cell that holds a line break,
/// a tab or a quote ("…", inner quotes doubled): such a cell stays on its row, its breaks and tabs read as spaces
/// (as a Word cell's paragraphs are joined). A quote is only taken for Excel's when the cell starts with it, it
/// closes right before a tab or the end of a line, and the cell needed quoting; otherwise it is text.
/// Line numbers are those of the pasted text (a row after a two-line cell starts two lines further on).
/// </summary>
internal static class ClipboardLines
{
    /// <summary>Longest quoted cell looked for: a stray quote does not swallow the rest of the paste.</summary>
    private const int MaxQuotedCell = 4000;

    public static List<(int Number, string Text)> Split(string text)
    {
        var lines = new List<(int Number, string Text)>();
        var line = new StringBuilder();
        var number = 1;
        var physical = 1;
        var cellStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (cellStart && c == '"' && TryQuoted(text, i, out var content, out var end, out var breaks))
            {
                line.Append(content);
                physical += breaks;
                i = end;
                cellStart = false;
                continue;
            }

            if (c is '\r' or '\n')
            {
                lines.Add((number, line.ToString()));
                line.Clear();
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                physical++;
                number = physical;
                cellStart = true;
                continue;
            }

            line.Append(c);
            cellStart = c == '\t';
            i++;
        }

        lines.Add((number, line.ToString()));
        return lines;
    }

    private static bool TryQuoted(string text, int start, out string content, out int end, out int breaks)
    {
        var cell = new StringBuilder();
        content = string.Empty;
        end = start;
        breaks = 0;
        var needed = false;
        for (var j = start + 1; j < text.Length && j - start <= MaxQuotedCell; j++)
        {
            var c = text[j];
            if (c == '"')
            {
                if (j + 1 < text.Length && text[j + 1] == '"')
                {
                    cell.Append('"');
                    needed = true;
                    j++;
                    continue;
                }

                var closesCell = j + 1 == text.Length || text[j + 1] is '\t' or '\r' or '\n';
                if (!closesCell || !needed)
                {
                    return false;
                }

                content = cell.ToString();
                end = j + 1;
                return true;
            }

            if (c is '\r' or '\n' or '\t')
            {
                needed = true;
                if (c == '\n' || (c == '\r' && (j + 1 >= text.Length || text[j + 1] != '\n')))
                {
                    breaks++;
                }

                if (c != '\r' || j + 1 >= text.Length || text[j + 1] != '\n')
                {
                    cell.Append(' ');
                }

                continue;
            }

            cell.Append(c);
        }

        return false;
    }
}
