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

        // The table reloads with 株洲's entries only (its seed plan's import at least, whatever other tests wrote); the
        // unfiltered page may still show for a moment, so the wait is for no other city to be left.
        var cities = page.GetByTestId("audit-table").Locator("td[data-label='市州']");
        await Assertions.Expect(cities.Filter(new() { HasNotTextString = "株洲市" })).ToHaveCountAsync(0);
        await Assertions.Expect(cities).Not.ToHaveCountAsync(0);
        Assert.All(await cities.AllInnerTextsAsync(), city => Assert.Equal("株洲市", city.Trim()));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "admin-audit-city.png") });
        await ChromiumFixture.ResizeAsync(page, 390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "admin-audit-city-phone.png"), FullPage = true });
    }
}
