using DocumentFormat.OpenXml.Packaging;
using PlanTracker.Import.Packages;

namespace PlanTracker.Import.Word;

/// <summary>
/// Reads a Word document into the parser's document: its paragraphs as prose and its own tables as rows of cells
/// (<see cref="WordBodyReader"/>, <see cref="WordTableReader"/>: gridSpan, vMerge, nested tables), with the
/// flattened text (one line per paragraph, one tab-separated line per row) as the text. The package is checked
/// first (<see cref="OfficePackageGuard"/>: nesting, size, expansion), so the SDK only ever builds the DOM of a
/// bounded document.
/// </summary>
public static class DocxDocumentReader
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

        var check = OfficePackageGuard.Check(bytes, OfficePackageLimits.Docx);
        if (!check.Accepted)
        {
            return PlanTextReadResult.Fail(check.Verdict == PackageVerdict.Refused ? check.Reason! : NotDocxError);
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var settings = new OpenSettings { MaxCharactersInPart = OfficePackageLimits.Docx.MaxPartBytes };
            using var document = WordprocessingDocument.Open(stream, isEditable: false, settings);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return PlanTextReadResult.Fail(NotDocxError);
            }

            var read = WordBodyReader.Read(body);
            var text = string.Concat(read.Lines.Select(l => l.Text + "\n"));
            return read.Lines.All(l => string.IsNullOrWhiteSpace(l.Text))
                ? PlanTextReadResult.Fail(PlanTextReader.EmptyError)
                : PlanTextReadResult.Ok(text, "docx", read);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            // A damaged zip, malformed XML, a relationship to a missing part (InvalidOperationException): never a crash.
            return PlanTextReadResult.Fail(NotDocxError);
        }
    }
}
