using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// The entry page's one save and its autosave over both parts (issue 15), in Chromium on a portal of its own: a value and
/// a 专栏 item typed, kept by the draft across a reload, saved by the button at the end of the 专栏 section; a refused
/// 专栏 percent keeps the whole page from saving. 长沙 2023 (seeds/001: 城镇新增就业人数, 专栏4 职业技能提升行动).
/// </summary>
public class PageSaveBrowserTests(IsolatedPortalFactory portal, ChromiumFixture browser) : IClassFixture<IsolatedPortalFactory>, IClassFixture<ChromiumFixture>
{
    private const string Item = "tr[data-item='职业技能提升行动']";
    private const string Jobs = "tr[data-indicator='城镇新增就业人数'] input.entry-input";

    private static string Shot(string name) => Path.Combine(ChromiumFixture.ScreenshotDirectory, name);

    [Fact]
    public async Task A_value_and_a_special_column_item_are_kept_by_the_draft_and_saved_together()
    {
        var page = await OpenAsync();
        await EntryFormSteps.TypeAsync(page, page.Locator(Jobs), "15.3");
        var item = page.Locator(Item);
        await item.Locator("input.progress-percent").FillAsync("60");
        await item.Locator("input.progress-percent").PressAsync("Tab");
        await item.Locator("select.progress-status").SelectOptionAsync(new SelectOptionValue { Label = "进行中" });
        await item.Locator("textarea.progress-note").FillAsync("新认定重点企业职工培训中心12家");
        await item.Locator("textarea.progress-note").PressAsync("Tab");

        // Nothing saved yet: after a pause both parts are in the draft, and a reload brings both back.
        await page.GetByTestId("entry-autosaved").WaitForAsync();
        await page.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        await page.GetByTestId("entry-draft-restored").WaitForAsync();
        Assert.Equal("15.3", await page.Locator(Jobs).InputValueAsync());
        item = page.Locator(Item);
        Assert.Equal("60", await item.Locator("input.progress-percent").InputValueAsync());
        Assert.Equal("新认定重点企业职工培训中心12家", await item.Locator("textarea.progress-note").InputValueAsync());

        // The button at the end of the 专栏 section saves the whole page.
        await page.GetByTestId("item-progress-save").ClickAsync();
        await page.GetByTestId("item-progress-saved").WaitForAsync();
        await page.GetByTestId("entry-saved").WaitForAsync();
        await page.GetByTestId("item-progress").ScreenshotAsync(new() { Path = Shot("page-save-items.png") });
        await ChromiumFixture.ResizeAsync(page, 390, 844);
        await page.GetByTestId("item-progress-saved").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Shot("page-save-items-phone.png") });
        await ChromiumFixture.ResizeAsync(page, 1400, 900);

        // Stored, and no draft left: a reload shows the saved values without a restore notice.
        await page.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        await page.Locator(Item).WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("entry-draft-restored").CountAsync());
        Assert.Equal("15.3", await page.Locator(Jobs).InputValueAsync());
        Assert.Equal("60", await page.Locator(Item).Locator("input.progress-percent").InputValueAsync());
        Assert.Equal("进行中", await page.Locator(Item).Locator("select.progress-status").EvaluateAsync<string>("s => s.options[s.selectedIndex].text"));
    }

    [Fact]
    public async Task A_refused_special_column_percent_keeps_the_whole_page_from_saving()
    {
        var page = await OpenAsync(2022);
        var before = await page.Locator(Jobs).InputValueAsync();
        await EntryFormSteps.TypeAsync(page, page.Locator(Jobs), "16");
        var item = page.Locator(Item);
        await item.Locator("input.progress-percent").FillAsync("150");
        await item.Locator("input.progress-percent").PressAsync("Tab");
        await item.Locator("select.progress-status").SelectOptionAsync(new SelectOptionValue { Label = "进行中" });
        Assert.Equal("“职业技能提升行动”的完成百分比应在 0 到 100 之间。", (await item.GetByTestId("progress-field-error").First.InnerTextAsync()).Trim());

        await page.GetByTestId("entry-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("entry-error").First).ToContainTextAsync("完成百分比应在 0 到 100 之间");
        Assert.Equal(0, await page.GetByTestId("entry-saved").CountAsync());
        // The refused input is kept in the draft once the reporter pauses; discarding it shows what is stored: the value
        // as before, the item unreported.
        await page.GetByTestId("entry-autosaved").WaitForAsync();
        await page.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        await page.GetByTestId("entry-draft-restored").WaitForAsync();
        await page.GetByTestId("entry-discard-draft").ClickAsync();
        await page.GetByTestId("entry-draft-restored").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal(before, await page.Locator(Jobs).InputValueAsync());
        Assert.Equal(string.Empty, await page.Locator(Item).Locator("input.progress-percent").InputValueAsync());
    }

    [Fact]
    public async Task Two_tabs_changing_the_same_item_the_later_save_shows_the_other_version_and_keeps_its_own_on_saving_again()
    {
        var first = await OpenAsync(2024);
        var second = await OpenAsync(2024);
        await FillItemAsync(first, "20", "进行中");
        await first.GetByTestId("item-progress-save").ClickAsync();
        await first.GetByTestId("item-progress-saved").WaitForAsync();

        await FillItemAsync(second, "90", "进行中");
        await second.GetByTestId("item-progress-save").ClickAsync();

        // The other tab's 20% stands; this tab keeps its 90 in the field and says who saved what under the row.
        var note = second.Locator(Item).GetByTestId("work-conflict");
        await Assertions.Expect(note).ToContainTextAsync("已保存：进行中，完成 20%");
        Assert.Equal("90", await second.Locator(Item).Locator("input.progress-percent").InputValueAsync());
        await Assertions.Expect(second.GetByTestId("item-progress-error")).ToContainTextAsync("职业技能提升行动");
        await second.Locator(Item).ScrollIntoViewIfNeededAsync();
        await second.ScreenshotAsync(new() { Path = Shot("page-save-item-conflict.png") });

        // Saving again is a decision made knowing the other version: this tab's 90 is stored.
        await second.GetByTestId("item-progress-save").ClickAsync();
        await second.GetByTestId("item-progress-saved").WaitForAsync();
        await Assertions.Expect(second.Locator(Item).GetByTestId("work-conflict")).ToHaveCountAsync(0);
        await first.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(first);
        await first.Locator(Item).WaitForAsync();
        Assert.Equal("90", await first.Locator(Item).Locator("input.progress-percent").InputValueAsync());
    }

    private static async Task FillItemAsync(IPage page, string percent, string status)
    {
        var item = page.Locator(Item);
        await item.Locator("input.progress-percent").FillAsync(percent);
        await item.Locator("input.progress-percent").PressAsync("Tab");
        await item.Locator("select.progress-status").SelectOptionAsync(new SelectOptionValue { Label = status });
    }

    private async Task<IPage> OpenAsync(int year = 2023)
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "changsha-reporter");
        await page.GotoAsync($"{portal.BaseUrl}/progress?year={year}");
        await page.GetByTestId("item-progress").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        await page.Locator(Item).WaitForAsync();
        return page;
    }
}
