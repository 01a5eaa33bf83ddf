namespace PlanTracker.Import.Pdf;

/// <summary>
/// The glyphs of one page that share a baseline, in x order, split into words at wide gaps (table cells, spaced-out
/// headers). <see cref="Page"/> is 1-based.
/// </summary>
internal sealed class PdfLine(int page, IReadOnlyList<PdfGlyph> glyphs)
{
    /// <summary>A gap of this many font sizes between glyphs separates words (cells of a table).</summary>
    public const double WordGap = 0.6;

    private IReadOnlyList<PdfWord>? _words;
    private string? _text;

    public int Page => page;

    public IReadOnlyList<PdfGlyph> Glyphs => glyphs;

    public double Baseline { get; } = glyphs.Average(g => g.Baseline);

    public double Left => glyphs[0].Left;

    public double Right => glyphs[^1].Right;

    public double Size { get; } = glyphs.Max(g => g.Size);

    public IReadOnlyList<PdfWord> Words => _words ??= SplitWords();

    /// <summary>The words joined by a space.</summary>
    public string Text => _text ??= string.Join(" ", Words.Select(w => w.Text));

    public override string ToString() => $"p{page} y{Baseline:0} x{Left:0}-{Right:0}: {Text}";

    private List<PdfWord> SplitWords()
    {
        var words = new List<PdfWord>();
        var start = 0;
        for (var i = 1; i <= glyphs.Count; i++)
        {
            if (i == glyphs.Count || glyphs[i].Left - glyphs[i - 1].Right > WordGap * Math.Max(glyphs[i].Size, glyphs[i - 1].Size))
            {
                var run = glyphs.Skip(start).Take(i - start).ToList();
                words.Add(new PdfWord(PdfGlyphText.Join(run), run[0].Left, run[^1].Right));
                start = i;
            }
        }

        return words;
    }
}

/// <summary>A run of glyphs without a wide gap and its x-range.</summary>
internal sealed record PdfWord(string Text, double Left, double Right)
{
    public bool Overlaps(double left, double right) => Left < right && left < Right;
}
