using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>The export links on the plan page and the comparison page, clicked in Chromium.</summary>
[Collection(PortalCollection.Name)]
public class ExportBrowserTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Clicking_export_Excel_on_a_plan_downloads_the_workbook_under_its_Chinese_name()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "changsha-reporter");
        await page.GotoAsync(portal.BaseUrl + "/plans");
        await ChromiumFixture.WaitForCircuitAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "长沙市“十四五”人力资源和社会保障事业发展规划（2021—2025年）" }).ClickAsync();
        var links = page.GetByTestId("plan-exports");
        await links.WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        Assert.Equal(["导出 Excel", "导出 CSV", "导出 JSON"], await links.Locator("a").AllInnerTextsAsync());
        await page.Locator(".plan-header").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "plan-header-exports.png") });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-xlsx").ClickAsync());

        Assert.Equal("长沙市-主要指标.xlsx", download.SuggestedFilename);
        var workbook = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Empty(TestWorkbook.SchemaErrors(workbook));
        Assert.Equal("城镇新增就业人数", ExportWorkbook.Sheet(workbook, "主要指标")["C5"].Text);
        var json = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-json").ClickAsync());
        Assert.Equal("长沙市-规划.json", json.SuggestedFilename);
    }

    [Fact]
    public async Task The_comparison_pages_export_link_carries_the_current_filters()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "province");
        await page.GotoAsync(portal.BaseUrl + "/compare?year=2022&data=all");
        await page.GetByTestId("comparison-table").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        await page.PickAsync("category-filter", "就业");

        var link = page.GetByTestId("compare-export");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("category=%E5%B0%B1%E4%B8%9A"));
        Assert.Contains("year=2022", await link.GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.Locator(".filter-bar").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "compare-export-link.png") });

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.StartsWith("城市对比-城镇新增就业人数-2022年", download.SuggestedFilename, StringComparison.Ordinal);
    }
}
