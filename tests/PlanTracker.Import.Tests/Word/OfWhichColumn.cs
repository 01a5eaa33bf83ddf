using DocumentFormat.OpenXml.Wordprocessing;
using PlanTracker.Fuzz;
using PlanTracker.Import.Parsing;
using static PlanTracker.Import.Tests.Word.WordDocx;

namespace PlanTracker.Import.Tests.Word;

/// <summary>
/// Variant (d): a "其中" label column before the names, merged (w:vMerge) down each run of 其中 rows; the header's
/// and the other rows' names span it (w:gridSpan), category rows span the whole table.
/// </summary>
internal static class OfWhichColumn
{
    public static bool Applies(PlanTable table) => table.Rows.Skip(1).Any(r => OfWhich(table, r) is not null);

    public static Table Render(PlanTable table)
    {
        var name = SeedWordVariants.NameColumn(table);
        var header = SeedWordVariants.Trimmed(table.Rows[0]);
        var width = header.Count + 1;
        var rows = new List<TableRow> { Row(Spanning(header, name)) };
        var previousWasOfWhich = false;
        foreach (var seedRow in table.Rows.Skip(1))
        {
            if (seedRow.Count == 1)
            {
                rows.Add(Row(Cell(seedRow[0], span: width)));
                previousWasOfWhich = false;
                continue;
            }

            if (OfWhich(table, seedRow) is { } child)
            {
                var label = previousWasOfWhich ? Continued() : Cell("其中", vMerge: MergedCellValues.Restart);
                rows.Add(Row([.. child[..name].Select(c => Cell(c)), label, .. child[name..].Select(c => Cell(c))]));
                previousWasOfWhich = true;
                continue;
            }

            rows.Add(Row(Spanning(SeedWordVariants.Trimmed(seedRow), name)));
            previousWasOfWhich = false;
        }

        return Table(width, rows);
    }

    /// <summary>The row's cells with "其中：" taken out of the name ("5.其中：农民工…" → "5.农民工…"), or null when it is not a 其中 row.</summary>
    private static List<string>? OfWhich(PlanTable table, List<string> row)
    {
        var name = SeedWordVariants.NameColumn(table);
        var cells = SeedWordVariants.Trimmed(row);
        var headerCount = SeedWordVariants.Trimmed(table.Rows[0]).Count;
        if (cells.Count > headerCount && TextTools.Compact(cells[name]) is "" or "其中")
        {
            // a PDF or Markdown row shifted by its 其中 cell: "其 中 | 10、专业技术人才总量 | …"
            return [.. cells[..name], .. cells[(name + 1)..]];
        }

        if (cells.Count <= name || Patterns.NumberedName().Match(cells[name]) is not { Success: true } numbered)
        {
            return null;
        }

        var rest = numbered.Groups[2].Value;
        var ofWhich = Patterns.OfWhich().Match(rest);
        if (!ofWhich.Success)
        {
            return null;
        }

        cells[name] = cells[name][..numbered.Groups[2].Index] + rest[ofWhich.Length..];
        return cells;
    }

    private static TableCell[] Spanning(List<string> cells, int name) =>
        [.. cells.Select((c, i) => i == name ? Cell(c, span: 2) : Cell(c))];
}
