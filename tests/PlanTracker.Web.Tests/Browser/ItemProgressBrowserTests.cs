using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>专栏 and project progress on the entry page, in Chromium: filled, saved, found again after reloading.</summary>
[Collection(PortalCollection.Name)]
public class ItemProgressBrowserTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Changsha_reports_a_special_column_item_and_its_target_and_finds_them_after_reloading()
    {
        var page = await OpenEntryAsync("changsha-reporter", 2022);
        var row = page.Locator("tr[data-item='职业技能提升行动']");
        await row.Locator("[data-target*='认定50家以上'] input.target-value").FillAsync("12");
        await FillProgressAsync(row, "45", "进行中", "新认定重点企业职工培训中心12家");

        await SaveAsync(page, "item-progress-changsha.png");

        await page.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        row = page.Locator("tr[data-item='职业技能提升行动']");
        Assert.Equal("12", await row.Locator("[data-target*='认定50家以上'] input.target-value").InputValueAsync());
        Assert.Equal("45", await row.Locator("input.progress-percent").InputValueAsync());
        Assert.Equal("新认定重点企业职工培训中心12家", await row.Locator("textarea.progress-note").InputValueAsync());
        Assert.Equal("进行中", await row.Locator("select.progress-status").EvaluateAsync<string>("s => s.options[s.selectedIndex].text"));
    }

    [Fact]
    public async Task Xiangxi_reports_its_projects_investment_and_sees_the_total_so_far()
    {
        var page = await OpenEntryAsync("xiangxi-reporter", 2023);
        var row = page.Locator("tr[data-project='湘西州创新创业孵化基地建设']");
        await row.Locator("input.progress-investment").FillAsync("2.5");
        await FillProgressAsync(row, "30", "滞后", "受资金到位影响，2个基地开工推迟");
        await page.WaitForFunctionAsync("() => document.querySelector(\"tr[data-project='湘西州创新创业孵化基地建设'] .cumulative-investment\").innerText.startsWith('2.5 / 10')");

        await SaveAsync(page, "item-progress-xiangxi.png");

        await page.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        row = page.Locator("tr[data-project='湘西州创新创业孵化基地建设']");
        Assert.Equal("2.5", await row.Locator("input.progress-investment").InputValueAsync());
        Assert.StartsWith("2.5 / 10（25%）", await row.Locator(".cumulative-investment").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("滞后", await row.Locator("select.progress-status").EvaluateAsync<string>("s => s.options[s.selectedIndex].text"));
    }

    private async Task<IPage> OpenEntryAsync(string userName, int year)
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, userName);
        await page.GotoAsync($"{portal.BaseUrl}/progress?year={year}");
        await page.GetByTestId("item-progress").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        return page;
    }

    private static async Task FillProgressAsync(ILocator row, string percent, string status, string note)
    {
        await row.Locator("input.progress-percent").FillAsync(percent);
        await row.Locator("input.progress-percent").PressAsync("Tab");
        await row.Locator("select.progress-status").SelectOptionAsync(new SelectOptionValue { Label = status });
        await row.Locator("textarea.progress-note").FillAsync(note);
        await row.Locator("textarea.progress-note").PressAsync("Tab");
    }

    private static async Task SaveAsync(IPage page, string screenshot)
    {
        await page.GetByTestId("item-progress-save").ClickAsync();
        await page.GetByTestId("item-progress-saved").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, screenshot), FullPage = true });

        // The section's top at a readable scale: the full page is too tall to read once shrunk.
        var box = (await page.GetByTestId("item-progress").BoundingBoxAsync())!;
        box.Y += await page.EvaluateAsync<float>("() => window.scrollY");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, screenshot.Replace(".png", "-section.png", StringComparison.Ordinal)),
            FullPage = true,
            Clip = new Clip { X = box.X, Y = box.Y, Width = box.Width, Height = Math.Min(box.Height, 800) },
        });
        if (await page.GetByTestId("item-progress-projects").CountAsync() > 0)
        {
            await page.GetByTestId("item-progress-projects").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, screenshot.Replace(".png", "-projects.png", StringComparison.Ordinal)) });
        }
    }
}
