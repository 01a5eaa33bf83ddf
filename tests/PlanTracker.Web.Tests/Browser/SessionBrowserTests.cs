using Microsoft.Playwright;
using PlanTracker.Web.Tests.SignIn;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// Signing out in one tab ends the circuit open in another at once (issue 11, defect 3); the circuit connects under
/// connect-src 'self' and the reconnect dialog's 刷新页面 reloads the page without inline script (defect 10).
/// </summary>
public class SessionBrowserTests(IsolatedPortalFactory portal, ChromiumFixture browser) : IClassFixture<IsolatedPortalFactory>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Signing_out_in_one_tab_sends_the_other_open_tab_to_sign_in()
    {
        await TestAccounts.CreateAsync(portal, "two-tabs");
        var first = await browser.SignedInPageAsync(portal.BaseUrl, "two-tabs", TestAccounts.Password);
        var errors = ConsoleErrors(first);
        await first.GotoAsync(portal.BaseUrl + "/plans");
        await ChromiumFixture.WaitForCircuitAsync(first);
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync(portal.BaseUrl + "/account");
        await ChromiumFixture.WaitForCircuitAsync(second);

        await second.Locator("button.logout-button").ClickAsync();
        await second.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));

        // Well within the 15-second revalidation: the sign-out's own notice ends the other circuit.
        await first.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 8_000 });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_circuit_connects_under_the_csp_and_the_reconnect_dialog_reloads_the_page()
    {
        await TestAccounts.CreateAsync(portal, "reconnect-user");
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "reconnect-user", TestAccounts.Password);
        var errors = ConsoleErrors(page);
        await page.GotoAsync(portal.BaseUrl + "/plans");
        await ChromiumFixture.WaitForCircuitAsync(page);
        await page.EvaluateAsync("() => window.__beforeReload = true");

        // The state blazor.web.js shows when reconnecting failed.
        await page.EvaluateAsync("""
            () => {
              const dialog = document.getElementById('components-reconnect-modal');
              dialog.showModal();
              dialog.classList.add('components-reconnect-failed');
            }
            """);
        var reload = page.Locator(".reconnect-actions button[data-reload-page]");
        await reload.WaitForAsync();
        await ChromiumFixture.ResizeAsync(page, 1440, 900);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "reconnect-failed-1440.png") });
        await ChromiumFixture.ResizeAsync(page, 390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "reconnect-failed-390.png") });
        await reload.ClickAsync();
        // A new document: the flag set on the old one is gone.
        await page.WaitForFunctionAsync("() => window.__beforeReload === undefined");
        await ChromiumFixture.WaitForCircuitAsync(page);

        Assert.EndsWith("/plans", page.Url);
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.__beforeReload ?? null"));
        Assert.Empty(errors);
    }

    private static List<string> ConsoleErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        return errors;
    }
}
