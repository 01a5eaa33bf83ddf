using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>A provincial user opens 省级总览 from the menu, reads the status matrix and drills from the heat map into a city's indicator.</summary>
[Collection(PortalCollection.Name)]
public class OverviewBrowserTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_provincial_user_drills_from_the_overview_to_a_citys_indicator()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "province");
        await page.GetByRole(AriaRole.Link, new() { Name = "省级总览" }).First.ClickAsync();
        await page.GetByTestId("review-matrix").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);

        var matrix = page.GetByTestId("review-matrix");
        Assert.Equal(4, await matrix.Locator("tbody tr").CountAsync());
        Assert.True(await matrix.Locator("tbody tr[data-city='长沙市'] td.matrix-cell").CountAsync() >= 5);

        // With every value: the heat map shows 长沙's 失业保险参保人数; its cell opens 长沙's dashboard on that row.
        await page.PickAsync("overview-scope", "含草稿等全部数据");
        await page.WaitForURLAsync(url => url.Contains("data=all", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        var cell = page.Locator("[data-testid=heat-map] tr[data-indicator='失业保险参保人数'] td[data-city='长沙市'] a");
        await Assertions.Expect(cell).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "overview.png"), FullPage = true });
        await cell.ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/dashboard", StringComparison.Ordinal) && url.Contains("indicator=", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByTestId("indicator-chart").Locator("h3").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        Assert.StartsWith("失业保险参保人数", await page.GetByTestId("indicator-chart").Locator("h3").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("长沙市", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }
}
