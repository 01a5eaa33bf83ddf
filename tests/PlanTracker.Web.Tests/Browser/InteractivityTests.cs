using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

[Collection(PortalCollection.Name)]
public class InteractivityTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Clicking_a_button_updates_the_page_over_the_circuit()
    {
        var page = await browser.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        await page.GotoAsync(portal.BaseUrl + "/");
        await ChromiumFixture.WaitForCircuitAsync(page);
        Assert.Equal(0, await page.Locator("[data-testid='status-result']").CountAsync());

        await page.GetByTestId("check-status").ClickAsync();

        var result = page.GetByTestId("status-result");
        await result.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var text = await result.InnerTextAsync();
        Assert.Contains("已应用迁移", text);
        Assert.Contains("PostgreSQL", text);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "home-status.png"), FullPage = true });
        Assert.Empty(consoleErrors);
    }
}
