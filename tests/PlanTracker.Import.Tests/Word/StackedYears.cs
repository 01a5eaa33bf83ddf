using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanTracker.Fuzz;
using static PlanTracker.Import.Tests.Word.WordDocx;

namespace PlanTracker.Import.Tests.Word;

/// <summary>
/// Variant (e): the header printed over two rows — "年份" spanning the year columns (w:gridSpan) above their own
/// headers ("2020年 | 2025年"), every other header cell merged down both rows (w:vMerge); categories span the grid.
/// </summary>
internal static partial class StackedYears
{
    public static bool Applies(PlanTable table) => Years(table) is { Count: >= 2 } years && years[^1] - years[0] == years.Count - 1;

    public static Table Render(PlanTable table)
    {
        var header = table.Rows[0];
        var years = Years(table)!;
        var width = table.Width;
        var top = new List<TableCell>();
        var bottom = new List<TableCell>();
        for (var column = 0; column < width; column++)
        {
            var text = column < header.Count ? header[column] : string.Empty;
            if (column == years[0])
            {
                top.Add(Cell("年份", span: years.Count));
                bottom.AddRange(years.Select(y => Cell(header[y])));
                column = years[^1];
                continue;
            }

            top.Add(Cell(text, vMerge: MergedCellValues.Restart));
            bottom.Add(Continued());
        }

        var body = (Table)SeedWordVariants.Grid(table with { Rows = [.. table.Rows.Skip(1)] }, spanCategories: true).CloneNode(true);
        var firstRow = body.GetFirstChild<TableRow>();
        body.InsertBefore(Row([.. top]), firstRow);
        body.InsertBefore(Row([.. bottom]), firstRow);
        return body;
    }

    private static List<int>? Years(PlanTable table)
    {
        var years = table.Rows[0].Select((h, i) => (h, i)).Where(x => Year().IsMatch(x.h)).Select(x => x.i).ToList();
        return years.Count == 0 ? null : years;
    }

    [GeneratedRegex(@"20\d\d")]
    private static partial Regex Year();
}
