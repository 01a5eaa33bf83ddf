using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

[Collection(PortalCollection.Name)]
public class ReviewBrowserTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_reporter_submits_the_year_and_the_leader_returns_it_with_a_comment()
    {
        var reporter = await browser.SignedInPageAsync(portal.BaseUrl, "xiangxi-reporter");
        await reporter.GotoAsync(portal.BaseUrl + "/progress?year=2025");
        await ChromiumFixture.WaitForCircuitAsync(reporter);
        await EntryFormSteps.TypeAsync(reporter, reporter.Locator("tr[data-indicator='城镇新增就业人数'] input.entry-input"), "2.1");
        await reporter.GetByTestId("entry-save").ClickAsync();
        await reporter.GetByTestId("entry-saved").WaitForAsync();
        await reporter.GetByTestId("entry-submit").ClickAsync();
        await ConfirmDialogSteps.ConfirmAsync(reporter, "提交审核");
        await reporter.GetByTestId("entry-review").WaitForAsync();
        Assert.Equal("已提交", await reporter.GetByTestId("entry-status").InnerTextAsync());
        Assert.True(await reporter.GetByTestId("entry-save").IsDisabledAsync());

        var leader = await browser.SignedInPageAsync(portal.BaseUrl, "xiangxi-leader");
        // The review page for the reported year by its address (the year picker has its own tests): a pick made while
        // the page was still re-rendering after the menu click was lost now and then (a 30 s wait for year=2024 in CI).
        await leader.GotoAsync(portal.BaseUrl + "/review?year=2025");
        await ChromiumFixture.WaitForCircuitAsync(leader);
        await leader.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='review-status']\")?.textContent === '已提交'");
        // 退回 without a comment: the message is at the field and nothing is asked or done.
        await leader.GetByTestId("review-return").ClickAsync();
        await leader.GetByText("退回时请写明需要修改的内容").WaitForAsync();
        Assert.Equal(0, await leader.GetByTestId("confirm-dialog").CountAsync());
        await leader.GetByTestId("review-text").FillAsync("请补充数据来源");
        // 取消 in the dialog leaves the report as it was.
        await leader.GetByTestId("review-return").ClickAsync();
        await ConfirmDialogSteps.CancelAsync(leader, "退回");
        Assert.Equal("已提交", await leader.GetByTestId("review-status").InnerTextAsync());
        await leader.GetByTestId("review-return").ClickAsync();
        await ConfirmDialogSteps.ConfirmAsync(leader, "退回");
        await leader.GetByTestId("review-result").WaitForAsync();
        Assert.Equal("已退回", await leader.GetByTestId("review-status").InnerTextAsync());
        await leader.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='review-thread']\").innerText.includes('请补充数据来源')");
        await leader.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "review-leader.png"), FullPage = true });
    }
}
