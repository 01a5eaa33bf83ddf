using System.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace PlanTracker.Import.Pdf;

/// <summary>
/// Reads a published plan PDF (PdfPig, from bytes in memory): every page's glyphs with positions become lines, the
/// lines prose paragraphs and tables (<see cref="PdfElementBuilder"/>). Bounded: at most <see cref="MaxPages"/>
/// pages, <see cref="PlanTextReader.MaxBytes"/> bytes, <see cref="MaxGlyphs"/> glyphs and <see cref="TimeBudget"/>;
/// whatever PdfPig throws becomes a Chinese refusal.
/// </summary>
public static class PdfDocumentReader
{
    public const string Layout = "pdf";

    public const int MaxPages = 500;

    public const int MaxGlyphs = 5_000_000;

    public const string NotPdfError = "无法读取 PDF 文件（文件损坏、加密或不是 PDF）";

    public const string NoTextError = "PDF 中没有可读取的文字（可能是扫描件），请上传 Word 或文本版本";

    public static readonly string TooManyPagesError = $"PDF 页数过多（超过 {MaxPages} 页），已拒绝读取";

    public const string TooComplexError = "PDF 文件内容过多或结构过于复杂，已拒绝读取";

    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(60);

    /// <summary>True when the bytes start like a PDF ("%PDF-", after at most a few bytes of junk as readers allow).</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

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

        if (!LooksLikePdf(bytes))
        {
            return PlanTextReadResult.Fail(NotPdfError);
        }

        List<List<PdfLine>> pages;
        try
        {
            var read = ReadPages(bytes);
            if (read.Error is not null)
            {
                return PlanTextReadResult.Fail(read.Error);
            }

            pages = read.Pages;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig's format, encryption and font exceptions, and whatever a damaged file makes it throw
            return PlanTextReadResult.Fail(NotPdfError);
        }

        if (pages.All(p => p.Count == 0))
        {
            return PlanTextReadResult.Fail(NoTextError);
        }

        var document = PdfElementBuilder.Build(PdfPageFurniture.Remove(pages));
        var text = string.Join('\n', document.Lines.Select(l => l.Text)) + "\n";
        return PlanTextReadResult.Ok(text, Layout, document);
    }

    private static (List<List<PdfLine>> Pages, string? Error) ReadPages(byte[] bytes)
    {
        var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, MaxStackDepth = 256 };
        using var document = PdfDocument.Open(bytes, options);
        if (document.IsEncrypted)
        {
            return ([], NotPdfError);
        }

        var count = document.NumberOfPages;
        if (count > MaxPages)
        {
            return ([], TooManyPagesError);
        }

        var clock = Stopwatch.StartNew();
        var glyphs = 0;
        var pages = new List<List<PdfLine>>(count);
        for (var number = 1; number <= count; number++)
        {
            var page = document.GetPage(number);
            var letters = page.Letters;
            glyphs += letters.Count;
            if (glyphs > MaxGlyphs || clock.Elapsed > TimeBudget)
            {
                return ([], TooComplexError);
            }

            pages.Add(PdfLineBuilder.Build(number, Glyphs(letters)));
        }

        return (pages, null);
    }

    private static IEnumerable<PdfGlyph> Glyphs(IReadOnlyList<Letter> letters)
    {
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value) || letter.TextOrientation != TextOrientation.Horizontal)
            {
                continue;
            }

            // the advance (start to end of the baseline) rather than the ink: a full-width ideograph's box is its em square
            var left = letter.StartBaseLine.X;
            var right = letter.EndBaseLine.X > left ? letter.EndBaseLine.X : letter.BoundingBox.Right;
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            yield return new PdfGlyph(PdfGlyphText.Normalise(letter.Value), left, right, letter.StartBaseLine.Y, size);
        }
    }
}
