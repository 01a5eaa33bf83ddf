using DocumentFormat.OpenXml.Wordprocessing;
using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Word;

/// <summary>
/// A Word body as the parser's document: each paragraph a <see cref="TextElement"/> (an empty one a
/// <see cref="BlankElement"/>), each table row a <see cref="RowElement"/>. The lines are the flattened text, one
/// per paragraph and one tab-separated line per row, so the elements' line numbers name lines of that text.
/// </summary>
internal sealed class WordBodyReader
{
    public const string Layout = "docx";

    private readonly List<SourceLine> _lines = [];
    private readonly List<Element> _elements = [];
    private readonly WordTableReader _tables = new(new CellBudget(CellBudget.Default));

    public static SourceDocument Read(Body body)
    {
        var reader = new WordBodyReader();
        foreach (var block in WordStructure.Blocks(body))
        {
            if (block is Table table)
            {
                reader.AddTable(table);
            }
            else
            {
                reader.AddParagraph(WordText.Of(block));
            }
        }

        return new SourceDocument(Layout, reader._lines, reader._elements);
    }

    private void AddParagraph(string text)
    {
        if (text.Length == 0)
        {
            _elements.Add(new BlankElement(AddLine(string.Empty)));
            return;
        }

        // a paragraph longer than a line may be (the text reader cuts such lines) is kept whole, in pieces
        for (var start = 0; start < text.Length; start += TextTools.MaxLineLength)
        {
            var piece = text.Substring(start, Math.Min(TextTools.MaxLineLength, text.Length - start));
            _elements.Add(new TextElement(AddLine(piece), piece));
        }
    }

    private void AddTable(Table table)
    {
        foreach (var cells in _tables.Read(table))
        {
            _elements.Add(new RowElement(AddLine(string.Join('\t', cells)), cells));
        }
    }

    private int AddLine(string text)
    {
        _lines.Add(new SourceLine(_lines.Count + 1, text));
        return _lines.Count;
    }
}
