using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlanTracker.Data;
using PlanTracker.Data.Importing;
using PlanTracker.TestSupport;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// A provincial user opens 益阳's 2026 dashboard (its 十五五 plan, written from seeds/001), picks 失业保险参保人数 and sees
/// it from 2015 to 2030: the 十三五 results, the 14th plan's years and the 15th plan's; the comparison draws every city
/// over both periods. Own portal.
/// </summary>
public class LongRunBrowserTests(IsolatedPortalFactory portal, ChromiumFixture browser) : IClassFixture<IsolatedPortalFactory>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_continuing_indicator_is_drawn_across_both_plans_under_its_own_chart()
    {
        var text = SeedTexts.Read("001").Replace("长沙", "益阳", StringComparison.Ordinal);
        var importer = portal.Services.GetRequiredService<PlanImporter>();
        await importer.ImportAsync(new ImportSource("益阳十四五.txt", Encoding.UTF8.GetBytes(text), "admin"), allowRemovals: false);
        await importer.ImportAsync(new ImportSource("益阳十五五.txt", Encoding.UTF8.GetBytes(NextPeriodText.From(text)), "admin"), allowRemovals: false);
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var regionId = await context.Regions.Where(r => r.Name == "益阳市").Select(r => r.Id).SingleAsync();
        var insured = await context.Indicators.Where(i => i.Name == "失业保险参保人数" && context.Plans.Any(p => p.Id == i.PlanId && p.RegionId == regionId))
            .Join(context.Plans, i => i.PlanId, p => p.Id, (i, p) => new { i.Id, p.PeriodStart }).OrderBy(x => x.PeriodStart).Select(x => x.Id).ToListAsync();
        await PlainSql.UpsertValuesAsync(portal.ConnectionString, insured[0], (2021, 190m), (2022, 196m), (2023, 201m), (2024, 205m), (2025, 214.1m));
        await PlainSql.UpsertValuesAsync(portal.ConnectionString, insured[1], (2026, 216m));
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "province");

        await page.GotoAsync($"{portal.BaseUrl}/dashboard?city={regionId}&year=2026&data=all");
        await ChromiumFixture.WaitForCircuitAsync(page);
        await page.Locator("tr[data-indicator='失业保险参保人数']").ClickAsync();

        var chart = page.GetByTestId("long-run-chart");
        await Assertions.Expect(chart).ToContainTextAsync("2015—2030年");
        await Assertions.Expect(chart.Locator(".x-label").First).ToHaveTextAsync("2015");
        await Assertions.Expect(chart.Locator(".x-label").Last).ToHaveTextAsync("2030");
        await Assertions.Expect(chart).ToContainTextAsync("“十三五”（文本）");
        await Assertions.Expect(chart).ToContainTextAsync("“十四五”实际");
        await Assertions.Expect(chart).ToContainTextAsync("“十五五”实际");
        await Assertions.Expect(chart).ToContainTextAsync("214.1");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "dashboard-long-run.png"), FullPage = true });
        await ChromiumFixture.ResizeAsync(page, 390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "dashboard-long-run-390.png"), FullPage = true });

        // The comparison draws every city over both periods.
        var canonicalId = await context.IndicatorMappings.Where(m => m.IndicatorId == insured[1]).Select(m => m.CanonicalIndicatorId).SingleAsync();
        await ChromiumFixture.ResizeAsync(page, 1440, 900);
        await page.GotoAsync($"{portal.BaseUrl}/compare?indicator={canonicalId}&year=2026&data=all");
        await ChromiumFixture.WaitForCircuitAsync(page);
        var runs = page.GetByTestId("city-runs-chart");
        await Assertions.Expect(runs).ToContainTextAsync("2021—2030年");
        await Assertions.Expect(runs).ToContainTextAsync("益阳市");
        await Assertions.Expect(runs).ToContainTextAsync("“十四五”（2021—2025年）、“十五五”（2026—2030年）");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "compare-across-periods.png"), FullPage = true });
    }
}
