namespace PlanTracker.Import.Pdf;

/// <summary>Groups a page's glyphs into lines: by baseline (top to bottom), each line's glyphs by x.</summary>
internal static class PdfLineBuilder
{
    public static List<PdfLine> Build(int page, IEnumerable<PdfGlyph> glyphs)
    {
        var lines = new List<PdfLine>();
        var current = new List<PdfGlyph>();
        var baseline = double.NaN;
        foreach (var glyph in glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.Left))
        {
            // a glyph within a third of its size of the line's baseline belongs to it (superscripts, mixed fonts)
            if (current.Count > 0 && Math.Abs(glyph.Baseline - baseline) > 0.35 * glyph.Size)
            {
                lines.AddRange(Split(page, current));
                current = [];
            }

            if (current.Count == 0)
            {
                baseline = glyph.Baseline;
            }

            current.Add(glyph);
        }

        if (current.Count > 0)
        {
            lines.AddRange(Split(page, current));
        }

        return lines;
    }

    /// <summary>One baseline's glyphs in x order; overprinted duplicates (fake bold) dropped.</summary>
    private static IEnumerable<PdfLine> Split(int page, List<PdfGlyph> glyphs)
    {
        var ordered = glyphs.OrderBy(g => g.Left).ToList();
        var kept = new List<PdfGlyph>(ordered.Count);
        foreach (var glyph in ordered)
        {
            if (kept.Count > 0 && kept[^1].Text == glyph.Text && Math.Abs(kept[^1].Left - glyph.Left) < 0.1 * glyph.Size)
            {
                continue;
            }

            kept.Add(glyph);
        }

        yield return new PdfLine(page, kept);
    }
}
