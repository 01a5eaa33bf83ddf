using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Reading;

/// <summary>
/// A PDF text dump: hard line breaks inside sentences, blank lines between lines, tables without cell separators.
/// Lines are joined back into paragraphs; headings and item titles stay on their own; tables were taken out before (Tables/TextTableFinder).
/// </summary>
internal static class PdfTextReader
{
    public static IReadOnlyList<Element> Read(IReadOnlyList<SourceLine> source, ParseContext context, int typical)
    {
        var lines = source.Where(l => !l.IsBlank).Select(l => l with { Text = l.Text.Trim() }).ToList();
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

    /// <summary>The median length of the document's lines: a shorter line ending in 。 ends a paragraph.</summary>
    public static int TypicalLength(IReadOnlyList<SourceLine> lines)
    {
        var lengths = lines.Where(l => !l.IsBlank).Select(l => l.Text.Trim().Length).Where(l => l >= 8).OrderBy(l => l).ToList();
        return lengths.Count == 0 ? 30 : lengths[lengths.Count / 2];
    }
}
