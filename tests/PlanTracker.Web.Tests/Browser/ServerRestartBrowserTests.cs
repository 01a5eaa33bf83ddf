using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// The portal's server really stops under an open page and starts again on the same address (issue 14): .NET 10's
/// reconnect dialog shows its Chinese text while the server is away; the new server does not know the old circuit, so
/// ReconnectModal.razor.js reloads the page (or, had the retries run out, 刷新页面 does), and the page is back, still
/// signed in (the key ring and the session live in the database), with no CSP violation on the way.
/// </summary>
public class ServerRestartBrowserTests(ChromiumFixture browser, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    private const string Dialog = "#components-reconnect-modal";

    [Fact]
    public async Task Stopping_the_server_shows_the_Chinese_reconnect_dialog_and_a_restarted_server_brings_the_page_back()
    {
        await using var portal = await RestartablePortal.StartAsync();
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "province");
        var cspViolations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                cspViolations.Add(message.Text);
            }
        };
        await page.GotoAsync(portal.BaseUrl + "/plans");
        await ChromiumFixture.WaitForCircuitAsync(page);
        await page.EvaluateAsync("() => window.__beforeRestart = true");

        await portal.StopAsync();

        // A modal dialog: "reconnecting" during the first quick attempts, which the closed port refuses at once, then
        // "retrying in N s" (and only that).
        var retrying = page.Locator($"{Dialog}.components-reconnect-retrying .components-reconnect-repeated-attempt-visible");
        await retrying.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 30_000 });
        Assert.True(await page.Locator(Dialog).EvaluateAsync<bool>("dialog => dialog.open"));
        Assert.Matches(@"^重新连接未成功，\s*\d+\s*秒后再试。$", (await retrying.InnerTextAsync()).Trim());
        Assert.False(await page.Locator($"{Dialog} .components-reconnect-first-attempt-visible").IsVisibleAsync());
        Assert.False(await page.Locator($"{Dialog} .reconnect-actions").IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "server-stopped-retrying.png") });

        await portal.StartAgainAsync();

        // Reloaded (a new document has no flag), or the retries ran out first: then 刷新页面.
        var state = await page.WaitForFunctionAsync(
            $"() => window.__beforeRestart === undefined ? 'reloaded' : document.querySelector('{Dialog}').classList.contains('components-reconnect-failed') ? 'failed' : false",
            null,
            new PageWaitForFunctionOptions { Timeout = 90_000, PollingInterval = 200 });
        var cameBack = await state.JsonValueAsync<string>();
        output.WriteLine($"After the restart the page was {cameBack}.");
        if (cameBack == "failed")
        {
            await page.Locator($"{Dialog} .reconnect-actions button[data-reload-page]").ClickAsync();
            await page.WaitForFunctionAsync("() => window.__beforeRestart === undefined", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        }

        await ChromiumFixture.WaitForCircuitAsync(page);
        Assert.EndsWith("/plans", page.Url);
        Assert.False(await page.Locator(Dialog).EvaluateAsync<bool>("dialog => dialog.open"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "server-restarted-page-back.png") });
        Assert.Empty(cspViolations);
    }
}
