using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanTracker.Fuzz;
using PlanTracker.Import.Parsing;
using static PlanTracker.Import.Tests.Word.WordDocx;

namespace PlanTracker.Import.Tests.Word;

/// <summary>How a Word user may have laid a seed's tables out.</summary>
public enum WordVariant
{
    /// <summary>(a) every row on the grid as the seed prints it; a category row has its text in the first cell.</summary>
    PlainGrid,

    /// <summary>(b) a category row is one cell spanning the whole grid.</summary>
    SpannedCategory,

    /// <summary>(c) a 类别 column merged down each group (the category on its first row only) and a 序号 column.</summary>
    CategoryAndNumberColumns,

    /// <summary>(d) a 其中 label column merged down the 其中 rows; other names span it.</summary>
    MergedOfWhichColumn,

    /// <summary>(e) header cells broken over lines ("2025\n年"), categories spanned.</summary>
    BrokenHeaderCells,

    /// <summary>(e) a header over two rows: "年份" spanning the year columns above "2020年 | 2025年", the others merged down.</summary>
    StackedYearHeader,
}

/// <summary>Writes a seed as a .docx whose tables are real Word tables in one of the <see cref="WordVariant"/>s.</summary>
internal static class SeedWordVariants
{
    public static byte[] Docx(string seedText, WordVariant variant) =>
        Document(PlanBlocks.Of(seedText).Select(block => block switch
        {
            PlanTable table => Render(table, variant),
            PlanParagraph paragraph => (OpenXmlElement)Paragraph(paragraph.Text),
            _ => throw new InvalidOperationException(block.ToString()),
        }));

    private static Table Render(PlanTable table, WordVariant variant)
    {
        var hasCategories = table.Rows.Skip(1).Any(r => r.Count == 1);
        return variant switch
        {
            _ when !table.Recognised => Grid(table, spanCategories: false),
            WordVariant.PlainGrid => Grid(table, spanCategories: false),
            WordVariant.CategoryAndNumberColumns when hasCategories => CategoryColumns.Render(table),
            WordVariant.MergedOfWhichColumn when OfWhichColumn.Applies(table) => OfWhichColumn.Render(table),
            WordVariant.StackedYearHeader when StackedYears.Applies(table) => StackedYears.Render(table),
            WordVariant.BrokenHeaderCells => Grid(table with { Rows = [[.. table.Rows[0].Select(BreakHeader)], .. table.Rows.Skip(1)] }, spanCategories: true),
            _ => Grid(table, spanCategories: true),
        };
    }

    public static Table Grid(PlanTable table, bool spanCategories)
    {
        var width = table.Width;
        return Table(width, table.Rows.Select(row => row.Count == 1 && spanCategories && width > 1
            ? Row(Cell(row[0], span: width))
            : Row([.. row, .. Enumerable.Repeat(string.Empty, width - row.Count)])));
    }

    /// <summary>"2025年" → "2025\n年", "2020年完成数" → "2020年\n完成数", "属性" → "属\n性": as narrow header cells are typed.</summary>
    private static string BreakHeader(string header)
    {
        var compact = string.Concat(header.Where(c => !char.IsWhiteSpace(c)));
        var year = compact.IndexOf('年', StringComparison.Ordinal);
        if (year > 0 && char.IsAsciiDigit(compact[year - 1]))
        {
            return year == compact.Length - 1 ? compact[..year] + "\n年" : compact[..(year + 1)] + "\n" + compact[(year + 1)..];
        }

        return compact.Length >= 2 ? compact[..(compact.Length / 2)] + "\n" + compact[(compact.Length / 2)..] : header;
    }

    /// <summary>The column of the indicator names, from the header the table model recognised.</summary>
    public static int NameColumn(PlanTable table) => Math.Max(0, Parsing.TableLayout.TryRecognise(table.Rows[0])!.Roles.ToList().IndexOf(ColumnRole.Name));

    /// <summary>A row without its trailing empty cells (a Markdown table's closing pipe leaves one).</summary>
    public static List<string> Trimmed(List<string> row)
    {
        var count = row.Count;
        while (count > 1 && row[count - 1].Length == 0)
        {
            count--;
        }

        return row[..count];
    }
}
