using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Word;

/// <summary>
/// The printed text of a paragraph (or of any part of a document): w:t in runs, content controls (w:sdt) and
/// insertions (w:ins) included, deletions (w:del, w:moveFrom) and the fallback copy of alternate content left out;
/// tabs and breaks become spaces. Walked with a stack of its own (the package guard bounds the depth anyway).
/// </summary>
internal static class WordText
{
    public static string Of(OpenXmlElement element)
    {
        var builder = new StringBuilder();
        var pending = new Stack<OpenXmlElement>();
        pending.Push(element);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            switch (node)
            {
                case Text text:
                    builder.Append(text.Text);
                    continue;
                case TabChar or PositionalTab or Break or CarriageReturn:
                    builder.Append(' ');
                    continue;
                case NoBreakHyphen:
                    builder.Append('-');
                    continue;
                case Paragraph when !ReferenceEquals(node, element):
                    // a paragraph inside a text box or a nested block: keep it apart from its neighbour
                    builder.Append(' ');
                    break;
                case DeletedRun or MoveFromRun or DeletedText or FieldCode or SdtProperties or AlternateContentFallback:
                    continue;
            }

            WordStructure.Push(pending, node);
        }

        return Clean(builder.ToString());
    }

    /// <summary>One line's worth of text: control characters dropped, no-break and ideographic spaces as spaces, trimmed.</summary>
    public static string Clean(string text) => LineNormaliser.CleanLine(text.Replace('\t', ' ').Replace('\n', ' ')).Trim();
}
