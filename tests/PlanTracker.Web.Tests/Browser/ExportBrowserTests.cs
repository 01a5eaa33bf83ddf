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
        // The indicator table's values follow the chosen 数据范围: approved reports only unless asked.
        Assert.EndsWith("indicators.xlsx?data=approved", await page.GetByTestId("export-xlsx").GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.PickAsync("export-scope", "含草稿等全部数据");
        await Assertions.Expect(page.GetByTestId("export-csv")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("indicators\\.csv\\?data=all$"));
        await page.Locator(".plan-header").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "plan-header-exports-scope.png") });
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

    [Fact]
    public async Task A_leader_exports_the_dashboard_as_shown_with_its_data_scope()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "changsha-leader");
        await page.GotoAsync(portal.BaseUrl + "/dashboard?year=2022&data=all");
        await page.GetByTestId("progress-table").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        var link = page.GetByTestId("dashboard-export");
        Assert.Contains("year=2022&data=all", await link.GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.Locator(".dashboard-header").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "dashboard-export-link.png") });

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());

        Assert.Equal("长沙市规划实施进度-2022年-含草稿等全部数据.xlsx", download.SuggestedFilename);
        var workbook = await File.ReadAllBytesAsync(await download.PathAsync());
        var table = ExportWorkbook.Sheet(workbook, "主要指标进度");
        // Every plan row of the page is a row of the sheet, in the page's order (seeds/001: 1.城镇新增就业人数 first).
        var names = await page.Locator("[data-testid=progress-table] tbody tr[data-indicator]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.indicator)");
        Assert.Equal("城镇新增就业人数", names[0]);
        Assert.Equal(names, Enumerable.Range(5, names.Length).Select(row => table[$"B{row}"].Text.Replace("其中：", string.Empty, StringComparison.Ordinal)));
        await ChromiumFixture.ResizeAsync(page, 390, 844);
        await page.Locator(".dashboard-header").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "dashboard-export-link-phone.png") });
    }
}
