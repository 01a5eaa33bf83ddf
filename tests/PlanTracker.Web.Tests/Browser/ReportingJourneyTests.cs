using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>The yearly reporting journey of issue 5, in Chromium, plus keyboard entry and the autosaved draft.</summary>
[Collection(PortalCollection.Name)]
public class ReportingJourneyTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    private static string Shot(string name) => Path.Combine(ChromiumFixture.ScreenshotDirectory, name);

    [Fact]
    public async Task Changsha_fills_2023_is_returned_fixes_resubmits_is_approved_and_the_values_are_read_only()
    {
        // The 长沙 reporter fills 2023 and submits.
        var reporter = await OpenEntryAsync("changsha-reporter", 2023);
        await Fill(reporter, "城镇新增就业人数", "15.3", "年报数");
        await Fill(reporter, "失业保险参保人数", "205", "年报数");
        await reporter.ScreenshotAsync(new() { Path = Shot("journey-1-filled.png"), FullPage = true });
        await reporter.GetByTestId("entry-table").ScreenshotAsync(new() { Path = Shot("journey-1-table.png") });
        await EntryFormSteps.SubmitAsync(reporter);

        // The 长沙 leader returns it with a comment.
        var leader = await OpenReviewAsync("changsha-leader", 2023, "已提交");
        Assert.Contains("年报数", await leader.GetByTestId("review-values").InnerTextAsync(), StringComparison.Ordinal);
        await leader.GetByTestId("review-text").FillAsync("请补充失业保险参保人数的数据来源");
        await leader.GetByTestId("review-return").ClickAsync();
        await ConfirmDialogSteps.ConfirmAsync(leader, "退回");
        await leader.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='review-status']\")?.textContent === '已退回'");

        // The reporter is told: the home page opens with the return and the leader's comment, the bell counts it, and
        // the notice leads to the year's form.
        await reporter.GotoAsync(portal.BaseUrl + "/");
        await ChromiumFixture.WaitForCircuitAsync(reporter);
        var notice = reporter.GetByTestId("notice-list").GetByTestId("notice").First;
        await Assertions.Expect(notice).ToHaveAttributeAsync("data-kind", "returned");
        await Assertions.Expect(notice).ToContainTextAsync("2023 年报告被退回");
        await Assertions.Expect(notice).ToContainTextAsync("请补充失业保险参保人数的数据来源");
        Assert.NotEqual("0", (await reporter.GetByTestId("notification-count").Locator(".mud-badge").InnerTextAsync()).Trim());
        await reporter.ScreenshotAsync(new() { Path = Shot("journey-1b-notified.png"), FullPage = true });
        await notice.GetByRole(AriaRole.Link, new() { Name = "去修改" }).ClickAsync();
        await reporter.WaitForURLAsync(url => url.Contains("/progress?year=2023", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });

        // The reporter sees the comment, fixes and resubmits.
        await ChromiumFixture.WaitForCircuitAsync(reporter);
        Assert.Equal("已退回", await reporter.GetByTestId("entry-status").InnerTextAsync());
        await reporter.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='review-thread']\")?.innerText.includes('请补充失业保险参保人数的数据来源')");
        var source = reporter.Locator("tr[data-indicator='失业保险参保人数'] input[data-col='source']");
        await source.FillAsync("市社保局年报");
        await source.PressAsync("Tab");
        await EntryFormSteps.SubmitAsync(reporter);

        // The leader approves.
        await leader.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(leader);
        await leader.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='review-status']\")?.textContent === '已提交'");
        Assert.Contains("市社保局年报", await leader.GetByTestId("review-values").InnerTextAsync(), StringComparison.Ordinal);
        // The leader checks the change history of the value the reporter completed.
        await leader.Locator("[data-testid='review-values'] tr", new() { HasText = "失业保险参保人数" }).GetByTestId("review-history-toggle").ClickAsync();
        // The history is read after the panel first shows “正在读取……”: wait for its table.
        await leader.GetByTestId("indicator-history").Locator("table").WaitForAsync();
        Assert.Contains("长沙填报员", await leader.GetByTestId("indicator-history").InnerTextAsync(), StringComparison.Ordinal);
        // The report has gaps (only some values typed, no 专栏 progress): the checklist lists them, and 审核通过 without
        // a reason is stopped at the field.
        var gaps = leader.GetByTestId("review-gaps");
        Assert.Contains("项缺漏，审核通过须说明理由", await gaps.Locator("h2").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await gaps.Locator("li").CountAsync() > 0);
        await leader.GetByTestId("review-approve").ClickAsync();
        await Assertions.Expect(leader.Locator(".review-actions")).ToContainTextAsync("审核通过须说明理由");
        Assert.Equal("已提交", await leader.GetByTestId("review-status").InnerTextAsync());
        await leader.ScreenshotAsync(new() { Path = Shot("journey-2-gaps.png"), FullPage = true });
        await leader.GetByTestId("review-text").FillAsync("专栏进展由各处室年底集中补报，同意先行审核");
        await leader.GetByTestId("review-approve").ClickAsync();
        await ConfirmDialogSteps.ConfirmAsync(leader, "审核通过");
        await leader.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='review-status']\")?.textContent === '已审核'");
        await leader.ScreenshotAsync(new() { Path = Shot("journey-2-approved.png"), FullPage = true });

        // The values are read-only afterwards.
        await reporter.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(reporter);
        Assert.Equal("已审核", await reporter.GetByTestId("entry-status").InnerTextAsync());
        var value = reporter.Locator("tr[data-indicator='失业保险参保人数'] input.entry-input");
        Assert.Equal("205", await value.InputValueAsync());
        Assert.True(await value.IsDisabledAsync());
        Assert.True(await reporter.GetByTestId("entry-save").IsDisabledAsync());
        Assert.True(await reporter.GetByTestId("entry-submit").IsDisabledAsync());
        await reporter.ScreenshotAsync(new() { Path = Shot("journey-3-read-only.png"), FullPage = true });
        await reporter.GetByTestId("entry-table").ScreenshotAsync(new() { Path = Shot("journey-3-table.png") });

        // A 株洲 reporter cannot open 长沙's form: /progress is always the reporter's own city, and 长沙's review is refused.
        var zhuzhou = await OpenEntryAsync("zhuzhou-reporter", 2023);
        await zhuzhou.WaitForFunctionAsync("() => document.querySelector('h1')?.textContent.includes('株洲')");
        Assert.Equal("", await zhuzhou.Locator("tr[data-indicator='失业保险参保人数'] input.entry-input").InputValueAsync());
        var review = await zhuzhou.GotoAsync(portal.BaseUrl + "/review?year=2023");
        Assert.Contains("/account/denied", zhuzhou.Url, StringComparison.Ordinal);
        Assert.NotNull(review);
    }

    [Fact]
    public async Task Enter_moves_down_the_value_column_and_a_paused_entry_is_kept_as_a_draft_across_a_reload()
    {
        var page = await OpenEntryAsync("ezhou-reporter", 2025);
        var labels = await page.Locator("input.entry-input").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.getAttribute('aria-label'))");
        Assert.True(labels.Length > 1, string.Join("|", labels));
        var first = page.Locator("tr[data-indicator='城镇新增就业人数'] input.entry-input");
        await first.FillAsync("3.2");
        await first.PressAsync("Enter");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')");
        Assert.Equal(labels[Array.IndexOf(labels, "城镇新增就业人数 2025 年数值") + 1], focused);
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.Equal("城镇新增就业人数 2025 年数值", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));

        // Nothing saved: after a pause the input is kept as a draft, and a reload (a lost connection) brings it back.
        await page.GetByTestId("entry-autosaved").WaitForAsync();
        await page.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        await page.GetByTestId("entry-draft-restored").WaitForAsync();
        Assert.Equal("3.2", await page.Locator("tr[data-indicator='城镇新增就业人数'] input.entry-input").InputValueAsync());
        await page.ScreenshotAsync(new() { Path = Shot("entry-draft-restored.png"), FullPage = true });

        // 放弃这些输入: the stored values come back and no draft is left for the next visit (or another test).
        await page.GetByTestId("entry-discard-draft").ClickAsync();
        await page.GetByTestId("entry-draft-restored").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.NotEqual("3.2", await page.Locator("tr[data-indicator='城镇新增就业人数'] input.entry-input").InputValueAsync());
        await page.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        await page.GetByTestId("entry-save").WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("entry-draft-restored").CountAsync());
    }

    [Fact]
    public async Task Reporters_and_leaders_see_their_tasks_on_the_home_page()
    {
        var reporter = await browser.SignedInPageAsync(portal.BaseUrl, "xiangxi-reporter");
        await reporter.GetByTestId("my-tasks").WaitForAsync();
        Assert.Contains("我的填报任务", await reporter.GetByTestId("my-tasks").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await reporter.Locator("[data-testid='my-tasks'] tr[data-year='2021']").CountAsync() == 1);
        await reporter.GetByTestId("my-tasks").ScreenshotAsync(new() { Path = Shot("home-tasks-reporter.png") });

        var leader = await browser.SignedInPageAsync(portal.BaseUrl, "xiangxi-leader");
        await leader.GetByTestId("my-tasks").WaitForAsync();
        Assert.Contains("待我审核", await leader.GetByTestId("my-tasks").InnerTextAsync(), StringComparison.Ordinal);
    }

    private async Task<IPage> OpenEntryAsync(string userName, int year)
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, userName);
        await page.GotoAsync($"{portal.BaseUrl}/progress?year={year}");
        await page.GetByTestId("entry-table").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        return page;
    }

    private async Task<IPage> OpenReviewAsync(string userName, int year, string status)
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, userName);
        await page.GotoAsync($"{portal.BaseUrl}/review?year={year}");
        await ChromiumFixture.WaitForCircuitAsync(page);
        await page.WaitForFunctionAsync($"() => document.querySelector(\"[data-testid='review-status']\")?.textContent === '{status}'");
        return page;
    }

    private static async Task Fill(IPage page, string indicator, string value, string note)
    {
        var row = page.Locator($"tr[data-indicator='{indicator}']");
        await EntryFormSteps.TypeAsync(page, row.Locator("input.entry-input"), value);
        await EntryFormSteps.TypeAsync(page, row.Locator("input[data-col='note']"), note);
    }
}

