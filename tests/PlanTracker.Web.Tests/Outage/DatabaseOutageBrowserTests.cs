using Microsoft.Playwright;
using PlanTracker.Web.Tests.Browser;

namespace PlanTracker.Web.Tests.Outage;

/// <summary>
/// The entry form while PostgreSQL is away (issue 11, defect 7): 保存 says so in Chinese, the typed value stays on
/// the page, and it is stored once the server is back (the page saves again by itself).
/// </summary>
public sealed class DatabaseOutageBrowserTests(ChromiumFixture browser) : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private const string Row = "tr[data-indicator='城镇新增就业人数'] input.entry-input";

    private readonly OutagePortal _portal = new();

    public Task InitializeAsync() => _portal.InitializeAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task A_value_typed_while_the_database_is_away_stays_on_the_form_and_is_saved_when_it_is_back()
    {
        var page = await browser.SignedInPageAsync(_portal.BaseUrl, "changsha-reporter");
        await page.GotoAsync(_portal.BaseUrl + "/progress?year=2024");
        await page.GetByTestId("entry-table").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        // The circuit loads the form again before it shows the inputs: stop the database only once it has.
        await page.Locator(Row).WaitForAsync();

        await _portal.StopDatabaseAsync();
        try
        {
            await page.Locator(Row).FillAsync("15.2");
            await page.Locator(Row).PressAsync("Tab");
            await page.GetByTestId("entry-save").ClickAsync();

            await Assertions.Expect(page.GetByTestId("entry-error")).ToContainTextAsync("数据库暂时不可用");
            await Assertions.Expect(page.GetByTestId("outage-banner")).ToBeVisibleAsync();
            Assert.Equal("15.2", await page.Locator(Row).InputValueAsync());
            await ScreenshotsAsync(page);
        }
        finally
        {
            await _portal.StartDatabaseAsync();
        }

        // The page notices the database is back and saves the kept input again.
        await page.GetByTestId("entry-saved").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("outage-banner")).ToBeHiddenAsync();

        await page.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        Assert.Equal("15.2", await page.Locator(Row).InputValueAsync());
    }

    private static async Task ScreenshotsAsync(IPage page)
    {
        foreach (var width in new[] { 1440, 390 })
        {
            await ChromiumFixture.ResizeAsync(page, width, 900);
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, $"outage-entry-{width}.png") });
        }

        await ChromiumFixture.ResizeAsync(page, 1400, 900);
    }
}
