using System.Net;
using System.Net.Http.Headers;
using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>An admin issues an API token in the browser and sees the secret once; the API docs render under the portal's CSP.</summary>
[Collection(PortalCollection.Name)]
public class ApiTokenBrowserTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task An_admin_issues_a_token_sees_it_once_and_the_token_reads_the_api()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "admin");
        var errors = CollectConsoleErrors(page);
        await page.GotoAsync(portal.BaseUrl + "/admin/tokens");
        await ChromiumFixture.WaitForCircuitAsync(page);

        await MudControls.ExpandAsync(page.Locator(".create-user"));
        await MudControls.ChooseAsync(page.GetByTestId("token-user"), "省厅规划处（province，省级用户）");
        await page.GetByTestId("token-name").FillAsync("省厅数据平台（浏览器测试）");
        await page.GetByTestId("issue-token").ClickAsync();

        var secretBox = page.GetByTestId("issued-token-secret");
        await secretBox.WaitForAsync();
        var secret = (await secretBox.InnerTextAsync()).Trim();
        Assert.StartsWith("pt_", secret);
        var row = page.Locator($"tr[data-token='{secret[..9]}']");
        Assert.Contains("省厅数据平台（浏览器测试）", await row.InnerTextAsync());
        Assert.Contains("从未使用", await row.InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "admin-api-tokens.png"), FullPage = true });

        using var api = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/regions")).StatusCode);

        await page.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        Assert.DoesNotContain(secret, await page.ContentAsync());
        Assert.Equal(0, await page.GetByTestId("issued-token").CountAsync());
        Assert.DoesNotContain("从未使用", await page.Locator($"tr[data-token='{secret[..9]}']").InnerTextAsync());

        await page.Locator($"tr[data-token='{secret[..9]}']").GetByTestId("revoke-token").ClickAsync();
        Assert.Contains("省厅数据平台（浏览器测试）", await MudControls.Dialog(page).InnerTextAsync());
        await MudControls.Dialog(page).GetByTestId("confirm-ok").ClickAsync();
        await page.Locator($"tr[data-token='{secret[..9]}'] .badge-binding").WaitForAsync();
        await MudControls.SnackbarAsync(page, "已吊销令牌“省厅数据平台（浏览器测试）”");
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/regions")).StatusCode);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_api_docs_render_without_csp_violations()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "province");
        var errors = CollectConsoleErrors(page);

        await page.GotoAsync(portal.BaseUrl + "/api/docs");
        await page.Locator(".opblock").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        var text = await page.Locator("#swagger-ui").InnerTextAsync();
        Assert.Contains("PlanTracker 只读 API", text);
        Assert.Contains("/api/v1/plans/{id}/values", text);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "api-docs.png"), FullPage = true });

        // "Try it out" works with the browser's own sign-in (the portal cookie).
        var regions = page.Locator(".opblock").Filter(new LocatorFilterOptions { HasText = "/api/v1/regions" });
        await regions.Locator(".opblock-summary").ClickAsync();
        await regions.Locator("button.try-out__btn").ClickAsync();
        await regions.Locator("button.execute").ClickAsync();
        var status = regions.Locator(".live-responses-table tbody .response-col_status").First;
        await status.WaitForAsync();
        Assert.Equal("200", (await status.InnerTextAsync()).Trim());
        Assert.Contains("湘西自治州", await regions.Locator(".live-responses-table").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "api-docs-try-it-out.png"), FullPage = false });
        Assert.Empty(errors);
    }

    private static List<string> CollectConsoleErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }
}
