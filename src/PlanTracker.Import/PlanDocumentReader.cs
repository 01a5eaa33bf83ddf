using PlanTracker.Import.Word;

namespace PlanTracker.Import;

/// <summary>Reads an uploaded plan file by its kind: a Word document (.docx, its own tables) or a text (.txt, .md, .json).</summary>
public static class PlanDocumentReader
{
    public static PlanTextReadResult Read(string fileName, byte[] bytes) =>
        fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
            ? DocxDocumentReader.Read(bytes)
            : PlanTextReader.Read(bytes);
}
