using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>A reader browses the seed plans the portal imported on its first start.</summary>
[Collection(PortalCollection.Name)]
public class PlanPagesTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Reader_finds_the_four_plans_and_reads_Changsha_indicators_chapters_and_special_columns()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "province");
        await page.GotoAsync(portal.BaseUrl + "/plans");
        await ChromiumFixture.WaitForCircuitAsync(page);
        var list = page.GetByTestId("plan-list");
        foreach (var city in new[] { "长沙市", "株洲市", "湘西自治州", "鄂州市" })
        {
            Assert.Contains(city, await list.InnerTextAsync());
        }

        await Shot(page, "plan-list");
        await page.GetByRole(AriaRole.Link, new() { Name = "长沙市“十四五”人力资源和社会保障事业发展规划（2021—2025年）" }).ClickAsync();
        var table = page.GetByTestId("indicator-table");
        await table.WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        var firstRow = table.Locator("tbody tr:not(.category-row)").First;
        Assert.Equal(["1", "城镇新增就业人数", "万人", "[71.42]", "[75]", "预期性"], await firstRow.Locator("td").AllInnerTextsAsync());
        Assert.Equal("其中：农民工参加职业培训人次", await table.Locator("tr.child-row td.name").First.InnerTextAsync());
        Assert.Equal(2, await table.Locator(".badge-binding").CountAsync());
        Assert.Contains("长政办发〔2021〕73号", await page.Locator(".plan-header").InnerTextAsync());
        await Shot(page, "plan-changsha-indicators");

        await page.GetByRole(AriaRole.Tab, new() { Name = "章节" }).ClickAsync();
        await page.Locator("#chapter-1 h2").WaitForAsync();
        Assert.Equal("第一章 发展基础和面临形势", await page.Locator("#chapter-1 h2").InnerTextAsync());
        await Shot(page, "plan-changsha-chapters");

        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^专栏") }).ClickAsync();
        var column = page.Locator("#column-3");
        await column.WaitForAsync();
        Assert.StartsWith("专栏3 就业创业提升行动计划", await column.Locator("h3").InnerTextAsync());
        await Shot(page, "plan-changsha-columns");
    }

    [Fact]
    public async Task Xiangxi_project_table_shows_its_investment_as_printed()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "province");
        await page.GotoAsync(portal.BaseUrl + "/plans");
        await ChromiumFixture.WaitForCircuitAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "湘西自治州“十四五”人力资源和社会保障事业发展规划" }).ClickAsync();
        await page.GetByTestId("indicator-table").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);

        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^重点项目") }).ClickAsync();
        var row = page.GetByTestId("project-table").Locator("tbody tr").First;
        await row.WaitForAsync();
        var cells = await row.Locator("td").AllInnerTextsAsync();
        Assert.Equal("湘西州创新创业孵化基地建设", cells[1]);
        Assert.Equal("续建", cells[2]);
        Assert.Equal("2021—2025", cells[6]);
        Assert.Equal("15.0", cells[7]);
        Assert.Equal("10", cells[8]);
        await Shot(page, "plan-xiangxi-projects");
    }

    [Fact]
    public async Task An_unknown_plan_id_shows_a_Chinese_empty_state()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "province");
        await page.GotoAsync(portal.BaseUrl + "/plans/999999");

        Assert.Contains("页面不存在", await page.Locator("main").InnerTextAsync());
    }

    private static Task<byte[]> Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, name + ".png"), FullPage = true });
}
