using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using PlanTracker.Web.Components.Layout;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// December 2026: 长沙's leader opens the 总结评估 of the ended 14th plan from 报告, writes 主要成效 and 下一步工作, and
/// prints it to an A4 PDF, read back page by page. Own portal: <see cref="EndedPlanData"/> approves 长沙's years.
/// </summary>
public class FinalEvaluationBrowserTests(IsolatedPortalFactory portal, ChromiumFixture browser) : IClassFixture<IsolatedPortalFactory>, IClassFixture<ChromiumFixture>
{
    private const string Achievements = "城镇新增就业累计61万人，城镇调查失业率控制在4.9%。";

    private const string NextSteps = "实施全民参保计划，补齐失业保险扩面短板。";

    [Fact]
    public async Task A_leader_writes_the_final_evaluation_of_the_ended_plan_and_prints_it()
    {
        await EndedPlanData.WriteAsync(portal.ConnectionString);
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "changsha-leader");

        await page.GetByRole(AriaRole.Link, new() { Name = "报告" }).First.ClickAsync();
        var link = page.GetByTestId("final-report-link");
        await link.WaitForAsync();
        Assert.Contains("长沙市 “十四五”规划总结评估", await link.InnerTextAsync(), StringComparison.Ordinal);
        await ChromiumFixture.WaitForCircuitAsync(page);
        await link.ClickAsync();
        await page.GetByTestId("final-table").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        Assert.Equal("长沙市“十四五”规划实施总结评估报告", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal("未完成", (await page.Locator("[data-indicator='失业保险参保人数'] [data-cell=verdict]").InnerTextAsync()).Trim());

        await FillAsync(page, "final-achievements", Achievements);
        await FillAsync(page, "final-next-steps", NextSteps);
        await page.GetByTestId("final-narrative-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("final-narrative-五")).ToContainTextAsync(Achievements);
        await Assertions.Expect(page.GetByTestId("final-narrative-updated")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "report-final-screen.png"), FullPage = true });

        await ChromiumFixture.ResizeAsync(page, 794, 1123);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.GetByTestId("final-narrative-editor").IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "report-final-print.png"), FullPage = true });
        await PrintedPdf.AssertFitsThePageAsync(page);
        using var printed = await PrintedPdf.PrintAsync(page, "report-final-changsha-14th.pdf");

        Assert.InRange(printed.Pages.Count, 2, 6);
        printed.AssertRunningHeaderAndPageNumbers(portal.Services.GetRequiredService<IOptions<PortalBranding>>().Value.Name);
        Assert.Contains("长沙市“十四五”规划实施总结评估报告", printed.PageTexts[0], StringComparison.Ordinal);
        Assert.Contains(PrintedPdf.Compact("2024年（已提交）的数据未采用"), printed.PageTexts[0], StringComparison.Ordinal);
        // 二 before 三: the missed 约束性 indicator with its cause is on the first page, ahead of the table.
        Assert.Contains(PrintedPdf.Compact(EndedPlanData.Cause), printed.PageTexts[0], StringComparison.Ordinal);
        Assert.Contains(PrintedPdf.Compact(Achievements), printed.AllText, StringComparison.Ordinal);
        Assert.Contains(PrintedPdf.Compact(NextSteps), printed.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(PrintedPdf.Compact("填写总结评估的文字部分"), printed.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(PrintedPdf.Compact("保存文字部分"), printed.AllText, StringComparison.Ordinal);
        // The confirmation toast of the save a moment ago is the screen's, never the paper's.
        Assert.DoesNotContain(PrintedPdf.Compact("已保存"), printed.AllText, StringComparison.Ordinal);
        // Every indicator row printed with its verdict; the last page carries the rule in words.
        Assert.Contains("基本完成", printed.AllText, StringComparison.Ordinal);
        Assert.Contains(PrintedPdf.Compact("约束性指标未达到目标即为“未完成”"), printed.PageTexts[^1], StringComparison.Ordinal);
    }

    /// <summary>Types a narrative section and waits until the server has it (its counter shows the length).</summary>
    private static async Task FillAsync(IPage page, string testId, string text)
    {
        var field = page.GetByTestId(testId);
        await field.FillAsync(text);
        await field.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("final-narrative-editor")).ToContainTextAsync($"{text.Length}/8000");
    }
}
