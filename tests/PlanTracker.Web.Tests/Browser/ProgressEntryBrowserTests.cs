using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

[Collection(PortalCollection.Name)]
public class ProgressEntryBrowserTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_reporter_enters_a_value_saves_it_and_finds_it_after_reloading()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "changsha-reporter");
        await page.GotoAsync(portal.BaseUrl + "/progress?year=2024");
        await page.GetByTestId("entry-table").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);

        var row = page.Locator("tr[data-indicator='城镇新增就业人数']");
        await row.Locator("input.entry-input").FillAsync("15.2");
        await row.Locator("input.entry-input").PressAsync("Tab");
        await page.WaitForFunctionAsync("() => document.querySelector(\"tr[data-indicator='城镇新增就业人数']\").innerText.includes('累计')");
        await page.GetByTestId("entry-save").ClickAsync();
        await page.GetByTestId("entry-saved").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "progress-entry.png"), FullPage = true });

        await page.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        Assert.Equal("15.2", await page.Locator("tr[data-indicator='城镇新增就业人数'] input.entry-input").InputValueAsync());
    }
}
