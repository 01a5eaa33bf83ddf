using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Pdf;

/// <summary>
/// Turns the lines of all pages (furniture removed) into the parser's document: prose paragraphs as
/// <see cref="TextElement"/>s and each table as <see cref="RowElement"/>s, header first. <c>Lines</c> is the flattened
/// text, one line per paragraph and one tab-separated line per table row, so element line numbers point into it.
/// </summary>
internal static class PdfElementBuilder
{
    public static SourceDocument Build(IReadOnlyList<PdfLine> all)
    {
        var lines = new List<SourceLine>();
        var elements = new List<Element>();
        var full = all.Where(l => l.Glyphs.Count >= 10).ToList();
        var left = full.Count > 0 ? full.Min(l => l.Left) : all.Select(l => l.Left).DefaultIfEmpty(0).Min();
        var right = full.Count > 0 ? full.Max(l => l.Right) : all.Select(l => l.Right).DefaultIfEmpty(0).Max();
        var prose = new PdfProse(left, right);

        void AddText(string text)
        {
            lines.Add(new SourceLine(lines.Count + 1, text));
            elements.Add(new TextElement(lines.Count, text));
        }

        void AddRow(IReadOnlyList<string> cells)
        {
            lines.Add(new SourceLine(lines.Count + 1, string.Join('\t', cells)));
            elements.Add(new RowElement(lines.Count, cells));
        }

        void FlushProse()
        {
            if (!prose.IsEmpty)
            {
                AddText(prose.Take());
            }
        }

        var i = 0;
        while (i < all.Count)
        {
            if (TableAt(all, i) is { } header)
            {
                var rows = PdfTableRows.Read(all, header.Header, header.BodyStart, out var next);
                FlushProse();
                AddRow([.. header.Header.Cells.Select(c => c.Text)]);
                foreach (var row in rows)
                {
                    AddRow(row);
                }

                i = next;
                continue;
            }

            if (!prose.TryContinue(all[i]))
            {
                FlushProse();
                prose.TryContinue(all[i]);
            }

            i++;
        }

        FlushProse();
        return new SourceDocument(PdfDocumentReader.Layout, lines, elements);
    }

    /// <summary>The table whose header band begins at line <paramref name="i"/> (its header words may sit one or two lines lower).</summary>
    private static (PdfTableHeader Header, int BodyStart)? TableAt(IReadOnlyList<PdfLine> all, int i)
    {
        for (var j = i; j < Math.Min(i + 3, all.Count); j++)
        {
            if (PdfTableHeader.IsStart(all[j]))
            {
                var header = PdfTableHeader.Read(all, j, i, out var first, out var bodyStart);
                return first == i && header.Cells.Count >= 3 ? (header, bodyStart) : null;
            }
        }

        return null;
    }
}
