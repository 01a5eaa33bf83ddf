using System.Text;

namespace PlanTracker.Import.Tests.Variants;

/// <summary>
/// How a table's rows become lines of text, one method per layout that issue 12 lists. A category row is one cell
/// ("一、就业"); where a layout needs a cell per column (pipe tables) it is padded with empty cells. Empty cells are kept
/// where the layout can show them and vanish where the source would not print them (a PDF dump).
/// </summary>
internal static class TableRenderers
{
    public static IEnumerable<string> Tabs(TableBlock table) => AllRows(table).Select(r => string.Join("\t", r));

    /// <summary>| a | b | with a |---|---| line under the header.</summary>
    public static IEnumerable<string> PipesWithOuter(TableBlock table) =>
        Piped(table, r => "| " + string.Join(" | ", r) + " |", "|" + string.Join("|", Enumerable.Repeat("---", table.Header.Count)) + "|");

    /// <summary>a | b with a --- | --- line under the header.</summary>
    public static IEnumerable<string> PipesWithoutOuter(TableBlock table) =>
        Piped(table, r => string.Join(" | ", r).TrimEnd(), string.Join(" | ", Enumerable.Repeat("---", table.Header.Count)));

    /// <summary>Every cell followed by " |": "a | b | c |" (a line ending in a separator).</summary>
    public static IEnumerable<string> TrailingSeparators(TableBlock table) => AllRows(table).Select(r => string.Concat(r.Select(c => c + " |")).TrimStart());

    public static IEnumerable<string> CellPerLineWithBlankLines(TableBlock table) => CellPerLine(table, indent: string.Empty, blankBetweenRows: true);

    public static IEnumerable<string> CellPerLineWithoutBlankLines(TableBlock table) => CellPerLine(table, indent: string.Empty, blankBetweenRows: false);

    public static IEnumerable<string> CellPerLineTabIndented(TableBlock table) => CellPerLine(table, indent: "\t", blankBetweenRows: true);

    /// <summary>A PDF text dump: printed cells separated by single spaces, rows wrapped at 25 characters, a blank line after every line.</summary>
    public static IEnumerable<string> PdfDump(TableBlock table) =>
        AllRows(table).SelectMany(r => Wrap(string.Join(" ", r.Where(c => c.Length > 0)), 25)).SelectMany(l => new[] { l, string.Empty });

    /// <summary>The header on its own line, then three rows per line, cells separated by spaces.</summary>
    public static IEnumerable<string> RowsRunTogether(TableBlock table)
    {
        yield return string.Join(" ", table.Header.Where(c => c.Length > 0));
        foreach (var chunk in table.Rows.Chunk(3))
        {
            yield return string.Join(" ", chunk.Select(r => string.Join(" ", r.Where(c => c.Length > 0))));
        }
    }

    /// <summary>Each header cell on a line of its own, then the rows tab-separated.</summary>
    public static IEnumerable<string> HeaderCellsOnLines(TableBlock table) =>
        table.Header.Where(c => c.Length > 0).Concat(table.Rows.Select(r => string.Join("\t", r)));

    /// <summary>The header one character per line (a narrow column wrapped by the typesetter), then the rows tab-separated.</summary>
    public static IEnumerable<string> HeaderOneCharacterPerLine(TableBlock table) =>
        table.Header.SelectMany(c => c.Where(ch => !char.IsWhiteSpace(ch)).Select(ch => ch.ToString()))
            .Concat(table.Rows.Select(r => string.Join("\t", r)));

    private static IEnumerable<IReadOnlyList<string>> AllRows(TableBlock table) => new[] { table.Header }.Concat(table.Rows);

    private static IEnumerable<string> Piped(TableBlock table, Func<IReadOnlyList<string>, string> line, string separator)
    {
        yield return line(table.Header);
        yield return separator;
        foreach (var row in table.Rows)
        {
            yield return line(TableBlock.IsCategory(row) ? Pad(row, table.Header.Count) : row);
        }
    }

    private static IEnumerable<string> CellPerLine(TableBlock table, string indent, bool blankBetweenRows)
    {
        foreach (var row in AllRows(table))
        {
            foreach (var cell in row)
            {
                yield return cell.Length == 0 ? string.Empty : indent + cell;
            }

            if (blankBetweenRows)
            {
                yield return string.Empty;
            }
        }
    }

    private static string[] Pad(IReadOnlyList<string> row, int width) => row.Concat(Enumerable.Repeat(string.Empty, Math.Max(0, width - row.Count))).ToArray();

    /// <summary>Lines of at most <paramref name="width"/> characters, broken at the last space before the limit when there is one.</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var rest = text;
        while (rest.Length > width)
        {
            var cut = rest.LastIndexOf(' ', width);
            cut = cut > width / 2 ? cut : width;
            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    public static string Show(IEnumerable<string> lines) => new StringBuilder().AppendJoin('\n', lines).ToString();
}
