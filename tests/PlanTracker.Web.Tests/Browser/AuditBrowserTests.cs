using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>The audit log filtered by city (issue 15): an admin picks 株洲市 and sees only 株洲's business, each row naming the city.</summary>
[Collection(PortalCollection.Name)]
public class AuditBrowserTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task An_admin_filters_the_audit_log_by_city()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "admin");
        await page.GotoAsync(portal.BaseUrl + "/admin/audit");
        await ChromiumFixture.WaitForCircuitAsync(page);
        await page.GetByTestId("audit-table").Locator("td[data-label='市州']").First.WaitForAsync();

        await page.PickAsync("audit-city", "株洲市");
        await page.GetByTestId("audit-search").ClickAsync();

        // The seed plans were imported at start-up: 株洲's import is always among its entries, whatever other tests wrote.
        var cities = page.GetByTestId("audit-table").Locator("td[data-label='市州']");
        await Assertions.Expect(page.GetByTestId("audit-table").Locator("td[data-label='操作']", new() { HasText = "导入规划" })).Not.ToHaveCountAsync(0);
        var shown = await cities.AllInnerTextsAsync();
        Assert.NotEmpty(shown);
        Assert.All(shown, city => Assert.Equal("株洲市", city.Trim()));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "admin-audit-city.png") });
        await ChromiumFixture.ResizeAsync(page, 390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "admin-audit-city-phone.png"), FullPage = true });
    }
}
