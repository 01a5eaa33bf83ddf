using DocumentFormat.OpenXml.Wordprocessing;
using PlanTracker.Fuzz;
using PlanTracker.Import.Parsing;
using static PlanTracker.Import.Tests.Word.WordDocx;

namespace PlanTracker.Import.Tests.Word;

/// <summary>
/// Variant (c): the category rows ("一、就业") become a 类别 column whose cell is merged (w:vMerge) down its
/// group, so "就业" stands on the group's first row only; the number of "1.城镇新增就业人数" goes to a 序号 column.
/// </summary>
internal static class CategoryColumns
{
    public static Table Render(PlanTable table)
    {
        var name = SeedWordVariants.NameColumn(table);
        var header = SeedWordVariants.Trimmed(table.Rows[0]);
        var rows = new List<TableRow> { Row(["类别", "序号", .. header]) };
        string? category = null;
        var groupStarts = false;
        foreach (var seedRow in table.Rows.Skip(1))
        {
            if (seedRow.Count == 1)
            {
                var match = Patterns.Category().Match(seedRow[0]);
                category = match.Success ? match.Groups[2].Value.Trim() : seedRow[0];
                groupStarts = true;
                continue;
            }

            var cells = SeedWordVariants.Trimmed(seedRow);
            var numbered = Patterns.NumberedName().Match(cells[name]);
            var number = numbered.Success ? numbered.Groups[1].Value : string.Empty;
            cells[name] = numbered.Success ? numbered.Groups[2].Value.Trim() : cells[name];
            var categoryCell = category is null ? Cell(string.Empty) : groupStarts ? Cell(category, vMerge: MergedCellValues.Restart) : Continued();
            groupStarts = false;
            rows.Add(Row([categoryCell, Cell(number), .. cells.Select(c => Cell(c))]));
        }

        return Table(header.Count + 2, rows);
    }
}
