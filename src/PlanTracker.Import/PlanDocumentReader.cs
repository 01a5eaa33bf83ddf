using PlanTracker.Import.Pdf;
using PlanTracker.Import.Word;

namespace PlanTracker.Import;

/// <summary>Reads an uploaded plan file by its kind: a PDF (.pdf, or bytes starting "%PDF-"), a Word document (.docx, its own tables) or a text (.txt, .md, .json).</summary>
public static class PlanDocumentReader
{
    /// <summary>The file kinds an upload may be (the 导入 page and the CLI list them from here).</summary>
    public static readonly IReadOnlyList<string> AcceptedExtensions = [".pdf", ".docx", ".txt", ".md", ".json"];

    public static PlanTextReadResult Read(string fileName, byte[] bytes) =>
        fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || bytes.AsSpan().StartsWith("%PDF-"u8)
            ? PdfDocumentReader.Read(bytes)
            : fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
                ? DocxDocumentReader.Read(bytes)
                : PlanTextReader.Read(bytes);
}
