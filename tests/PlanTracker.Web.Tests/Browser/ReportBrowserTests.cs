using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>A leader reaches the year's report in two clicks and prints it to PDF with Chromium.</summary>
[Collection(PortalCollection.Name)]
public partial class ReportBrowserTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_leader_opens_the_annual_report_in_two_clicks_and_prints_it_to_an_A4_pdf()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "changsha-leader");
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        await page.GetByRole(AriaRole.Link, new() { Name = "报告" }).First.ClickAsync();
        var link = page.GetByTestId("annual-report-link");
        await link.WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        Assert.Contains("长沙市 2023 年度监测报告", await link.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "reports-index.png") });
        await link.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/reports/annual", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByTestId("report-table").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);

        Assert.Contains("长沙市2023年度规划实施监测报告", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByTestId("report-status").IsVisibleAsync());
        Assert.True(await page.GetByTestId("print-report").IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "report-annual-screen.png"), FullPage = true });

        // Print media at the width of an A4 page (210 mm at 96 dpi) shows roughly what the printer gets.
        await page.SetViewportSizeAsync(794, 1123);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.GetByTestId("print-report").IsVisibleAsync());
        Assert.False(await page.Locator("nav.app-nav").IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "report-annual-print.png"), FullPage = true });

        var pdfPath = Path.Combine(ChromiumFixture.ScreenshotDirectory, "report-annual-changsha-2023.pdf");
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true, Path = pdfPath });

        var pages = PdfPageCount(pdf);
        Assert.InRange(pages, 2, 8);
        Assert.True(File.Exists(pdfPath));
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task The_midterm_evaluation_prints_too()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "province");
        await page.GetByRole(AriaRole.Link, new() { Name = "报告" }).First.ClickAsync();
        var link = page.GetByTestId("midterm-report-link");
        await link.WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        await link.ClickAsync();
        await page.GetByTestId("outlook-table").WaitForAsync();

        await page.SetViewportSizeAsync(794, 1123);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "report-midterm-print.png"), FullPage = true });
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true, Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "report-midterm.pdf") });

        Assert.InRange(PdfPageCount(pdf), 2, 10);
    }

    /// <summary>Page objects of a PDF: "/Type /Page" not followed by "s" (Chromium writes them uncompressed).</summary>
    private static int PdfPageCount(byte[] pdf) => PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
