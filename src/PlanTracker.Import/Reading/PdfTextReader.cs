using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Reading;

/// <summary>
/// A PDF text dump: hard line breaks inside sentences, blank lines between lines, tables without cell separators.
/// Lines are joined back into paragraphs; headings and item titles stay on their own; tables go to <see cref="PdfTableReader"/>.
/// </summary>
internal static class PdfTextReader
{
    public static IReadOnlyList<Element> Read(IReadOnlyList<SourceLine> source, ParseContext context)
    {
        var lines = source.Where(l => !l.IsBlank).Select(l => l with { Text = l.Text.Trim() }).ToList();
        var typical = TypicalLength(lines);
        var elements = new List<Element>();
        WrappedText? paragraph = null;
        var paragraphLine = 0;

        void Flush()
        {
            if (paragraph is not null)
            {
                elements.Add(new TextElement(paragraphLine, paragraph.ToString()));
                paragraph = null;
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (PdfTableReader.TryReadHeader(lines, i, context, out var header, out var next))
            {
                Flush();
                elements.Add(new RowElement(lines[i].Number, header));
                i = PdfTableReader.ReadRows(lines, next, header, elements, context) - 1;
                continue;
            }

            if (IsStandalone(text))
            {
                Flush();
                elements.Add(new TextElement(lines[i].Number, TextTools.CollapseCjkSpaces(text)));
                continue;
            }

            if (Patterns.ParagraphMarker().IsMatch(text) || Patterns.Footnote().IsMatch(text))
            {
                Flush();
            }

            if (paragraph is null)
            {
                paragraph = new WrappedText(text);
                paragraphLine = lines[i].Number;
            }
            else
            {
                paragraph.Append(text);
            }

            if (paragraph.Length > TextTools.MaxLineLength)
            {
                // no regex downstream sees megabytes: a paragraph that never ends is cut into pieces
                context.Warn(paragraphLine, $"第{paragraphLine}行起的段落过长（没有句末标点），已按{TextTools.MaxLineLength}个字符分段");
                Flush();
            }
            else if (EndsParagraph(text, typical))
            {
                Flush();
            }
        }

        Flush();
        return elements;
    }

    private static bool IsStandalone(string text) =>
        Patterns.IsHeadingLine(text) || (text.Length <= 40 && !text.Contains('。', StringComparison.Ordinal) && Patterns.PaddedItem().IsMatch(text) && text[0] is '0' or '1');

    private static bool EndsParagraph(string text, int typical)
    {
        var last = text.TrimEnd('”', '’', '"', '）', ')');
        return last.Length > 0 && last[^1] is '。' or '！' or '？' or '；' or '：' && text.Length < typical * 0.85;
    }

    private static int TypicalLength(List<SourceLine> lines)
    {
        var lengths = lines.Select(l => l.Text.Length).Where(l => l >= 8).OrderBy(l => l).ToList();
        return lengths.Count == 0 ? 30 : lengths[lengths.Count / 2];
    }
}
