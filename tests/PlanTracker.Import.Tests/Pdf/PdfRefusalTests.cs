using System.Diagnostics;
using PlanTracker.Import.Pdf;

namespace PlanTracker.Import.Tests.Pdf;

/// <summary>A PDF that cannot be read is refused with a Chinese reason: never a crash, a hang or an empty plan.</summary>
public class PdfRefusalTests(SeedPdfFixture pdfs) : IClassFixture<SeedPdfFixture>
{
    [Fact]
    public void Damaged_bytes_are_refused_as_unreadable()
    {
        var pdf = pdfs.Pdf(Seeds.Changsha);
        var cut = pdf[..(pdf.Length / 3)];
        var garbled = (byte[])pdf.Clone();
        for (var i = 2048; i < garbled.Length; i += 97)
        {
            garbled[i] ^= 0x5A;
        }

        foreach (var bytes in new[] { cut, garbled, "%PDF-1.7\nnot really a pdf"u8.ToArray() })
        {
            var read = Timed(() => PlanDocumentReader.Read("规划.pdf", bytes));
            Assert.False(read.Success);
            Assert.True(read.Error is PdfDocumentReader.NotPdfError or PdfDocumentReader.NoTextError, read.Error);
        }
    }

    [Fact]
    public void A_file_named_pdf_that_is_not_one_is_refused_and_pdf_bytes_are_read_whatever_the_name()
    {
        var notPdf = PlanDocumentReader.Read("规划.pdf", "第一章 总则\n"u8.ToArray());
        Assert.False(notPdf.Success);
        Assert.Equal(PdfDocumentReader.NotPdfError, notPdf.Error);

        var renamed = PlanDocumentReader.Read("规划.txt", pdfs.Pdf(Seeds.Changsha));
        Assert.True(renamed.Success, renamed.Error);
        Assert.Equal("pdf", PlanParser.Parse(renamed).Layout);
    }

    [Fact]
    public void A_pdf_without_text_is_refused_as_a_scan()
    {
        var image = ChromiumPrinter.Print("""
            <!DOCTYPE html><html><body><img width="400" height="300" src="data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='400' height='300'><rect width='400' height='300' fill='gray'/></svg>"></body></html>
            """);
        var read = PlanDocumentReader.Read("扫描件.pdf", image);
        Assert.False(read.Success);
        Assert.Equal(PdfDocumentReader.NoTextError, read.Error);
    }

    [Fact]
    public void Too_many_pages_and_too_many_bytes_are_refused()
    {
        Assert.Equal(PdfDocumentReader.TooManyPagesError, Timed(() => PlanDocumentReader.Read("x.pdf", HostilePdfs.Pages(501))).Error);
        Assert.Equal(PdfDocumentReader.NoTextError, Timed(() => PlanDocumentReader.Read("x.pdf", HostilePdfs.Pages(500))).Error);

        // a page tree claiming a million pages: PdfPig counts the pages it finds (one, without text)
        Assert.Equal(PdfDocumentReader.NoTextError, Timed(() => PlanDocumentReader.Read("x.pdf", HostilePdfs.ClaimingPages(1_000_000))).Error);

        var large = new byte[PlanTextReader.MaxBytes + 1];
        "%PDF-1.7\n"u8.CopyTo(large);
        Assert.Equal(PlanTextReader.TooLargeError, PlanDocumentReader.Read("x.pdf", large).Error);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Deeply_nested_objects_and_content_do_not_crash(int depth)
    {
        foreach (var pdf in new[] { HostilePdfs.NestedArrays(depth), HostilePdfs.NestedContent(depth) })
        {
            var read = Timed(() => PlanDocumentReader.Read("x.pdf", pdf));
            // either refused with a reason or read (the one glyph "x" is no plan, the parser says so)
            Assert.True(read.Success || read.Error is not null);
        }
    }

    private static PlanTextReadResult Timed(Func<PlanTextReadResult> read)
    {
        var clock = Stopwatch.StartNew();
        var result = read();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{clock.Elapsed.TotalSeconds:0.0} s");
        return result;
    }
}
