using PlanTracker.Import.Parsing;
using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Tables;

/// <summary>
/// Reads a plan text into prose and table rows, deciding the layout per table: a pipe row or a tab-separated row
/// is a row wherever it stands; a table printed as text is found by its header (<see cref="TextTableFinder"/>);
/// what is left is prose, read by the way the document's prose was extracted (<see cref="LayoutDetector"/>:
/// PDF dumps re-join wrapped lines, Word's one-cell-per-line text keeps its cells, Markdown loses its emphasis).
/// </summary>
internal static class TextDocumentReader
{
    public static SourceDocument Read(IReadOnlyList<SourceLine> lines, ParseContext context)
    {
        var layout = LayoutDetector.Detect(lines);
        var typical = PdfTextReader.TypicalLength(lines);
        var elements = new List<Element>(lines.Count);
        var prose = new List<SourceLine>();
        PipeStyle? pipes = null;

        void FlushProse()
        {
            if (prose.Count == 0)
            {
                return;
            }

            elements.AddRange(layout switch
            {
                LayoutDetector.Markdown => MarkdownReader.Read(prose),
                LayoutDetector.CellPerLine => CellPerLineReader.Read(prose),
                LayoutDetector.PdfText => PdfTextReader.Read(prose, context, typical),
                _ => TabSeparatedReader.Read(prose),
            });
            prose.Clear();
        }

        for (var i = 0; i < lines.Count;)
        {
            var line = lines[i];
            var table = new List<Element>();
            if (!line.IsBlank && (TextTableFinder.TryRead(lines, i, context, table, out var next) || ProjectTableFinder.TryRead(lines, i, layout, context, table, out next)))
            {
                FlushProse();
                elements.AddRange(table);
                i = next;
                continue;
            }

            if (LineKinds.IsPipeRow(line.Text))
            {
                FlushProse();
                pipes ??= LineKinds.StyleOf(line.Text);
                if (LineKinds.PipeCells(line.Text, pipes.Value) is { } cells)
                {
                    elements.Add(new RowElement(line.Number, cells));
                }
            }
            else if (LineKinds.IsTabRow(line.Text))
            {
                FlushProse();
                elements.Add(new RowElement(line.Number, LineKinds.TabCells(line.Text)));
            }
            else
            {
                prose.Add(line);
                if (!line.IsBlank)
                {
                    // a table's pipe style holds across a page break (blank lines), not across prose
                    pipes = null;
                }
            }

            i++;
        }

        FlushProse();
        return new SourceDocument(layout, lines, elements);
    }
}
