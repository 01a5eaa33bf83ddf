using Microsoft.Playwright;
using PlanTracker.Import.Packages;
using PlanTracker.Import.Tests;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// Issue 11, defect 1, as the reporter meets it: the downloaded form with 100,000 nested elements uploaded on the
/// progress page gets the Chinese refusal, and the same page (and process) then still previews a good form.
/// </summary>
public class UploadedFileBrowserTests(IsolatedPortalFactory portal, ChromiumFixture browser) : IClassFixture<IsolatedPortalFactory>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_nested_form_is_refused_on_the_page_and_the_next_upload_still_works()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "changsha-reporter");
        await page.GotoAsync(portal.BaseUrl + "/progress?year=2024");
        await page.GetByTestId("entry-table").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("entry-download-xlsx").ClickAsync());
        var workbook = await File.ReadAllBytesAsync(await download.PathAsync());
        var (entry, marker) = HostilePackages.PartContaining(workbook, HostilePackages.SheetDataEnd);
        var hostile = Path.Combine(Path.GetTempPath(), $"长沙市-2024年-{Guid.NewGuid():N}.xlsx");
        var good = Path.Combine(Path.GetTempPath(), $"长沙市-2024年-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(hostile, HostilePackages.Inject(workbook, entry, marker, HostilePackages.Nested("a", 100_000)));
        await File.WriteAllBytesAsync(good, TestWorkbook.Fill(workbook, ($"{TestWorkbook.ColumnOf(workbook, "本年数值")}{TestWorkbook.RowOf(workbook, "城镇新增就业人数")}", 16.2m)));

        await page.GetByTestId("sheet-file").SetInputFilesAsync(hostile);
        var error = page.GetByTestId("sheet-error");
        await error.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        Assert.Contains(OfficePackageGuard.TooDeepError, await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByTestId("sheet-confirm").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "upload-refused-1440.png"), FullPage = true });
        await ChromiumFixture.ResizeAsync(page, 390, 844);
        await error.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "upload-refused-390.png") });
        await ChromiumFixture.ResizeAsync(page, 1440, 900);

        await page.GetByTestId("sheet-file").SetInputFilesAsync(good);
        var preview = page.GetByTestId("sheet-preview");
        await preview.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Contains("16.2", await preview.InnerTextAsync(), StringComparison.Ordinal);
        File.Delete(hostile);
        File.Delete(good);
    }
}
