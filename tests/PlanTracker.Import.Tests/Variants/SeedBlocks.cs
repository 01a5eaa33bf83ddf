using System.Text.RegularExpressions;
using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tests.Variants;

/// <summary>A part of a document as the layout generator re-emits it: a paragraph, or a table.</summary>
internal abstract record Block;

/// <summary>A paragraph, heading, 专栏 title, item or footnote: one line of prose.</summary>
internal sealed record ProseBlock(string Text) : Block;

/// <summary>
/// A table as printed: its header cells and its rows. A category row ("一、就业") is a row of one cell. A row may be
/// wider than the header when the print has a merged cell in front (株洲's 其中 rows: ["其中", "10、专业技术人才总量", …]).
/// </summary>
internal sealed record TableBlock(TableKind Kind, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : Block
{
    public static bool IsCategory(IReadOnlyList<string> row) => row.Count == 1;
}

/// <summary>
/// Splits a seed into prose and tables, from the elements its own reader produced (<see cref="PlanParser.ReadDocument"/>):
/// a table starts at a header row <see cref="TableLayout.TryRecognise"/> knows and takes the following rows and category
/// lines, across blank lines and empty page-break rows, until prose, a heading, a 专栏 title or a footnote (注：).
/// </summary>
internal static partial class SeedBlocks
{
    public static IReadOnlyList<Block> Read(string seedText)
    {
        var document = PlanParser.ReadDocument(seedText, new ParseContext());
        var blocks = new List<Block>();
        TableBlock? table = null;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var element in document.Elements)
        {
            if (table is not null)
            {
                if (InTable(element, table.Header.Count, rows))
                {
                    continue;
                }

                blocks.Add(table with { Rows = rows });
                table = null;
            }

            if (element is RowElement header && TableLayout.TryRecognise(header.Cells) is { } layout)
            {
                table = new TableBlock(layout.Kind, TrimEnd(header.Cells, 0), []);
                rows = [];
            }
            else if (element is RowElement row && row.NonEmptyCells.Any())
            {
                blocks.Add(new ProseBlock(string.Join(" ", row.NonEmptyCells.Select(c => c.Trim()))));
            }
            else if (element is TextElement text && text.Text.Trim().Length > 0)
            {
                blocks.Add(new ProseBlock(text.Text.Trim()));
            }
        }

        if (table is not null)
        {
            blocks.Add(table with { Rows = rows });
        }

        return WithTitleOnItsOwnLine(blocks, MetadataReader.Read(document.Lines).Title);
    }

    /// <summary>
    /// A PDF dump's reader may join the title to the opening paragraph ("…事业发 展 规 划“十四五”时期是…"); printed,
    /// the title is a paragraph of its own, so it gets a line of its own (as printed, spaces kept).
    /// </summary>
    private static List<Block> WithTitleOnItsOwnLine(List<Block> blocks, string? title)
    {
        var index = title is null ? -1 : blocks.FindIndex(b => b is ProseBlock);
        if (index < 0 || blocks[index] is not ProseBlock { Text: var text })
        {
            return blocks;
        }

        var end = PrintedPrefixLength(text, title!);
        if (end <= 0 || end >= text.Length)
        {
            return blocks;
        }

        blocks[index] = new ProseBlock(text[..end].Trim());
        blocks.Insert(index + 1, new ProseBlock(text[end..].Trim()));
        return blocks;
    }

    /// <summary>How many characters of <paramref name="text"/> print <paramref name="title"/> (spaces skipped); 0 when it does not start with it.</summary>
    private static int PrintedPrefixLength(string text, string title)
    {
        var wanted = string.Concat(title.Where(c => !char.IsWhiteSpace(c)));
        var matched = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            if (text[i] != wanted[matched])
            {
                return 0;
            }

            if (++matched == wanted.Length)
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Whether the element belongs to the open table (and was added to its rows).</summary>
    private static bool InTable(Element element, int width, List<IReadOnlyList<string>> rows)
    {
        switch (element)
        {
            case BlankElement:
                return true;
            case RowElement row when !row.NonEmptyCells.Any():
                return true;
            case RowElement row when row.NonEmptyCells.Count() == 1 && IsCategoryText(row.NonEmptyCells.Single()):
                rows.Add([row.NonEmptyCells.Single().Trim()]);
                return true;
            case RowElement row when row.NonEmptyCells.Count() >= 2 && TableLayout.TryRecognise(row.Cells) is null:
                rows.Add(TrimEnd(row.Cells, width));
                return true;
            case TextElement text when IsCategoryText(text.Text):
                rows.Add([text.Text.Trim()]);
                return true;
            default:
                return false;
        }
    }

    public static bool IsCategoryText(string text) => CategoryLine().IsMatch(text.Trim());

    /// <summary>The cells without trailing empty ones beyond <paramref name="width"/> (0: all trailing empty cells).</summary>
    private static List<string> TrimEnd(IReadOnlyList<string> cells, int width)
    {
        var list = cells.Select(c => c.Trim()).ToList();
        while (list.Count > Math.Max(width, 1) && list[^1].Length == 0)
        {
            list.RemoveAt(list.Count - 1);
        }

        return list;
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]+、\S{1,10}$")]
    private static partial Regex CategoryLine();
}
