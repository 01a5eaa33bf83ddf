namespace PlanTracker.Import.Pdf;

/// <summary>
/// A table's column boundaries: between two header cells, in the widest x-gap that no word of the rows below
/// covers (a left-aligned name reaches far beyond its centred header); a column whose rows have a narrow column of
/// short words of their own on the left (a merged "其中" cell) is split in two.
/// </summary>
internal static class PdfColumns
{
    public static List<double> Boundaries(IReadOnlyList<PdfHeaderCell> header, IReadOnlyList<PdfLine> body)
    {
        var words = body.SelectMany(l => l.Words).OrderBy(w => w.Left).ToList();
        // glyphs, not words: the text of two neighbouring cells may be closer than a word gap
        var glyphs = body.SelectMany(l => l.Glyphs).Select(g => new PdfWord(g.Text, g.Left, g.Right)).OrderBy(g => g.Left).ToList();
        var size = body.Count > 0 ? body.Average(l => l.Size) : 10;
        var boundaries = new List<double>();
        for (var k = 0; k + 1 < header.Count; k++)
        {
            var from = header[k].Centre;
            var to = header[k + 1].Centre;
            boundaries.Add(WidestGap(glyphs, from, to) ?? (header[k].Right + header[k + 1].Left) / 2);
        }

        var split = new List<double>();
        for (var k = 0; k < header.Count; k++)
        {
            var left = k == 0 ? double.NegativeInfinity : boundaries[k - 1];
            var right = k == boundaries.Count ? double.PositiveInfinity : boundaries[k];
            if (SubColumn(words.Where(w => w.Left >= left && w.Right <= right).ToList(), size) is { } inner)
            {
                split.Add(inner);
            }

            if (k < boundaries.Count)
            {
                split.Add(boundaries[k]);
            }
        }

        return split;
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

    /// <summary>A gap of at least a word gap after a left part made only of words of at most four characters.</summary>
    private static double? SubColumn(List<PdfWord> words, double size)
    {
        if (words.Count < 2)
        {
            return null;
        }

        var right = words[0].Right;
        var shortOnly = PdfTableHeader.Compact(words[0].Text).Length <= 4;
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Left - right >= PdfLine.WordGap * size && shortOnly)
            {
                return (right + words[i].Left) / 2;
            }

            shortOnly &= PdfTableHeader.Compact(words[i].Text).Length <= 4;
            right = Math.Max(right, words[i].Right);
            if (!shortOnly)
            {
                return null;
            }
        }

        return null;
    }
}
