using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// A return with a row comment (issue 15): the leader writes it under one indicator on the review page and returns the
/// report; the reporter's notice names the row, and its link lands on that row's value with the comment under it. Own
/// portal: the year is submitted and returned here, which no test on the shared portal may see.
/// </summary>
public class ReturnRowCommentBrowserTests(IsolatedPortalFactory portal, ChromiumFixture browser) : IClassFixture<IsolatedPortalFactory>, IClassFixture<ChromiumFixture>
{
    private const string Commented = "城镇登记失业率";
    private const string Comment = "与人社厅通报数不一致，请核实后注明数据来源";

    private static string Shot(string name) => Path.Combine(ChromiumFixture.ScreenshotDirectory, name);

    [Fact]
    public async Task A_reporter_notified_of_a_return_lands_on_the_commented_row()
    {
        // 湘西 2024 (seeds/002 专栏1: 1.城镇新增就业人数 … 3.城镇登记失业率): typed, saved and submitted.
        var reporter = await browser.SignedInPageAsync(portal.BaseUrl, "xiangxi-reporter");
        await reporter.GotoAsync(portal.BaseUrl + "/progress?year=2024");
        await ChromiumFixture.WaitForCircuitAsync(reporter);
        await EntryFormSteps.TypeAsync(reporter, reporter.Locator("tr[data-indicator='城镇新增就业人数'] input.entry-input"), "2.4");
        await reporter.GetByTestId("entry-save").ClickAsync();
        await reporter.GetByTestId("entry-saved").WaitForAsync();
        await EntryFormSteps.SubmitAsync(reporter);

        // The leader comments on one row only and returns with no overall comment: the row says it.
        var leader = await browser.SignedInPageAsync(portal.BaseUrl, "xiangxi-leader");
        await leader.GotoAsync(portal.BaseUrl + "/review?year=2024");
        await ChromiumFixture.WaitForCircuitAsync(leader);
        await leader.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='review-status']\")?.textContent === '已提交'");
        await leader.Locator($"[data-testid='review-values'] tr:has(.indicator-name:text-is('{Commented}'))").GetByTestId("review-row-comment-toggle").ClickAsync();
        var box = leader.Locator($"tr[data-row-comment='{Commented}'] textarea");
        await box.FillAsync(Comment);
        await box.PressAsync("Tab");
        await Assertions.Expect(leader.GetByTestId("review-return")).ToHaveTextAsync("退回（含 1 条逐项意见）");
        await leader.Locator($"tr[data-row-comment='{Commented}']").ScrollIntoViewIfNeededAsync();
        await leader.ScreenshotAsync(new() { Path = Shot("review-row-comment.png") });
        await ChromiumFixture.ResizeAsync(leader, 390, 844);
        await leader.Locator($"tr[data-row-comment='{Commented}']").ScrollIntoViewIfNeededAsync();
        await leader.ScreenshotAsync(new() { Path = Shot("review-row-comment-phone.png") });
        await ChromiumFixture.ResizeAsync(leader, 1400, 900);
        await leader.GetByTestId("review-return").ClickAsync();
        await ConfirmDialogSteps.ConfirmAsync(leader, "退回");
        await leader.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='review-status']\")?.textContent === '已退回'");
        await Assertions.Expect(leader.GetByTestId("review-thread-rows")).ToHaveTextAsync($"{Commented}：{Comment}");

        // The reporter's home page names the row; its link opens the form on that row's value.
        await reporter.GotoAsync(portal.BaseUrl + "/");
        await ChromiumFixture.WaitForCircuitAsync(reporter);
        var notice = reporter.GetByTestId("notice-list").GetByTestId("notice").Filter(new() { HasText = "2024 年报告被退回" });
        await Assertions.Expect(notice).ToHaveAttributeAsync("data-kind", "returned");
        await Assertions.Expect(notice).ToContainTextAsync($"逐项意见 1 条：{Commented}");
        await notice.GetByRole(AriaRole.Link, new() { Name = "去修改指标" }).ClickAsync();
        await reporter.WaitForURLAsync(url => url.Contains("/progress?year=2024&row=", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await ChromiumFixture.WaitForCircuitAsync(reporter);
        await reporter.WaitForFunctionAsync($"() => document.activeElement?.getAttribute('aria-label') === '{Commented} 2024 年数值'");
        Assert.True(await InViewAsync(reporter, $"tr[data-indicator='{Commented}']"), "the commented row is on screen");
        // The label above the comment (one flex column): read as one line.
        Assert.Equal($"审核意见：{Comment}", (await reporter.Locator($"tr[data-row-comment='{Commented}']").InnerTextAsync()).ReplaceLineEndings(string.Empty).Trim());
        var top = reporter.GetByTestId("entry-return-notice");
        Assert.Contains("本年度报告已被退回", await top.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains($"{Commented}：{Comment}", await top.InnerTextAsync(), StringComparison.Ordinal);
        await reporter.ScreenshotAsync(new() { Path = Shot("entry-landed-on-row.png") });

        // From the top of the form, the notice's row link goes to the row again.
        await reporter.EvaluateAsync("() => { document.activeElement.blur(); window.scrollTo(0, 0); }");
        await top.GetByTestId("return-notice-row").ClickAsync();
        await reporter.WaitForFunctionAsync($"() => document.activeElement?.getAttribute('aria-label') === '{Commented} 2024 年数值'");
        await ChromiumFixture.ResizeAsync(reporter, 390, 844);
        await reporter.EvaluateAsync("() => window.scrollTo(0, 0)");
        await reporter.ScreenshotAsync(new() { Path = Shot("entry-return-notice-phone.png") });
        await reporter.Locator($"tr[data-row-comment='{Commented}']").ScrollIntoViewIfNeededAsync();
        await reporter.ScreenshotAsync(new() { Path = Shot("entry-row-comment-phone.png") });

        // The bell still counts the return as unread (the home page's link does not mark it); opened from the bell it is read.
        await ChromiumFixture.ResizeAsync(reporter, 1400, 900);
        var bell = reporter.GetByTestId("notification-bell");
        var unread = reporter.Locator("[data-testid=notification-item][data-read=false]", new() { HasText = "2024 年报告被退回" });
        await bell.Locator("button").First.ClickAsync();
        await Assertions.Expect(unread).ToHaveCountAsync(1);
        await reporter.ScreenshotAsync(new() { Path = Shot("notification-bell-unread.png") });
        await unread.ClickAsync();
        await reporter.WaitForURLAsync(url => url.Contains("/progress?year=2024&row=", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await bell.Locator("button").First.ClickAsync();
        await Assertions.Expect(reporter.Locator("[data-testid=notification-item][data-read=true]", new() { HasText = "2024 年报告被退回" })).ToHaveCountAsync(1);
        await reporter.Keyboard.PressAsync("Escape");

        // Fixed and handed in again: the leader reviews it with the comment made on that row last time beside it.
        await EntryFormSteps.TypeAsync(reporter, reporter.Locator($"tr[data-indicator='{Commented}'] input.entry-input"), "3.9");
        await EntryFormSteps.TypeAsync(reporter, reporter.Locator($"tr[data-indicator='{Commented}'] input[data-col='source']"), "州人社局统计年报");
        await EntryFormSteps.SubmitAsync(reporter);
        await leader.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(leader);
        await leader.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='review-status']\")?.textContent === '已提交'");
        var earlier = leader.Locator($"tr[data-earlier-comment='{Commented}']");
        Assert.Equal($"上次退回时的意见：{Comment}", (await earlier.InnerTextAsync()).ReplaceLineEndings(string.Empty).Trim());
        Assert.Contains("州人社局统计年报", await leader.Locator($"[data-testid='review-values'] tr:has(.indicator-name:text-is('{Commented}'))").InnerTextAsync(), StringComparison.Ordinal);
        await earlier.ScrollIntoViewIfNeededAsync();
        await leader.ScreenshotAsync(new() { Path = Shot("review-earlier-comment.png") });

        // Under the values: every 专栏 item and project with what was reported for the year (seeds/002's project among them).
        var work = leader.GetByTestId("review-work");
        await Assertions.Expect(work.Locator("tr[data-review-project='湘西州创新创业孵化基地建设']")).ToContainTextAsync("未填报");
        Assert.True(await work.Locator("tr[data-review-item]").CountAsync() > 0);
        Assert.Matches(@"^已填报 \d+ / \d+ 项", (await work.GetByTestId("review-work-count").InnerTextAsync()).Trim());
        await work.ScrollIntoViewIfNeededAsync();
        await leader.ScreenshotAsync(new() { Path = Shot("review-work-items.png") });
        await ChromiumFixture.ResizeAsync(leader, 390, 844);
        await work.ScrollIntoViewIfNeededAsync();
        await leader.ScreenshotAsync(new() { Path = Shot("review-work-items-phone.png") });
    }

    [Fact]
    public async Task A_comment_on_a_project_lands_the_reporter_on_that_project()
    {
        // 湘西 2023: seeds/002 专栏2's project 湘西州创新创业孵化基地建设 (总投资 15.0, “十四五”投资 10 亿元).
        const string project = "湘西州创新创业孵化基地建设";
        const string asked = "请填写本年完成投资，并在进展说明中写明孵化基地提质升级的进度";
        var reporter = await browser.SignedInPageAsync(portal.BaseUrl, "xiangxi-reporter");
        await reporter.GotoAsync(portal.BaseUrl + "/progress?year=2023");
        await ChromiumFixture.WaitForCircuitAsync(reporter);
        // Not the rows the other journey types into in 2024, whose checks look back at 2023.
        await EntryFormSteps.TypeAsync(reporter, reporter.Locator("tr[data-indicator='城镇调查失业率'] input.entry-input"), "4.7");
        await EntryFormSteps.SubmitAsync(reporter);

        var leader = await browser.SignedInPageAsync(portal.BaseUrl, "xiangxi-leader");
        await leader.GotoAsync(portal.BaseUrl + "/review?year=2023");
        await ChromiumFixture.WaitForCircuitAsync(leader);
        await leader.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='review-status']\")?.textContent === '已提交'");
        await leader.Locator($"tr[data-review-project='{project}']").GetByTestId("review-row-comment-toggle").ClickAsync();
        var box = leader.Locator($"tr[data-row-comment='{project}（重点项目）'] textarea");
        await box.FillAsync(asked);
        await box.PressAsync("Tab");
        await Assertions.Expect(leader.GetByTestId("review-return")).ToHaveTextAsync("退回（含 1 条逐项意见）");
        await box.ScrollIntoViewIfNeededAsync();
        await leader.ScreenshotAsync(new() { Path = Shot("review-project-comment.png") });
        await leader.GetByTestId("review-return").ClickAsync();
        await ConfirmDialogSteps.ConfirmAsync(leader, "退回");
        await leader.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='review-status']\")?.textContent === '已退回'");

        await reporter.GotoAsync(portal.BaseUrl + "/");
        await ChromiumFixture.WaitForCircuitAsync(reporter);
        var notice = reporter.GetByTestId("notice-list").GetByTestId("notice").Filter(new() { HasText = "2023 年报告被退回" });
        await Assertions.Expect(notice).ToContainTextAsync($"逐项意见 1 条：{project}（重点项目）");
        await notice.GetByRole(AriaRole.Link, new() { Name = "去修改项目" }).ClickAsync();
        await reporter.WaitForURLAsync(url => url.Contains("/progress?year=2023&project=", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await ChromiumFixture.WaitForCircuitAsync(reporter);
        await reporter.WaitForFunctionAsync($"() => document.activeElement?.getAttribute('aria-label') === '{project} 完成百分比'");
        Assert.True(await InViewAsync(reporter, $"tr[data-project='{project}']"), "the commented project is on screen");
        Assert.Equal($"审核意见：{asked}", (await reporter.Locator($"tr[data-project='{project}'] [data-testid='entry-row-comment']").InnerTextAsync()).ReplaceLineEndings(string.Empty).Trim());
        Assert.Contains($"{project}（重点项目）：{asked}", await reporter.GetByTestId("entry-return-notice").InnerTextAsync(), StringComparison.Ordinal);
        await reporter.ScreenshotAsync(new() { Path = Shot("entry-landed-on-project.png") });
        await ChromiumFixture.ResizeAsync(reporter, 390, 844);
        await reporter.Locator($"tr[data-project='{project}']").ScrollIntoViewIfNeededAsync();
        await reporter.ScreenshotAsync(new() { Path = Shot("entry-project-comment-phone.png") });
    }

    private static Task<bool> InViewAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>($"() => {{ const r = document.querySelector(\"{selector}\").getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }}");
}
