using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using PlanTracker.Web.Components.Layout;

namespace PlanTracker.Web.Tests.Browser;

[Collection(PortalCollection.Name)]
public class DashboardBrowserTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_leader_sees_approved_figures_first_and_switches_drafts_on_and_off()
    {
        // By default only approved reports' values count (which ones depends on what other tests of this shared portal
        // approved; its demo values are never approved): nothing shown is marked unreviewed.
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "changsha-leader");
        await page.GetByRole(AriaRole.Link, new() { Name = "仪表盘" }).First.ClickAsync();
        await page.GetByTestId("progress-table").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);

        Assert.Contains("长沙市规划实施进度", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("仅已审核数据", await page.PickedAsync("scope-select"));
        Assert.Contains("数据范围：仅已审核数据", await page.GetByTestId("scope-note").InnerTextAsync());
        Assert.Equal(0, await page.GetByTestId("unreviewed-mark").CountAsync());
        Assert.True(await page.GetByTestId("year-review-line").Locator(".year-review").CountAsync() >= 1);

        // Drafts on: every figure is there, each marked with its report's status and its bar hatched.
        await page.PickAsync("scope-select", "含草稿等全部数据");
        await page.WaitForURLAsync(url => url.Contains("data=all", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.GetByTestId("progress-table").GetByTestId("unreviewed-mark").First).ToBeVisibleAsync();
        Assert.Contains("项指标的数值尚未审核通过", await page.GetByTestId("unreviewed-figures").InnerTextAsync());
        Assert.True(await page.Locator(".completion-fill.is-unreviewed").CountAsync() > 0);
        Assert.Contains("约束性指标预警", await page.GetByTestId("binding-warnings").InnerTextAsync());
        Assert.True(await page.GetByTestId("demo-banner").IsVisibleAsync());
        // No row is open until one is clicked; it opens beside the table with its chart and its years, each with its
        // report's status; another row takes its place; Esc closes it.
        Assert.Equal(0, await page.GetByTestId("indicator-detail").CountAsync());
        await page.Locator("tr[data-indicator='失业保险参保人数']").ClickAsync();
        var detail = page.GetByTestId("indicator-detail");
        await Assertions.Expect(detail.GetByTestId("indicator-detail-title")).ToHaveTextAsync("失业保险参保人数");
        await detail.GetByTestId("indicator-chart").Locator("svg").First.WaitForAsync();
        await Assertions.Expect(detail.GetByTestId("detail-years").Locator("tbody tr")).Not.ToHaveCountAsync(0);
        Assert.True(await detail.Locator(".report-status-chip").CountAsync() > 0);
        var box = await detail.BoundingBoxAsync();
        Assert.True(box!.X > 600 && box.Y < 100, $"the detail is at the right, at the top: {box.X},{box.Y}");
        // The page makes room for it: scrolled back to the top, the pickers and the export are beside the panel, not under it.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        foreach (var picker in new[] { "scope-select", "year-select", "dashboard-export" })
        {
            Assert.True(await page.GetByTestId(picker).EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return e.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)); }"), $"{picker} is not covered");
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "dashboard-leader.png") });
        await page.Locator("tr[data-indicator='工伤保险参保人数'] td.name").ClickAsync();
        await Assertions.Expect(detail.GetByTestId("indicator-detail-title")).ToHaveTextAsync("工伤保险参保人数");
        await detail.GetByTestId("detail-history-toggle").ClickAsync();
        await detail.GetByTestId("indicator-history").WaitForAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByTestId("indicator-detail")).ToHaveCountAsync(0);

        // Another year keeps the choice.
        await page.PickAsync("year-select", "2021 年");
        await page.WaitForURLAsync(url => url.Contains("year=2021", StringComparison.Ordinal) && url.Contains("data=all", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='progress-table']\").innerText.includes('时序进度20%')");
        Assert.Equal("2021 年", await page.PickedAsync("year-select"));

        // Drafts off again: back to approved figures only, no marks.
        await page.PickAsync("scope-select", "仅已审核数据");
        await page.WaitForURLAsync(url => url.Contains("data=approved", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.GetByTestId("scope-note")).ToContainTextAsync("数据范围：仅已审核数据");
        Assert.Equal(0, await page.GetByTestId("unreviewed-mark").CountAsync());
    }

    [Fact]
    public async Task The_printed_dashboard_fits_A4_with_its_right_hand_columns_page_numbers_and_no_grey_block()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "changsha-leader");
        await page.GotoAsync(portal.BaseUrl + "/dashboard");
        await ChromiumFixture.WaitForCircuitAsync(page);
        // The circuit's first render replaces the prerendered table: wait for the interactive one.
        var cells = page.Locator("[data-testid=progress-table] td.reason");
        await Assertions.Expect(cells).Not.ToHaveCountAsync(0);
        var reasons = await cells.AllInnerTextsAsync();

        await PrintedPdf.AssertFitsThePageAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "dashboard-print.png"), FullPage = true });
        using var printed = await PrintedPdf.PrintAsync(page, "dashboard-changsha.pdf");

        // 说明 is the right-most column: every row's reason printed in full means nothing was cut off on the right.
        Assert.All(reasons, reason => Assert.Contains(PrintedPdf.Compact(reason), printed.AllText, StringComparison.Ordinal));
        Assert.Contains("[71.42]", printed.Words);
        printed.AssertRunningHeaderAndPageNumbers(portal.Services.GetRequiredService<IOptions<PortalBranding>>().Value.Name);
        printed.AssertNoBackgroundBlocks();
    }
}
