using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

[Collection(PortalCollection.Name)]
public class ProgressWorkbookBrowserTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_reporter_downloads_the_form_uploads_it_filled_in_confirms_the_preview_and_sees_the_values()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "changsha-reporter");
        await page.GotoAsync(portal.BaseUrl + "/progress?year=2022");
        await page.GetByTestId("entry-table").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("entry-download-xlsx").ClickAsync());
        Assert.Equal("长沙市-2022年-进度填报.xlsx", download.SuggestedFilename);
        var workbook = await File.ReadAllBytesAsync(await download.PathAsync());
        var value = TestWorkbook.ColumnOf(workbook, "本年数值");
        var jobs = TestWorkbook.RowOf(workbook, "城镇新增就业人数");
        var insured = TestWorkbook.RowOf(workbook, "失业保险参保人数");
        var file = Path.Combine(Path.GetTempPath(), $"长沙市-2022年-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(file, TestWorkbook.Fill(workbook, ($"{value}{jobs}", 16.2m), ($"{value}{insured}", "190.5")));

        // A bad cell first: a message naming row and column, nothing to confirm.
        var bad = Path.Combine(Path.GetTempPath(), $"长沙市-2022年-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(bad, TestWorkbook.Fill(workbook, ($"{value}{jobs}", "12万")));
        await page.GetByTestId("sheet-file").SetInputFilesAsync(bad);
        var error = page.GetByTestId("sheet-error");
        await error.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.EndsWith($"第 {jobs} 行“本年数值”填写的“12万”不是数字：请只填写数字，如 12.5", (await error.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByTestId("sheet-confirm").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "progress-workbook-error.png"), FullPage = true });

        await page.GetByTestId("sheet-file").SetInputFilesAsync(file);
        var preview = page.GetByTestId("sheet-preview");
        await preview.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Equal(["城镇新增就业人数", "失业保险参保人数"], await preview.Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.indicator)"));
        Assert.Contains("16.2", await preview.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "progress-workbook-preview.png"), FullPage = true });

        await page.GetByTestId("sheet-confirm").ClickAsync();
        await page.GetByTestId("sheet-imported").WaitForAsync();
        Assert.Equal("16.2", await page.Locator("tr[data-indicator='城镇新增就业人数'] input.entry-input").InputValueAsync());
        Assert.Equal("190.5", await page.Locator("tr[data-indicator='失业保险参保人数'] input.entry-input").InputValueAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "progress-workbook-imported.png"), FullPage = true });

        await page.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        Assert.Equal("16.2", await page.Locator("tr[data-indicator='城镇新增就业人数'] input.entry-input").InputValueAsync());
        File.Delete(file);
        File.Delete(bad);
    }
}
