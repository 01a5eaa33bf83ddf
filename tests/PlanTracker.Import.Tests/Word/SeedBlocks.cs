using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tests.Word;

/// <summary>A seed's content as Word would hold it: paragraphs, and tables of rows (the header row first).</summary>
internal abstract record SeedBlock;

internal sealed record SeedParagraph(string Text) : SeedBlock;

/// <summary>A table; <paramref name="Recognised"/> when its first row is a header the table model knows.</summary>
internal sealed record SeedTable(List<List<string>> Rows, bool Recognised) : SeedBlock
{
    public int Width => Rows.Max(r => r.Count);
}

internal static class SeedBlocks
{
    /// <summary>
    /// Groups a seed's elements (<see cref="PlanParser.ReadDocument"/>): a recognised header row and the rows after it
    /// until prose (a category row belongs to the table; a blank or empty row inside it, a page break, does not end
    /// it); other runs of rows with two or more cells stay tables; single cells and texts become paragraphs.
    /// </summary>
    public static List<SeedBlock> Of(string seedText)
    {
        var blocks = new List<SeedBlock>();
        SeedTable? table = null;
        var document = PlanParser.ReadDocument(seedText, new ParseContext());
        foreach (var element in document.Elements)
        {
            if (element.Line == 1 && element is TextElement && document.Layout == LayoutDetector.PdfText)
            {
                // a PDF dump's title page runs into the opening paragraph (no sentence end after the title):
                // in the Word document the title lines are paragraphs of their own
                var next = document.Elements.Skip(1).FirstOrDefault()?.Line ?? document.Lines.Count + 1;
                blocks.AddRange(document.Lines.Where(l => l.Number < next && !l.IsBlank).Select(l => new SeedParagraph(l.Text.Trim())));
                continue;
            }

            var cells = element switch
            {
                RowElement row => row.Cells.Select(c => c.Trim()).ToList(),
                TextElement text => [text.Text.Trim()],
                _ => [],
            };
            var filled = cells.Where(c => c.Length > 0).ToList();
            if (element is RowElement header && TableLayout.TryRecognise(header.Cells) is not null)
            {
                table = new SeedTable([cells], Recognised: true);
                blocks.Add(table);
            }
            else if (filled.Count == 0)
            {
                if (table is null or { Recognised: false })
                {
                    table = null;
                    blocks.Add(new SeedParagraph(string.Empty));
                }
            }
            else if (filled.Count == 1 && !(table is { Recognised: true } && IsCategory(filled[0])))
            {
                table = null;
                blocks.Add(new SeedParagraph(filled[0]));
            }
            else if (table is not null)
            {
                table.Rows.Add(filled.Count == 1 ? [filled[0]] : cells);
            }
            else
            {
                table = new SeedTable([cells], Recognised: false);
                blocks.Add(table);
            }
        }

        return blocks;
    }

    public static bool IsCategory(string text) => Patterns.Category().IsMatch(text) && text.Length <= 20;
}
