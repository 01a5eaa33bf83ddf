using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Reading;

/// <summary>
/// Word text with every table cell on its own tab-indented line; rows are separated by blank lines. A short line
/// without the tab ("规划数" after "2025年") continues the cell above it, even across a blank line.
/// </summary>
internal static class CellPerLineReader
{
    private const int MaxContinuationLength = 12;

    /// <summary>A cell is not continued beyond this length (appending to a growing cell per line is quadratic).</summary>
    private const int MaxCellLength = 1000;

    public static IReadOnlyList<Element> Read(IReadOnlyList<SourceLine> lines)
    {
        var elements = new List<Element>(lines.Count);
        List<string>? cells = null;
        var rowLine = 0;
        var sawBlank = false;

        void Flush()
        {
            if (cells is not null)
            {
                elements.Add(new RowElement(rowLine, cells));
                cells = null;
            }
        }

        foreach (var line in lines)
        {
            if (line.IsBlank && !line.Text.StartsWith('\t'))
            {
                if (cells is null)
                {
                    elements.Add(new BlankElement(line.Number));
                }

                sawBlank = true;
                continue;
            }

            if (line.Text.StartsWith('\t'))
            {
                var cell = line.Text.Trim();
                if (Patterns.IsHeadingLine(cell))
                {
                    // a 专栏 title or heading is never a cell of a table row
                    Flush();
                    elements.Add(new RowElement(line.Number, [cell]));
                    sawBlank = true;
                    continue;
                }

                if (cells is not null && !sawBlank)
                {
                    cells.Add(cell);
                }
                else
                {
                    Flush();
                    cells = [cell];
                    rowLine = line.Number;
                }

                sawBlank = false;
                continue;
            }

            if (cells is { Count: > 0 } && cells[^1].Length < MaxCellLength && IsContinuation(line.Text))
            {
                cells[^1] = cells[^1] + line.Text.Trim();
                sawBlank = false;
                continue;
            }

            Flush();
            sawBlank = false;
            elements.Add(new TextElement(line.Number, line.Text.Trim()));
        }

        Flush();
        return elements;
    }

    private static bool IsContinuation(string text)
    {
        var trimmed = text.Trim();
        // a line of only separators ("|||", "———") is no part of a cell
        return trimmed.Length <= MaxContinuationLength
            && !trimmed.All(c => c is '|' or '-' or '—' or '－' or '_' or '=' or '+' or '*' or '·' or '.' or '…')
            && !trimmed.EndsWith('。')
            && !Patterns.IsHeadingLine(trimmed)
            && !Patterns.Footnote().IsMatch(trimmed)
            && !Patterns.InlineItem().IsMatch(trimmed);
    }
}
