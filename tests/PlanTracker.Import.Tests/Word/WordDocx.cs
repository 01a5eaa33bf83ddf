using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanTracker.Import.Tests.Word;

/// <summary>Builds .docx files the way Word writes them: paragraphs, tables with a grid, spans and merges.</summary>
internal static class WordDocx
{
    public static byte[] Document(IEnumerable<OpenXmlElement> blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(blocks));
        }

        return stream.ToArray();
    }

    public static byte[] Document(params OpenXmlElement[] blocks) => Document(blocks.AsEnumerable());

    /// <summary>A paragraph; "\n" in the text becomes a line break (w:br) as Shift+Enter makes it.</summary>
    public static Paragraph Paragraph(string text)
    {
        var run = new Run();
        var parts = text.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                run.AppendChild(new Break());
            }

            run.AppendChild(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new Paragraph(run);
    }

    public static TableCell Cell(string text, int span = 1, MergedCellValues? vMerge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.AppendChild(new GridSpan { Val = span });
        }

        if (vMerge is { } merge)
        {
            properties.AppendChild(new VerticalMerge { Val = merge });
        }

        return new TableCell(properties, Paragraph(text));
    }

    /// <summary>A vMerge continuation: Word writes it with an empty paragraph.</summary>
    public static TableCell Continued(int span = 1) => Cell(string.Empty, span, MergedCellValues.Continue);

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static TableRow Row(int gridBefore, int gridAfter, params TableCell[] cells)
    {
        var properties = new TableRowProperties();
        if (gridBefore > 0)
        {
            properties.AppendChild(new GridBefore { Val = gridBefore });
        }

        if (gridAfter > 0)
        {
            properties.AppendChild(new GridAfter { Val = gridAfter });
        }

        return new TableRow([properties, .. cells]);
    }

    public static TableRow Row(IEnumerable<string> cells) => new(cells.Select(c => Cell(c)));

    public static Table Table(int columns, IEnumerable<OpenXmlElement> rows)
    {
        var grid = new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "1200" }));
        return new Table([new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })), grid, .. rows]);
    }

    public static Table Table(int columns, params OpenXmlElement[] rows) => Table(columns, rows.AsEnumerable());
}
