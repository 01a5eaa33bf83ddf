using System.Text.RegularExpressions;
using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Pdf;

/// <summary>
/// The rows of one table under its header: which lines belong to it (over page breaks, its repeated header
/// skipped), each line's glyphs cut into columns, and the lines of one row joined. A new row starts where the
/// numbering column starts a new number (or, in a table without numbers, after a row gap), and a category line
/// ("一、就业") is a row of its own.
/// </summary>
internal static partial class PdfTableRows
{
    /// <summary>A line that begins with a row's number ("1", "12.", "3、") or a category ("二、社会保障").</summary>
    public static bool StartsRow(PdfLine line) => line.Words.Count > 0 && (Numbered().IsMatch(line.Words[0].Text) || IsCategory(line));

    public static List<IReadOnlyList<string>> Read(IReadOnlyList<PdfLine> all, PdfTableHeader header, int from, out int next)
    {
        var body = Extent(all, header, from, out next);
        var cells = header.Cells;
        var set = PdfColumns.Boundaries(cells, [.. body.Where(l => !IsCategory(l))]);
        var columns = set.Count;
        var anchor = AnchorColumn(cells, set);
        var fragments = body.Select(line => Fragments(line, set)).ToList();
        var numbered = fragments.Any(f => Numbered().IsMatch(f.Cells[anchor]));
        var pitch = Pitch(body);

        var rows = new List<IReadOnlyList<string>>();
        List<List<string>>? row = null;
        var spanning = false;
        void Flush()
        {
            if (row is not null)
            {
                // a row whose name spans the merged cell's column is printed, as the header is, without that column
                rows.Add([.. row.Select(PdfCellText.Join).Where((_, c) => !(spanning && c == set.Sub))]);
            }

            row = null;
        }

        for (var i = 0; i < body.Count; i++)
        {
            if (IsCategory(body[i]))
            {
                Flush();
                rows.Add([PdfTableHeader.Compact(body[i].Text), .. Enumerable.Repeat(string.Empty, columns - 1)]);
                continue;
            }

            var starts = numbered
                ? Numbered().IsMatch(fragments[i].Cells[anchor])
                : i == 0 || body[i].Page != body[i - 1].Page || body[i - 1].Baseline - body[i].Baseline > 1.25 * pitch;
            if (starts || row is null)
            {
                Flush();
                row = [.. Enumerable.Range(0, columns).Select(_ => new List<string>())];
                spanning = fragments[i].Spanning;
            }

            for (var c = 0; c < columns; c++)
            {
                row[c].Add(fragments[i].Cells[c]);
            }
        }

        Flush();
        return rows;
    }

    private static bool IsCategory(PdfLine line) =>
        line.Words.Count == 1 && PdfTableHeader.Compact(line.Text).Length <= 20 && Patterns.Category().IsMatch(PdfTableHeader.Compact(line.Text));

    /// <summary>The lines of the table: until a heading, a footnote, a line in another font size, prose across the columns or another header.</summary>
    private static List<PdfLine> Extent(IReadOnlyList<PdfLine> all, PdfTableHeader header, int from, out int next)
    {
        var body = new List<PdfLine>();
        var centres = header.Cells.Select(c => c.Centre).ToList();
        var i = from;
        while (i < all.Count)
        {
            var line = all[i];
            if (PdfTableHeader.IsStart(line))
            {
                // the header repeated at the top of the next page: skipped, the table goes on
                var repeat = PdfTableHeader.Read(all, i, i, out _, out var after);
                if (repeat.Key == header.Key && line.Page != (body.Count > 0 ? body[^1].Page : header.Lines[0].Page))
                {
                    i = after;
                    continue;
                }

                break;
            }

            var compact = PdfTableHeader.Compact(line.Text);
            var size = body.Count > 0 ? body.Average(l => l.Size) : line.Size;
            var spans = line.Words.Count == 1 && centres.Count(c => c > line.Words[0].Left && c < line.Words[0].Right) >= 3;
            if (Patterns.IsHeadingLine(line.Text) || Patterns.Footnote().IsMatch(compact) || Math.Abs(line.Size - size) > 0.15 * size || (spans && !IsCategory(line)))
            {
                break;
            }

            body.Add(line);
            i++;
        }

        next = i;
        return body;
    }

    private static int AnchorColumn(IReadOnlyList<PdfHeaderCell> cells, PdfColumnSet set)
    {
        var cell = cells.FirstOrDefault(c => PdfTableHeader.Compact(c.Text).Contains("序号", StringComparison.Ordinal))
            ?? cells.FirstOrDefault(c => PdfTableHeader.Compact(c.Text) is var t && (t.StartsWith("指标", StringComparison.Ordinal) || t.Contains("名称", StringComparison.Ordinal) || t == "项目"))
            ?? cells[0];
        var column = PdfColumns.ColumnOf(set.Boundaries, cell.Centre);
        return column == set.Sub ? column + 1 : column;
    }

    /// <summary>
    /// A line cut into columns: each run of glyphs goes to the column it starts in, except that a run crossing from a
    /// merged cell's narrow column into the next (a name spanning both) goes to the next and marks the line.
    /// </summary>
    private static (string[] Cells, bool Spanning) Fragments(PdfLine line, PdfColumnSet set)
    {
        var glyphs = new List<PdfGlyph>[set.Count];
        for (var c = 0; c < set.Count; c++)
        {
            glyphs[c] = [];
        }

        var spanning = false;
        foreach (var run in PdfColumns.Runs(line))
        {
            var column = PdfColumns.ColumnOf(set.Boundaries, run[0].Left + 0.01);
            if (column == set.Sub && run[^1].Right > set.Boundaries[column] + run[0].Size)
            {
                column++;
                spanning = true;
            }

            glyphs[column].AddRange(run);
        }

        return ([.. glyphs.Select(g => g.Count == 0 ? string.Empty : PdfGlyphText.Join(g))], spanning);
    }

    /// <summary>The distance between two lines of one cell: the smallest baseline step between body lines of a page.</summary>
    private static double Pitch(List<PdfLine> body)
    {
        var steps = body.Zip(body.Skip(1)).Where(p => p.First.Page == p.Second.Page).Select(p => p.First.Baseline - p.Second.Baseline).Where(d => d > 0.5).ToList();
        return steps.Count > 0 ? steps.Min() : body.Count > 0 ? body[0].Size * 1.4 : 14;
    }

    [GeneratedRegex(@"^\d{1,3}(\s*[.、．,，]|$)")]
    private static partial Regex Numbered();
}
