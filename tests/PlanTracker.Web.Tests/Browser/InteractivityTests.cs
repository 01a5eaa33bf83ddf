using Microsoft.Playwright;
using PlanTracker.Web.Hosting;

namespace PlanTracker.Web.Tests.Browser;

[Collection(PortalCollection.Name)]
public class InteractivityTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Clicking_a_button_updates_the_page_over_the_circuit()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "admin");
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

    [Fact]
    public async Task An_unhandled_error_shows_a_friendly_Chinese_message_and_is_logged_once()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "province");
        await page.GotoAsync(portal.BaseUrl + ThrowingPage.Path);
        await ChromiumFixture.WaitForCircuitAsync(page);

        await page.GetByTestId("throw").ClickAsync();

        var error = page.Locator(".friendly-error");
        await error.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Contains("抱歉，页面出现了问题", await error.InnerTextAsync());
        Assert.DoesNotContain(ThrowingPage.Message, await page.ContentAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "friendly-error.png") });

        // The navigation still works: the circuit survived the error.
        Assert.True(await page.Locator("nav.app-nav").IsVisibleAsync());
        var logged = portal.Logs.Entries.Count(e => e.Exception?.Message == ThrowingPage.Message);
        Assert.Equal(1, logged);

        // Logged inside the circuit: the event names the circuit and its user (CircuitLogContext), and the circuit's
        // connection is logged, with the same circuit id, once the page closes it.
        var failure = portal.Logs.Events.Single(e => e.Exception?.Message == ThrowingPage.Message);
        var circuitId = CapturingLogSink.Property(failure, SerilogSetup.CircuitIdProperty);
        Assert.False(string.IsNullOrEmpty(circuitId));
        Assert.Equal("province", CapturingLogSink.Property(failure, SerilogSetup.UserNameProperty));
        await page.Context.CloseAsync();
        var connection = await portal.Logs.WaitForAsync(
            e => CapturingLogSink.IsRequest(e) && CapturingLogSink.Property(e, SerilogSetup.CircuitIdProperty) == circuitId, TimeSpan.FromSeconds(30));
        Assert.Equal("/_blazor", CapturingLogSink.Property(connection, "RequestPath"));
        Assert.Equal("province", CapturingLogSink.Property(connection, SerilogSetup.UserNameProperty));
    }
}
