using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using PlanTracker.Web.Components.Layout;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>A leader reaches a year's report from the menu (报告, the year, the link) and prints it to PDF with Chromium; the PDF is read back.</summary>
[Collection(PortalCollection.Name)]
public class ReportBrowserTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_leader_picks_a_year_opens_its_annual_report_and_prints_it_to_an_A4_pdf()
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
        // The list opens on the default year (PlanPeriod.DefaultYear: the year just ended, within the plan); the seed
        // values are of 2021–2023, so the leader picks 2023.
        await page.PickAsync("report-year", "2023 年");
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
        await ChromiumFixture.ResizeAsync(page, 794, 1123);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.GetByTestId("print-report").IsVisibleAsync());
        Assert.False(await page.Locator("nav.app-nav").IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "report-annual-print.png"), FullPage = true });

        await PrintedPdf.AssertFitsThePageAsync(page);
        using var printed = await PrintedPdf.PrintAsync(page, "report-annual-changsha-2023.pdf");

        Assert.InRange(printed.Pages.Count, 2, 8);
        printed.AssertRunningHeaderAndPageNumbers(PortalName);
        printed.AssertNoBackgroundBlocks();
        // The five-year totals of 专栏2 (seeds/001) each print whole: never "[71.42" on one line and "]" on the next.
        Assert.All(["[71.42]", "[75]", "[50]", "[10]", "[15]", "[20]", "[2]"], figure => Assert.Contains(figure, printed.Words));
        Assert.DoesNotContain("[71.42", printed.Words);
        // The cover: the issuing unit (no Portal:IssuingUnit in the tests: the city's bureau) and the date.
        Assert.Contains("长沙市人力资源和社会保障局", printed.PageTexts[0], StringComparison.Ordinal);
        Assert.Matches(@"\d{4}年\d{1,2}月\d{1,2}日", printed.PageTexts[0]);
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

        await ChromiumFixture.ResizeAsync(page, 794, 1123);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "report-midterm-print.png"), FullPage = true });
        await PrintedPdf.AssertFitsThePageAsync(page);
        using var printed = await PrintedPdf.PrintAsync(page, "report-midterm.pdf");

        Assert.InRange(printed.Pages.Count, 2, 10);
        printed.AssertRunningHeaderAndPageNumbers(PortalName);
        printed.AssertNoBackgroundBlocks();
        Assert.Contains("中期评估报告", printed.PageTexts[0], StringComparison.Ordinal);
    }

    private string PortalName => portal.Services.GetRequiredService<IOptions<PortalBranding>>().Value.Name;
}
