using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanTracker.Import;

/// <summary>
/// Turns a Word document into the plan text the parser reads: one line per paragraph, and one line per table
/// row with its cells separated by tabs (the "tab-separated" layout of a Word export). Merged cells keep their
/// text in the first cell.
/// </summary>
public static class DocxTextExtractor
{
    public const string NotDocxError = "无法读取 Word 文档（文件损坏或不是 .docx 格式）";

    public static PlanTextReadResult Read(byte[] bytes)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return PlanTextReadResult.Fail(PlanTextReader.EmptyError);
        }

        if (bytes.Length > PlanTextReader.MaxBytes)
        {
            return PlanTextReadResult.Fail(PlanTextReader.TooLargeError);
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return PlanTextReadResult.Fail(NotDocxError);
            }

            var text = new StringBuilder();
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        text.Append(ParagraphText(paragraph)).Append('\n');
                        break;
                    case Table table:
                        AppendTable(text, table);
                        break;
                }
            }

            var result = text.ToString();
            return result.Trim().Length == 0 ? PlanTextReadResult.Fail(PlanTextReader.EmptyError) : PlanTextReadResult.Ok(result, "docx");
        }
        // System.IO.Packaging throws ArgumentException for a malformed content type and InvalidOperationException
        // for a relationship to a missing part (found by tests/PlanTracker.Fuzz)
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or System.Xml.XmlException
            or ArgumentException or InvalidOperationException)
        {
            return PlanTextReadResult.Fail(NotDocxError);
        }
    }

    private static void AppendTable(StringBuilder text, Table table)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>()
                .Select(cell => string.Join(" ", cell.Elements<Paragraph>().Select(ParagraphText).Where(t => t.Length > 0)));
            text.Append(string.Join('\t', cells)).Append('\n');
        }

        text.Append('\n');
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t:
                    builder.Append(t.Text);
                    break;
                case TabChar:
                    builder.Append(' ');
                    break;
                case Break:
                    builder.Append(' ');
                    break;
            }
        }

        return builder.ToString().Trim();
    }
}