[Collection(PortalCollection.Name)]
public class ReportingYearsBrowserTests(PortalFactory portal, ChromiumFixture browser) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task An_admin_closes_a_year_and_its_form_turns_read_only_then_opens_it_again()
    {
        var admin = await browser.SignedInPageAsync(portal.BaseUrl, "admin");
        await admin.GotoAsync(portal.BaseUrl + "/admin/years");
        await ChromiumFixture.WaitForCircuitAsync(admin);
        await admin.Locator("tr[data-year='2021'] [data-testid='year-close']").ClickAsync();
        // The dialog asks first; closing for every city is what it offers by default.
        var dialog = MudControls.Dialog(admin);
        Assert.Contains("关闭 2021 年度", await dialog.InnerTextAsync());
        await dialog.GetByTestId("close-year-confirm").ClickAsync();
        await MudControls.SnackbarAsync(admin, "2021 年度已关闭");
        await admin.Locator("tr[data-year='2021'] [data-testid='year-reopen']").WaitForAsync();
        Assert.Contains("已关闭（所有市州）", await admin.Locator("tr[data-year='2021']").InnerTextAsync());
        await admin.GetByTestId("years-table").ScreenshotAsync(new() { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "admin-years.png") });

        var reporter = await browser.SignedInPageAsync(portal.BaseUrl, "zhuzhou-reporter");
        await reporter.GotoAsync(portal.BaseUrl + "/progress?year=2021");
        await ChromiumFixture.WaitForCircuitAsync(reporter);
        await reporter.GetByTestId("entry-closed").WaitForAsync();
        Assert.True(await reporter.GetByTestId("entry-save").IsDisabledAsync());
        Assert.True(await reporter.Locator("input.entry-input").First.IsDisabledAsync());

        await admin.Locator("tr[data-year='2021'] [data-testid='year-reopen']").ClickAsync();
        await admin.Locator("tr[data-year='2021'] [data-testid='year-close']").WaitForAsync();
    }

    [Fact]
    public async Task An_admin_closes_a_year_for_one_chosen_city_and_only_that_citys_form_turns_read_only()
    {
        var admin = await browser.SignedInPageAsync(portal.BaseUrl, "admin");
        await admin.GotoAsync(portal.BaseUrl + "/admin/years");
        await ChromiumFixture.WaitForCircuitAsync(admin);
        await admin.Locator("tr[data-year='2022'] [data-testid='year-close']").ClickAsync();
        var dialog = MudControls.Dialog(admin);
        await dialog.GetByText("选定的市州").ClickAsync();
        // No city chosen yet: nothing to confirm.
        await dialog.GetByTestId("choose-city-hint").WaitForAsync();
        Assert.True(await dialog.GetByTestId("close-year-confirm").IsDisabledAsync());
        await dialog.Locator("[data-city='株洲市']").ClickAsync();
        await dialog.Locator("[data-testid='close-year-confirm']:has-text('为 1 个市州关闭')").WaitForAsync();
        Assert.False(await dialog.GetByTestId("close-year-confirm").IsDisabledAsync());
        await dialog.GetByTestId("close-year-confirm").ClickAsync();
        await MudControls.SnackbarAsync(admin, "2022 年度已对株洲市关闭");
        var closures = admin.Locator("tr[data-year='2022'] .city-closures");
        await closures.WaitForAsync();
        Assert.Contains("株洲市", await closures.InnerTextAsync());
        await admin.GetByTestId("years-table").ScreenshotAsync(new() { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "admin-years-one-city.png") });

        var zhuzhou = await browser.SignedInPageAsync(portal.BaseUrl, "zhuzhou-reporter");
        await zhuzhou.GotoAsync(portal.BaseUrl + "/progress?year=2022");
        await ChromiumFixture.WaitForCircuitAsync(zhuzhou);
        await zhuzhou.GetByTestId("entry-closed").WaitForAsync();
        Assert.True(await zhuzhou.GetByTestId("entry-save").IsDisabledAsync());
        var xiangxi = await browser.SignedInPageAsync(portal.BaseUrl, "xiangxi-reporter");
        await xiangxi.GotoAsync(portal.BaseUrl + "/progress?year=2022");
        await ChromiumFixture.WaitForCircuitAsync(xiangxi);
        await xiangxi.Locator("input.entry-input").First.WaitForAsync();
        Assert.Equal(0, await xiangxi.GetByTestId("entry-closed").CountAsync());
        Assert.False(await xiangxi.Locator("input.entry-input").First.IsDisabledAsync());

        // The city's chip opens the year again for that city.
        await closures.Locator("[data-city='株洲市'] .mud-chip-close-button").ClickAsync();
        await MudControls.SnackbarAsync(admin, "2022 年度已对株洲市重新开放填报");
        await admin.Locator("tr[data-year='2022'] .city-closures").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
    }
}
