namespace PlanTracker.Import.Pdf;

/// <summary>
/// A table's column boundaries: between two header cells, in the widest x-gap that no word of the rows below
/// covers (a left-aligned name reaches far beyond its centred header); a column whose rows have a narrow column of
/// short words of their own on the left (a merged "其中" cell) is split in two.
/// </summary>
internal static class PdfColumns
{
    /// <summary>A gap this wide (in font sizes) splits a line into runs: cells of a table never touch closer.</summary>
    public const double RunGap = 0.4;

    public static PdfColumnSet Boundaries(IReadOnlyList<PdfHeaderCell> header, IReadOnlyList<PdfLine> body)
    {
        // glyphs, not words: the text of two neighbouring cells may be closer than a word gap
        var glyphs = body.SelectMany(l => l.Glyphs).Select(g => new PdfWord(g.Text, g.Left, g.Right)).OrderBy(g => g.Left).ToList();
        var boundaries = new List<double>();
        for (var k = 0; k + 1 < header.Count; k++)
        {
            var from = header[k].Centre;
            var to = header[k + 1].Centre;
            boundaries.Add(WidestGap(glyphs, from, to) ?? (header[k].Right + header[k + 1].Left) / 2);
        }

        for (var k = 0; k <= boundaries.Count; k++)
        {
            var left = k == 0 ? double.NegativeInfinity : boundaries[k - 1];
            var right = k == boundaries.Count ? double.PositiveInfinity : boundaries[k];
            if (SubColumn(body, left, right) is { } inner)
            {
                boundaries.Insert(k, inner);
                return new PdfColumnSet(boundaries, k);
            }
        }

        return new PdfColumnSet(boundaries, null);
    }

    /// <summary>A line's glyphs split at gaps of <see cref="RunGap"/> font sizes.</summary>
    public static List<List<PdfGlyph>> Runs(PdfLine line)
    {
        var runs = new List<List<PdfGlyph>>();
        foreach (var glyph in line.Glyphs)
        {
            if (runs.Count == 0 || glyph.Left - runs[^1][^1].Right >= RunGap * glyph.Size)
            {
                runs.Add([]);
            }

            runs[^1].Add(glyph);
        }

        return runs;
    }

    /// <summary>The index of the column an x-position falls in.</summary>
    public static int ColumnOf(IReadOnlyList<double> boundaries, double x)
    {
        var column = 0;
        while (column < boundaries.Count && x >= boundaries[column])
        {
            column++;
        }

        return column;
    }

    private static double? WidestGap(List<PdfWord> words, double from, double to)
    {
        var cursor = from;
        double? best = null;
        var width = 0.0;
        foreach (var word in words.Where(w => w.Right > from && w.Left < to))
        {
            if (word.Left - cursor > width)
            {
                width = word.Left - cursor;
                best = (cursor + word.Left) / 2;
            }

            cursor = Math.Max(cursor, word.Right);
        }

        if (to - cursor > width && cursor > from)
        {
            best = (cursor + to) / 2;
        }

        return best;
    }

    /// <summary>
    /// A merged cell printed in a narrow column of its own inside a header column ("其中" before the names of its
    /// rows): a short run (at most four characters, not a number), a word gap, then the rest of the cell.
    /// </summary>
    private static double? SubColumn(IReadOnlyList<PdfLine> body, double left, double right)
    {
        foreach (var line in body)
        {
            var runs = Runs(line).Where(r => r[0].Left >= left && r[^1].Right <= right).ToList();
            if (runs.Count >= 2)
            {
                var first = PdfTableHeader.Compact(PdfGlyphText.Join(runs[0]));
                var gap = runs[1][0].Left - runs[0][^1].Right;
                if (first.Length <= 4 && !first.Any(char.IsAsciiDigit) && gap >= PdfLine.WordGap * line.Size)
                {
                    return (runs[0][^1].Right + runs[1][0].Left) / 2;
                }
            }
        }

        return null;
    }
}

/// <summary>Column boundaries (x); <see cref="Sub"/> is the index of a merged cell's narrow column inside a header column, if any.</summary>
internal sealed record PdfColumnSet(List<double> Boundaries, int? Sub)
{
    public int Count => Boundaries.Count + 1;
}
