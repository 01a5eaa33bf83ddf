using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Pdf;

/// <summary>
/// Re-joins the prose lines of a paragraph that wrapped (over lines and pages): a line continues the previous one
/// unless either is a heading (第一章, 第一节, 专栏1), the line starts a numbered or dashed item (一、 / （一） / 1. / ——),
/// the line is indented (a new paragraph), or the previous one ends a sentence or stops short of the right margin.
/// </summary>
internal sealed class PdfProse(double leftMargin, double rightMargin)
{
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '：', '!', '?', ';', ':'];

    private readonly List<PdfLine> _lines = [];

    public bool IsEmpty => _lines.Count == 0;

    /// <summary>Adds the line to the paragraph if it continues it; false when the paragraph is complete and the line starts a new one.</summary>
    public bool TryContinue(PdfLine line)
    {
        if (_lines.Count == 0)
        {
            _lines.Add(line);
            return true;
        }

        var previous = _lines[^1];
        var text = PdfTableHeader.Compact(line.Text);
        var before = previous.Text.TrimEnd().TrimEnd('”', '’', '"', '）', ')');
        var ends = before.Length == 0 || SentenceEnds.Contains(before[^1]);
        var indented = line.Left > leftMargin + (1.5 * line.Size);
        var full = previous.Right >= rightMargin - (2.5 * previous.Size);
        var starts = Patterns.IsHeadingLine(text) || Patterns.Category().IsMatch(text) || Patterns.ParagraphMarker().IsMatch(text) || Patterns.SpecialColumn().IsMatch(text);
        if (ends || !full || starts || indented || Patterns.IsHeadingLine(PdfTableHeader.Compact(previous.Text)) || Math.Abs(line.Size - previous.Size) > 0.15 * previous.Size)
        {
            return false;
        }

        _lines.Add(line);
        return true;
    }

    /// <summary>The paragraph's text, and empties the paragraph.</summary>
    public string Take()
    {
        var text = PdfCellText.Join(_lines.Select(l => l.Text));
        _lines.Clear();
        return text;
    }
}
