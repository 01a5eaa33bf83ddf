using Microsoft.Playwright;

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
        await AssertRankedByGapAsync(table);
        await page.GetByTestId("comparison-chart").Locator("svg").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "compare-jobs.png"), FullPage = true });

        var option = await page.GetByTestId("indicator-select").Locator("option", new() { HasTextString = "失业保险参保人数" }).GetAttributeAsync("value");
        await page.GetByTestId("indicator-select").SelectOptionAsync(option!);
        await page.WaitForURLAsync(url => url.Contains($"indicator={option}", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='comparison-title']\").textContent.startsWith('失业保险参保人数')");
        var insured = await table.Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.city)");
        Assert.Superset(new HashSet<string> { "株洲市", "长沙市", "鄂州市" }, insured.ToHashSet());
        Assert.DoesNotContain("湘西自治州", insured);
        Assert.Contains("约束性", await table.InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "compare-insured.png"), FullPage = true });
    }

    /// <summary>Rows are ordered by (completion − 时序进度), read back from the bars' own figures.</summary>
    private static async Task AssertRankedByGapAsync(ILocator table)
    {
        var gaps = await table.Locator("tbody tr").EvaluateAllAsync<double[]>(
            "rows => rows.map(r => { const m = (r.querySelector('.completion span')?.textContent ?? '').match(/(-?\\d+)% \\/ (\\d+)%/); return m ? Number(m[1]) - Number(m[2]) : -1e9; })");
        Assert.Equal(gaps.OrderByDescending(g => g), gaps);
    }
}
