using PlanTracker.Import.Parsing;
using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Tables;

/// <summary>
/// Reads a plan text into prose and table rows, deciding the layout per table: a pipe row or a tab-separated row
/// is a row wherever it stands; a table printed as text is found by its header (<see cref="TextTableFinder"/>,
/// <see cref="ProjectTableFinder"/>); what is left is prose, read by the way the document's prose was extracted
/// (<see cref="LayoutDetector"/>, judged on the prose lines alone: PDF dumps re-join wrapped lines, Word's
/// one-cell-per-line text keeps its cells, Markdown loses its emphasis, plain text keeps one paragraph per line).
/// </summary>
internal static class TextDocumentReader
{
    public static SourceDocument Read(IReadOnlyList<SourceLine> lines, ParseContext context)
    {
        var parts = Segment(lines, context);
        var proseLines = parts.Where(p => p.Prose is not null).Select(p => p.Prose!).ToList();
        var layout = LayoutDetector.Detect(lines, proseLines);
        var typical = PdfTextReader.TypicalLength(proseLines);
        var elements = new List<Element>(lines.Count);
        var prose = new List<SourceLine>();

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

        foreach (var part in parts)
        {
            if (part.Prose is { } line)
            {
                prose.Add(line);
                continue;
            }

            FlushProse();
            elements.AddRange(part.Table!);
        }

        FlushProse();
        return new SourceDocument(layout, lines, elements);
    }

    /// <summary>A prose line, or the elements of a table (or of one separated row).</summary>
    private sealed record Part(SourceLine? Prose, IReadOnlyList<Element>? Table);

    private static List<Part> Segment(IReadOnlyList<SourceLine> lines, ParseContext context)
    {
        var parts = new List<Part>(lines.Count);
        var layout = LayoutDetector.Detect(lines, lines);
        PipeStyle? pipes = null;
        for (var i = 0; i < lines.Count;)
        {
            var line = lines[i];
            var table = new List<Element>();
            if (!line.IsBlank && (TextTableFinder.TryRead(lines, i, context, table, out var next) || ProjectTableFinder.TryRead(lines, i, layout, context, table, out next)))
            {
                parts.Add(new Part(null, table));
                i = next;
                continue;
            }

            if (LineKinds.IsPipeRow(line.Text))
            {
                pipes ??= LineKinds.StyleOf(line.Text);
                parts.Add(new Part(null, LineKinds.PipeCells(line.Text, pipes.Value) is { } cells ? [new RowElement(line.Number, cells)] : []));
            }
            else if (LineKinds.IsTabRow(line.Text))
            {
                parts.Add(new Part(null, [new RowElement(line.Number, LineKinds.TabCells(line.Text))]));
            }
            else
            {
                parts.Add(new Part(line, null));
                if (!line.IsBlank)
                {
                    // a table's pipe style holds across a page break (blank lines), not across prose
                    pipes = null;
                }
            }

            i++;
        }

        return parts;
    }
}
