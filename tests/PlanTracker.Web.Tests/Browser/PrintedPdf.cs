using Microsoft.Playwright;
using PlanTracker.Import.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// A page printed by Chromium to an A4 PDF and read back with PdfPig: its pages' text, its words, and the filled areas
/// (a grey block at the end of every report was issue 14's complaint). Also the print layout checks done in the page.
/// </summary>
internal sealed class PrintedPdf : IDisposable
{
    /// <summary>A4's content width at 96 dpi between the stylesheet's 13 mm margins (210 − 2 × 13 mm).</summary>
    public const int PrintWidth = 695;

    private readonly PdfDocument _document;

    private PrintedPdf(byte[] pdf)
    {
        _document = PdfDocument.Open(pdf);
        Pages = [.. _document.GetPages()];
    }

    public IReadOnlyList<Page> Pages { get; }

    /// <summary>Every page's text without white space (Chinese text has none of its own; line breaks vanish).</summary>
    public IReadOnlyList<string> PageTexts => [.. Pages.Select(p => Compact(p.Text))];

    public string AllText => string.Concat(PageTexts);

    public IReadOnlyList<string> Words => [.. Pages.SelectMany(p => p.GetWords()).Select(w => Compact(w.Text))];

    /// <summary>Prints the page as a user would (A4, backgrounds on) and reads the PDF back; the PDF is kept under screenshots/.</summary>
    public static async Task<PrintedPdf> PrintAsync(IPage page, string fileName)
    {
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true, Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, fileName) });
        return new PrintedPdf(pdf);
    }

    /// <summary>
    /// With print media at the width of the printed page, nothing reaches past the right edge: the document is not wider
    /// than the page, no table scrolls inside its box, no cell's content spills over its neighbour.
    /// </summary>
    public static async Task AssertFitsThePageAsync(IPage page)
    {
        await ChromiumFixture.ResizeAsync(page, PrintWidth, 1000);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= PrintWidth);
        var overflowing = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.mud-table-container, table')].filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.closest('[data-testid]')?.dataset.testid ?? e.className)");
        Assert.Empty(overflowing);
        // No cell's content (a heading, a figure kept on one line, a status chip) runs over into the next cell.
        var spilling = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('td, th')].filter(c => c.scrollWidth > c.clientWidth + 1).map(c => `${c.textContent.trim()} (${c.scrollWidth} > ${c.clientWidth})`)");
        Assert.True(spilling.Length == 0, "spilling over their cells: " + string.Join(" | ", spilling));
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).backgroundColor"));
    }

    /// <summary>Every page carries the running header (the portal's name) and its number "第 i 页，共 n 页".</summary>
    public void AssertRunningHeaderAndPageNumbers(string portalName)
    {
        for (var index = 0; index < Pages.Count; index++)
        {
            var text = PageTexts[index];
            Assert.True(text.Contains(Compact(portalName), StringComparison.Ordinal), $"page {index + 1} lacks the portal's name: {text[..Math.Min(80, text.Length)]}");
            var number = Compact($"第 {index + 1} 页，共 {Pages.Count} 页");
            Assert.True(text.Contains(number, StringComparison.Ordinal), $"page {index + 1} lacks {number}: …{text[Math.Max(0, text.Length - 80)..]} / {string.Join(" ", text[Math.Max(0, text.Length - 12)..].Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))}");
        }
    }

    /// <summary>No page has a filled area that is not white covering a fifth of it or more (the grey block).</summary>
    public void AssertNoBackgroundBlocks()
    {
        foreach (var page in Pages)
        {
            var area = page.Width * page.Height;
            var blocks = page.Paths
                // A pattern fill (the hatching of a bar on unapproved values) has no single colour and is never a page-wide block.
                .Where(p => p.IsFilled && p.FillColor is not (null or UglyToad.PdfPig.Graphics.Colors.PatternColor) && !IsWhite(p.FillColor.ToRGBValues()))
                .Select(p => p.GetBoundingRectangle())
                .Where(r => r is { } box && box.Width * box.Height >= area / 5)
                .ToList();
            Assert.True(blocks.Count == 0, $"page {page.Number} has {blocks.Count} background block(s)");
        }
    }

    /// <summary>
    /// Text without white space, as a person reads it: Chromium's fonts map some ideographs back to their radical code
    /// points (⼈ U+2F08 for 人, ⻚ U+2EDA for 页), which NFKC and the importer's own mapping (<see cref="PdfGlyphText.Ideograph"/>) undo; ― (U+2015) is read as —.
    /// </summary>
    public static string Compact(string text) =>
        string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC)
            .Where(c => !char.IsWhiteSpace(c))
            .Select(PdfGlyphText.Ideograph));

    public void Dispose() => _document.Dispose();

    private static bool IsWhite((double R, double G, double B) colour) => colour.R > 0.995 && colour.G > 0.995 && colour.B > 0.995;
}
