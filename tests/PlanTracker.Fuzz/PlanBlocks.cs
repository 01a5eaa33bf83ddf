using PlanTracker.Import;
using PlanTracker.Import.Parsing;

namespace PlanTracker.Fuzz;

/// <summary>A plan text's content as Word would hold it: paragraphs, and tables of rows (the header row first).</summary>
internal abstract record PlanBlock;

internal sealed record PlanParagraph(string Text) : PlanBlock;

/// <summary>A table; <paramref name="Recognised"/> when its first row is a header the table model knows.</summary>
internal sealed record PlanTable(List<List<string>> Rows, bool Recognised) : PlanBlock
{
    public int Width => Rows.Max(r => r.Count);
}

/// <summary>Shared by the fuzz corpus (<see cref="MinimalDocx"/>) and the Word tests (linked into PlanTracker.Import.Tests).</summary>
internal static class PlanBlocks
{
    /// <summary>
    /// Groups a text's elements (<see cref="PlanParser.ReadDocument"/>): a recognised header row and the rows after it
    /// until prose (a category row belongs to the table; a blank or empty row inside it, a page break, does not end
    /// it); other runs of rows with two or more cells stay tables; single cells and texts become paragraphs.
    /// </summary>
    public static List<PlanBlock> Of(string text)
    {
        var blocks = new List<PlanBlock>();
        PlanTable? table = null;
        var document = PlanParser.ReadDocument(text, new ParseContext());
        for (var index = 0; index < document.Elements.Count; index++)
        {
            var element = document.Elements[index];
            var end = index + 1 < document.Elements.Count ? document.Elements[index + 1].Line : document.Lines.Count + 1;
            Add(blocks, ref table, element, document);
            // lines the text reader could not assemble into a row belong to no element; Word would hold them
            // where they were printed (a row of the table with a cell missing), so they are written, not dropped
            var left = Unread(document, element, end);
            if (left.Count > 0)
            {
                if (table is { Recognised: true })
                {
                    table.Rows.Add(left);
                }
                else
                {
                    blocks.AddRange(left.Select(l => new PlanParagraph(l)));
                }
            }
        }

        return blocks;
    }

    /// <summary>The non-blank lines after an element's first line, up to the next element, that none of its cells or text holds.</summary>
    private static List<string> Unread(SourceDocument document, Element element, int end)
    {
        var held = element switch
        {
            RowElement row => string.Concat(row.Cells),
            TextElement prose => prose.Text,
            _ => string.Empty,
        };
        var compact = Compact(held);
        var lines = document.Lines.Where(l => l.Number > element.Line && l.Number < end && !l.IsBlank).Select(l => l.Text.Trim()).ToList();
        // a line of only punctuation ("—") is held by any text, and a merged 其中 label ("其", "中") by the row's
        // parent: each counts as unread only when it sits among unread lines
        var unread = lines.Select(l => Compact(l) is { Length: > 0 } key && key.Trim('其', '中').Length > 0 && !compact.Contains(key, StringComparison.Ordinal)).ToList();
        var first = unread.IndexOf(true);
        return first < 0 ? [] : lines[first..(unread.LastIndexOf(true) + 1)];
    }

    /// <summary>Letters and digits only: the reader trims quotes, brackets and spaces from cells.</summary>
    private static string Compact(string text) => string.Concat(text.Where(char.IsLetterOrDigit));

    private static void Add(List<PlanBlock> blocks, ref PlanTable? table, Element element, SourceDocument document)
    {
        {
            if (element.Line == 1 && element is TextElement && document.Layout == LayoutDetector.PdfText)
            {
                // a PDF dump's title page runs into the opening paragraph (no sentence end after the title):
                // in the Word document the title lines are paragraphs of their own
                var next = document.Elements.Skip(1).FirstOrDefault()?.Line ?? document.Lines.Count + 1;
                blocks.AddRange(document.Lines.Where(l => l.Number < next && !l.IsBlank).Select(l => new PlanParagraph(l.Text.Trim())));
                return;
            }

            var cells = element switch
            {
                RowElement row => row.Cells.Select(c => c.Trim()).ToList(),
                TextElement prose => [prose.Text.Trim()],
                _ => [],
            };
            var filled = cells.Where(c => c.Length > 0).ToList();
            if (element is RowElement header && TableLayout.TryRecognise(header.Cells) is not null)
            {
                table = new PlanTable([cells], Recognised: true);
                blocks.Add(table);
            }
            else if (filled.Count == 0)
            {
                if (table is null or { Recognised: false })
                {
                    table = null;
                    blocks.Add(new PlanParagraph(string.Empty));
                }
            }
            else if (filled.Count == 1 && !(table is { Recognised: true } && IsCategory(filled[0])))
            {
                table = null;
                blocks.Add(new PlanParagraph(filled[0]));
            }
            else if (table is not null)
            {
                table.Rows.Add(filled.Count == 1 ? [filled[0]] : cells);
            }
            else
            {
                table = new PlanTable([cells], Recognised: false);
                blocks.Add(table);
            }
        }
    }

    public static bool IsCategory(string text) => Patterns.Category().IsMatch(text) && text.Length <= 20;
}
