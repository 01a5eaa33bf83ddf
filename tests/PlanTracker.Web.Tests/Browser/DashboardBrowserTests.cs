using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

[Collection(PortalCollection.Name)]
public class DashboardBrowserTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_leader_sees_statuses_binding_warnings_first_and_a_chart_per_indicator()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "changsha-leader");
        await page.GetByRole(AriaRole.Link, new() { Name = "仪表盘" }).First.ClickAsync();
        await page.GetByTestId("progress-table").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);

        Assert.Contains("长沙市规划实施进度", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("约束性指标预警", await page.GetByTestId("binding-warnings").InnerTextAsync());
        Assert.True(await page.GetByTestId("status-summary").Locator(".status-count").CountAsync() >= 6);
        Assert.True(await page.GetByTestId("demo-banner").IsVisibleAsync());
        var chart = page.GetByTestId("indicator-chart");
        await chart.Locator("svg").First.WaitForAsync();

        await page.Locator("tr[data-indicator='工伤保险参保人数']").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='indicator-chart'] h3\").textContent.startsWith('工伤保险参保人数')");
        Assert.StartsWith("工伤保险参保人数", await chart.Locator("h3").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "dashboard-leader.png"), FullPage = true });

        await page.GetByTestId("year-select").SelectOptionAsync("2021");
        await page.WaitForURLAsync(url => url.Contains("year=2021", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='progress-table']\").innerText.includes('时序进度20%')");
    }
}
