using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlanTracker.Data;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// An admin records a 规划调整 on the plan page (长沙 失业保险参保人数 212.7 → 200 from 2024, 长政办函〔2024〕12号) and the
/// dashboard of 2024 shows the printed target beside the adjusted one. Own portal: the adjustment changes judgements.
/// </summary>
public class TargetAdjustmentBrowserTests(IsolatedPortalFactory portal, ChromiumFixture browser) : IClassFixture<IsolatedPortalFactory>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task An_admin_records_an_adjustment_on_the_plan_page_and_the_dashboard_shows_both_targets()
    {
        var (regionId, planId) = await ChangshaAsync();
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "admin");

        await page.GotoAsync($"{portal.BaseUrl}/plans/{planId}");
        // A tab clicked on the prerendered page, before the circuit is up, does nothing: wait for it first.
        await ChromiumFixture.WaitForCircuitAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "规划调整" }).ClickAsync();
        await page.GetByTestId("target-adjustments").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        await MudControls.ExpandAsync(page.GetByTestId("target-adjustments"));
        await MudControls.ChooseAsync(page.GetByTestId("adjust-indicator"), "失业保险参保人数（规划目标 212.7 万人）");
        await MudControls.ChooseAsync(page.GetByTestId("adjust-year"), "2024年起");
        await page.GetByTestId("adjust-target").FillAsync("200");
        await page.GetByTestId("adjust-document").FillAsync("长政办函〔2024〕12号");
        var date = page.Locator("input[data-testid=adjust-date], [data-testid=adjust-date] input").First;
        await date.FillAsync("2024-03-15");
        await date.PressAsync("Tab");
        await page.GetByTestId("adjust-reason").FillAsync("参保扩面受经济形势影响");
        await page.GetByTestId("adjust-reason").PressAsync("Tab");
        await page.GetByTestId("adjust-save").ClickAsync();

        await MudControls.SnackbarAsync(page, "规划调整已保存");
        var row = page.Locator("[data-testid=adjustment-table] tr[data-adjustment='失业保险参保人数']");
        await Assertions.Expect(row).ToContainTextAsync("2024年起");
        await Assertions.Expect(row).ToContainTextAsync("长政办函〔2024〕12号（2024-03-15）");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "plan-adjustments.png"), FullPage = true });

        await page.GotoAsync($"{portal.BaseUrl}/dashboard?city={regionId}&year=2024&data=all");
        var target = page.Locator("tr", new() { HasText = "失业保险参保人数" }).GetByTestId("target-figure").First;
        await Assertions.Expect(target).ToContainTextAsync("212.7");
        await Assertions.Expect(target.GetByTestId("target-adjusted")).ToHaveTextAsync("→ 200");
        await Assertions.Expect(target).ToContainTextAsync("2024年起调整");
    }

    private async Task<(int RegionId, int PlanId)> ChangshaAsync()
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var plan = await context.Plans.Where(p => p.Region!.Name == "长沙市" && p.PeriodStart == 2021).Select(p => new { p.RegionId, p.Id }).SingleAsync();
        return (plan.RegionId, plan.Id);
    }
}
