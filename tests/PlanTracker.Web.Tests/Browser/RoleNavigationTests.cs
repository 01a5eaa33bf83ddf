using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>Each kind of user signs in through the form and sees only their own navigation and data.</summary>
[Collection(PortalCollection.Name)]
public class RoleNavigationTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    public static TheoryData<string, string[], string[], string> Roles() => new()
    {
        { "changsha-reporter", ["首页", "规划", "进度填报", "报告"], ["长沙市"], "长沙填报员" },
        { "zhuzhou-leader", ["首页", "规划", "审核", "仪表盘", "报告"], ["株洲市"], "株洲审核人" },
        { "province", ["首页", "规划", "仪表盘", "报告", "省级总览", "城市对比"], ["长沙市", "株洲市", "湘西自治州", "鄂州市"], "省厅规划处" },
        { "admin", ["首页", "规划", "审核", "仪表盘", "报告", "省级总览", "城市对比", "导入", "管理"], ["长沙市", "株洲市", "湘西自治州", "鄂州市"], "系统管理员" },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_lands_on_its_home_with_its_own_navigation_and_plans(string userName, string[] navigation, string[] cities, string displayName)
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, userName);
        await ChromiumFixture.WaitForCircuitAsync(page);

        var navItems = await page.Locator("nav.app-nav .nav-item").AllInnerTextsAsync();
        Assert.Equal(navigation, navItems.Select(t => t.Replace("建设中", string.Empty, StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Last()));
        Assert.Contains(displayName, await page.GetByTestId("user-menu").InnerTextAsync());
        var planCards = page.GetByTestId("home-plans").Locator("h3");
        Assert.Equal(cities.Order(), (await planCards.AllInnerTextsAsync()).Order());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, $"home-{userName}.png"), FullPage = true });
    }

    [Fact]
    public async Task A_reporter_who_types_an_admin_address_is_refused_and_can_sign_out()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "changsha-reporter");

        await page.GotoAsync(portal.BaseUrl + "/admin/users");
        Assert.Contains("没有访问权限", await page.Locator("main").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "access-denied.png") });

        await page.GotoAsync(portal.BaseUrl + "/");
        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
        await page.GotoAsync(portal.BaseUrl + "/plans");
        Assert.Contains("/account/login", page.Url);
    }

    [Fact]
    public async Task An_admin_manages_users_in_the_browser()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "admin");
        await page.GotoAsync(portal.BaseUrl + "/admin/users");
        await ChromiumFixture.WaitForCircuitAsync(page);

        await MudControls.ExpandAsync(page.Locator(".create-user"));
        await page.GetByTestId("new-user-name").FillAsync("xiangxi-reporter-2");
        await page.GetByTestId("new-display-name").FillAsync("湘西填报员二");
        await MudControls.ChooseAsync(page.GetByTestId("new-role"), "填报员");
        // A reporter needs a city: creating without one is refused at the field.
        await page.GetByTestId("new-password").FillAsync("a long enough password");
        await page.GetByTestId("create-user").ClickAsync();
        await page.Locator(".create-user .mud-input-helper-text.mud-input-error", new() { HasText = "填报员和审核人必须属于一个地区。" }).WaitForAsync();
        Assert.Equal(0, await page.Locator("tr[data-user='xiangxi-reporter-2']").CountAsync());

        await MudControls.ChooseAsync(page.GetByTestId("new-region"), "湘西自治州");
        await page.GetByTestId("create-user").ClickAsync();

        var message = await MudControls.SnackbarAsync(page, "已创建用户 xiangxi-reporter-2");
        Assert.Contains("已创建用户 xiangxi-reporter-2", await message.InnerTextAsync());
        var row = page.Locator("tr[data-user='xiangxi-reporter-2']");
        Assert.Contains("湘西自治州", await row.InnerTextAsync());

        // Disabling asks first; 取消 leaves the account as it is.
        await row.GetByTestId("toggle-disabled").ClickAsync();
        await MudControls.Dialog(page).GetByTestId("confirm-cancel").ClickAsync();
        await MudControls.Dialog(page).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        Assert.Equal(0, await row.Locator(".badge-binding").CountAsync());
        await row.GetByTestId("toggle-disabled").ClickAsync();
        Assert.Contains("xiangxi-reporter-2", await MudControls.Dialog(page).InnerTextAsync());
        await MudControls.Dialog(page).GetByTestId("confirm-ok").ClickAsync();
        await page.Locator("tr[data-user='xiangxi-reporter-2'] .badge-binding").WaitForAsync();
        await MudControls.SnackbarAsync(page, "已停用 xiangxi-reporter-2");
        Assert.Contains("已停用", await page.Locator("tr[data-user='xiangxi-reporter-2']").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "admin-users.png"), FullPage = true });

        await page.GotoAsync(portal.BaseUrl + "/admin/audit");
        // The table loads its page of rows once the circuit is up.
        await page.GetByTestId("audit-table").Locator("td", new() { HasText = "停用账户" }).First.WaitForAsync();
        var audit = await page.GetByTestId("audit-table").InnerTextAsync();
        Assert.Contains("停用账户", audit);
        Assert.Contains("创建用户", audit);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "admin-audit.png"), FullPage = true });
    }
}
