using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanTracker.Fuzz;

/// <summary>Wraps a plan text in a minimal Word document: one paragraph per line, runs of tab-separated lines as a table.</summary>
public static class MinimalDocx
{
    public static byte[] From(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            Table? table = null;
            foreach (var line in text.Split('\n'))
            {
                if (line.Contains('\t', StringComparison.Ordinal))
                {
                    table ??= body.AppendChild(new Table());
                    table.AppendChild(new TableRow(line.Split('\t').Select(cell => new TableCell(Paragraph(cell)))));
                    continue;
                }

                table = null;
                body.AppendChild(Paragraph(line));
            }

            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>XML 1.0 cannot hold most control characters: they are dropped, as Word would refuse them.</summary>
    private static string Clean(string text) => string.Concat(text.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c)));
}
