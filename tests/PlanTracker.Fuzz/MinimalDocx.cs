using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanTracker.Fuzz;

/// <summary>
/// Wraps a plan text in a minimal Word document with real tables: prose as paragraphs, each table the text's reader
/// found (<see cref="PlanBlocks"/>: tab-separated, one cell per line, Markdown …) as a w:tbl of one w:tr per row.
/// </summary>
public static class MinimalDocx
{
    public static byte[] From(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var block in PlanBlocks.Of(text))
            {
                body.AppendChild<OpenXmlElement>(block is PlanTable table ? Table(table) : Paragraph(((PlanParagraph)block).Text));
            }

            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Table Table(PlanTable table)
    {
        var width = table.Width;
        var grid = new TableGrid(Enumerable.Range(0, width).Select(_ => new GridColumn { Width = "1000" }));
        return new Table([grid, .. table.Rows.Select(row => new TableRow(row.Concat(Enumerable.Repeat(string.Empty, width - row.Count)).Select(cell => new TableCell(Paragraph(cell)))))]);
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>XML 1.0 cannot hold most control characters: they are dropped, as Word would refuse them.</summary>
    private static string Clean(string text) => string.Concat(text.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c)));
}
