using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanTracker.Import.Word;

/// <summary>
/// The paragraphs and tables of a body or cell, the rows of a table and the cells of a row, in document order,
/// looking through the containers Word wraps them in: content controls (w:sdt) and custom XML (w:customXml).
/// </summary>
internal static class WordStructure
{
    public static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement container) => Through(container, e => e is Paragraph or Table);

    public static IEnumerable<TableRow> Rows(Table table) => Through(table, e => e is TableRow).Cast<TableRow>();

    public static IEnumerable<TableCell> Cells(TableRow row) => Through(row, e => e is TableCell).Cast<TableCell>();

    private static IEnumerable<OpenXmlElement> Through(OpenXmlElement container, Func<OpenXmlElement, bool> wanted)
    {
        var pending = new Stack<OpenXmlElement>();
        Push(pending, container);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (wanted(node))
            {
                yield return node;
            }
            else if (IsWrapper(node))
            {
                Push(pending, node);
            }
        }
    }

    private static bool IsWrapper(OpenXmlElement node) =>
        node is SdtBlock or SdtContentBlock or SdtRow or SdtContentRow or SdtCell or SdtContentCell
            or CustomXmlBlock or CustomXmlRow or CustomXmlCell;

    /// <summary>Pushes the children so that the first is popped first (NextSibling is O(1); PreviousSibling walks from the first child).</summary>
    public static void Push(Stack<OpenXmlElement> pending, OpenXmlElement parent)
    {
        var children = new List<OpenXmlElement>();
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling())
        {
            children.Add(child);
        }

        for (var i = children.Count - 1; i >= 0; i--)
        {
            pending.Push(children[i]);
        }
    }
}
