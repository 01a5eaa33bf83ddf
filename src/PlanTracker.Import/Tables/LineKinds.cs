using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tables;

/// <summary>Lines whose cells are marked by separators: tab-separated rows and pipe rows (with or without outer pipes, or ending in one).</summary>
internal readonly record struct PipeStyle(bool Leading, bool Trailing);

internal static class LineKinds
{
    public static bool IsTabRow(string line) =>
        line.Contains('\t') && !line.StartsWith('\t') ? line.Split('\t').Count(c => c.Trim().Length > 0) >= 2 : InteriorTabCells(line) >= 2;

    public static bool IsPipeRow(string line)
    {
        var trimmed = line.Trim();
        var pipes = trimmed.Count(c => c == '|');
        return pipes >= 2 || (pipes == 1 && trimmed.Length > 1 && (trimmed[0] == '|' || trimmed[^1] == '|'));
    }

    public static bool IsExplicitRow(string line) => IsPipeRow(line) || IsTabRow(line);

    /// <summary>How a table's pipe rows are drawn, taken from its first row: outer pipes on both sides, only after each cell, or only between cells.</summary>
    public static PipeStyle StyleOf(string line)
    {
        var trimmed = line.Trim();
        return new PipeStyle(trimmed.StartsWith('|'), trimmed.EndsWith('|'));
    }

    /// <summary>
    /// A pipe row's cells; null for a separator row (|---|---|). A leading or trailing pipe is an outer one only when
    /// the table draws them (<paramref name="style"/>): in a table without outer pipes, "| 11、…" starts with an empty cell.
    /// </summary>
    public static List<string>? PipeCells(string line, PipeStyle style)
    {
        var trimmed = line.Trim();
        var cells = trimmed.Split('|').Select(c => StripEmphasis(c).Trim()).ToList();
        if (trimmed.StartsWith('|') && style.Leading)
        {
            cells.RemoveAt(0);
        }

        if (trimmed.EndsWith('|') && cells.Count > 0 && style.Trailing)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells.Count > 0 && cells.All(c => c.Length > 0 && c.Trim(':', '-', ' ', '—').Length == 0) ? null : cells;
    }

    public static List<string> TabCells(string line) => line.Split('\t').Select(c => c.Trim()).ToList();

    private static int InteriorTabCells(string line) => line.TrimStart('\t').Split('\t').Count(c => c.Trim().Length > 0);

    private static string StripEmphasis(string text) =>
        text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
}
