namespace PlanTracker.Import;

/// <summary>Reads an uploaded plan file by its kind: a Word document (.docx) or a text (.txt, .md, .json).</summary>
public static class PlanDocumentReader
{
    public static PlanTextReadResult Read(string fileName, byte[] bytes) =>
        fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
            ? DocxTextExtractor.Read(bytes)
            : PlanTextReader.Read(bytes);
}
