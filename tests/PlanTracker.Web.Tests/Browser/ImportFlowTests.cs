using System.Text;
using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

[Collection(PortalCollection.Name)]
public class ImportFlowTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Admin_uploads_a_plan_sees_the_preview_confirms_and_finds_the_plan()
    {
        // Another city's plan in the Word tab-separated layout: the 长沙 text with the city renamed.
        var text = SeedTexts.Read("001").Replace("长沙", "岳阳", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"岳阳-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, text, new UTF8Encoding(false));
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "admin");
        await page.GotoAsync(portal.BaseUrl + "/import");
        await ChromiumFixture.WaitForCircuitAsync(page);

        await page.GetByTestId("plan-file").SetInputFilesAsync(file);

        var preview = page.GetByTestId("import-preview");
        await preview.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Contains("预览：岳阳市“十四五”人力资源和社会保障事业发展规划", await preview.InnerTextAsync());
        Assert.Contains("确认后将新建", await page.GetByTestId("import-diff").InnerTextAsync());
        Assert.Equal(13, await preview.Locator("[data-testid='indicator-table'] tbody tr:not(.category-row)").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "import-preview.png"), FullPage = true });

        await page.GetByTestId("confirm-import").ClickAsync();
        var result = page.GetByTestId("import-result");
        await result.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Contains("已新建岳阳市规划", await result.InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "import-done.png") });

        await result.GetByRole(AriaRole.Link, new() { Name = "查看规划" }).ClickAsync();
        await page.GetByTestId("indicator-table").WaitForAsync();
        Assert.Contains("岳阳市“十四五”人力资源和社会保障事业发展规划", await page.Locator("h1").InnerTextAsync());
        File.Delete(file);
    }

    [Fact]
    public async Task A_file_that_is_not_a_plan_gets_a_Chinese_message()
    {
        var file = Path.Combine(Path.GetTempPath(), $"notice-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "各位同事：\n明天下午三点在三楼会议室开会，请准时参加。\n");
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "admin");
        await page.GotoAsync(portal.BaseUrl + "/import");
        await ChromiumFixture.WaitForCircuitAsync(page);

        await page.GetByTestId("plan-file").SetInputFilesAsync(file);

        var error = page.GetByTestId("import-error");
        await error.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Contains("看起来不是一份规划文本", await error.InnerTextAsync());
        Assert.Equal(0, await page.GetByTestId("confirm-import").CountAsync());
        File.Delete(file);
    }
}
