using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlanTracker.Data;

namespace PlanTracker.Web.Tests.Browser;

[Collection(PortalCollection.Name)]
public class CompareBrowserTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_provincial_user_compares_the_four_cities_new_urban_jobs_and_three_on_unemployment_insurance()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "province");
        await page.GetByRole(AriaRole.Link, new() { Name = "城市对比" }).First.ClickAsync();
        var table = page.GetByTestId("comparison-table");
        await table.WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);

        Assert.StartsWith("城镇新增就业人数", await page.GetByTestId("comparison-title").InnerTextAsync());
        var cities = await table.Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.city)");
        // The four seed cities (another test of this portal may have imported a fifth plan).
        Assert.Superset(new HashSet<string> { "株洲市", "湘西自治州", "鄂州市", "长沙市" }, cities.ToHashSet());
        // By default only approved reports' values count (which ones depends on what other tests of this portal approved),
        // and the footnote says so; none of them is marked unreviewed.
        Assert.Equal("仅已审核数据", await page.PickedAsync("compare-scope"));
        Assert.Contains("数据范围：仅已审核数据", await page.GetByTestId("comparison-footnote").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await table.GetByTestId("unreviewed-mark").CountAsync());

        await page.PickAsync("compare-scope", "含草稿等全部数据");
        await page.WaitForURLAsync(url => url.Contains("data=all", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByTestId("comparison-chart").Locator("svg").First.WaitForAsync();
        await AssertRankedByGapAsync(table);
        // The table re-renders with the wider scope after the address changes: wait for its marks, do not read at once.
        await Assertions.Expect(table.GetByTestId("unreviewed-mark")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("unreviewed-note")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "compare-jobs.png"), FullPage = true });

        var option = await CatalogueIdAsync("失业保险参保人数");
        await page.PickAsync("indicator-select", new Regex("^\\s*失业保险参保人数（"));
        await page.WaitForURLAsync(url => url.Contains($"indicator={option}&", StringComparison.Ordinal) && url.Contains("data=all", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='comparison-title']\").textContent.startsWith('失业保险参保人数')");
        var insured = await table.Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.city)");
        Assert.Superset(new HashSet<string> { "株洲市", "长沙市", "鄂州市" }, insured.ToHashSet());
        Assert.DoesNotContain("湘西自治州", insured);
        Assert.Contains("约束性", await table.InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "compare-insured.png"), FullPage = true });
    }

    [Fact]
    public async Task Clicking_a_header_sorts_the_cities_and_the_rank_header_restores_the_ranking()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "province");
        await page.GotoAsync(portal.BaseUrl + "/compare?year=2023&data=all");
        var table = page.GetByTestId("comparison-table");
        await table.WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);

        await table.Locator("th[data-sort=baseline] button").ClickAsync();
        await Assertions.Expect(table.Locator("th[data-sort=baseline]")).ToHaveAttributeAsync("aria-sort", "descending");
        // Figures largest first; a row whose 2020 cell is text (no figure) comes after them.
        var baselines = await table.Locator("tbody tr").EvaluateAllAsync<double?[]>(
            "rows => rows.map(r => { const n = Number(r.cells[3].textContent.trim()); return Number.isFinite(n) ? n : null; })");
        var figures = baselines.TakeWhile(b => b is not null).ToList();
        Assert.True(figures.Count >= 4);
        Assert.Equal(figures.OrderByDescending(b => b), figures);
        Assert.All(baselines.Skip(figures.Count), b => Assert.Null(b));

        await table.Locator("th[data-sort=rank] button").ClickAsync();
        await Assertions.Expect(table.Locator("th[data-sort=rank]")).ToHaveAttributeAsync("aria-sort", "ascending");
        var ranks = await table.Locator("tbody tr").EvaluateAllAsync<int[]>("rows => rows.map(r => Number(r.dataset.rank))");
        Assert.Equal(Enumerable.Range(1, ranks.Length), ranks);
        await AssertRankedByGapAsync(table);
    }

    /// <summary>The catalogue entry's id, read from the database rather than from the page.</summary>
    private async Task<int> CatalogueIdAsync(string name)
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        return await context.CanonicalIndicators.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
    }

    /// <summary>Rows are ordered by (completion − 时序进度), read back from the bars' own figures.</summary>
    private static async Task AssertRankedByGapAsync(ILocator table)
    {
        var gaps = await table.Locator("tbody tr").EvaluateAllAsync<double[]>(
            "rows => rows.map(r => { const m = (r.querySelector('.completion span')?.textContent ?? '').match(/(-?\\d+)% \\/ (\\d+)%/); return m ? Number(m[1]) - Number(m[2]) : -1e9; })");
        Assert.Equal(gaps.OrderByDescending(g => g), gaps);
    }
}
