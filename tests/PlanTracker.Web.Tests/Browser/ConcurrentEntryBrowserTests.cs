using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlanTracker.Data;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// Two reporters of 鄂州 in two Chromium contexts (issue 11, defects 4 and 8): saving twice after a conflict keeps the
/// other person's values, the side-by-side choice decides the conflicted rows, and a pasted 30,000-character note
/// neither drops the circuit nor goes unsaved. Own portal and database, so no other class changes these rows.
/// </summary>
public class ConcurrentEntryBrowserTests(IsolatedPortalFactory portal, ChromiumFixture browser) : IClassFixture<IsolatedPortalFactory>, IClassFixture<ChromiumFixture>
{
    private const string Reporter = "ezhou-reporter";

    /// <summary>The reporter as the portal names people (the seeded account's display name).</summary>
    private const string ReporterName = "鄂州填报员";

    private static string Shot(string name) => Path.Combine(ChromiumFixture.ScreenshotDirectory, name);

    [Fact]
    public async Task Saving_twice_after_a_conflict_keeps_the_other_values_and_the_choice_per_row_decides()
    {
        const int year = 2023;
        var names = await RowNamesAsync(year);
        var (both, mineOnly, theirsOnly, taken) = (names[0], names[1], names[2], names[3]);
        var a = await OpenEntryAsync(year);
        var b = await OpenEntryAsync(year);

        await FillAsync(b, both, "11", "B");
        await FillAsync(b, theirsOnly, "33", "B");
        await FillAsync(b, taken, "44", "B");
        await SaveAsync(b);

        await FillAsync(a, both, "17", "A");
        await FillAsync(a, mineOnly, "27", "A");
        await FillAsync(a, taken, "47", "A");
        await a.GetByTestId("entry-save").ClickAsync();
        await a.Locator($"[data-conflict='{both}'] [data-testid='conflict-keep-mine']").WaitForAsync();
        Assert.Equal(new decimal?[] { 11m, 27m, 33m, 44m }, await StoredAsync(year, both, mineOnly, theirsOnly, taken));

        // Pressing 保存 again without choosing: B's values survive, the conflicts are still shown.
        await a.GetByTestId("entry-save").ClickAsync();
        await a.Locator("[data-saves='2']").WaitForAsync();
        Assert.Contains("保留我的", await a.GetByTestId("entry-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(new decimal?[] { 11m, 27m, 33m, 44m }, await StoredAsync(year, both, mineOnly, theirsOnly, taken));
        // What B saved on the row A never touched is on A's page now.
        Assert.Equal("33", await a.Locator($"tr[data-indicator='{theirsOnly}'] input.entry-input").InputValueAsync());
        var conflictRow = a.Locator($"[data-conflict='{both}']");
        Assert.Contains("我的输入", await conflictRow.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("对方保存的值", await conflictRow.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(ReporterName, await conflictRow.InnerTextAsync(), StringComparison.Ordinal);
        await a.GetByTestId("entry-error").ScrollIntoViewIfNeededAsync();
        await a.ScreenshotAsync(new() { Path = Shot("conflict-1440.png") });
        await conflictRow.ScreenshotAsync(new() { Path = Shot("conflict-row-1440.png") });
        await ChromiumFixture.ResizeAsync(a, 390, 844);
        await a.GetByTestId("entry-error").ScrollIntoViewIfNeededAsync();
        await a.ScreenshotAsync(new() { Path = Shot("conflict-390.png") });
        await conflictRow.ScrollIntoViewIfNeededAsync();
        await a.ScreenshotAsync(new() { Path = Shot("conflict-row-390.png") });
        await ChromiumFixture.ResizeAsync(a, 1440, 900);

        await a.Locator($"[data-conflict='{both}'] [data-testid='conflict-keep-mine']").ClickAsync();
        await a.Locator($"[data-conflict='{taken}'] [data-testid='conflict-take-theirs']").ClickAsync();
        await a.WaitForFunctionAsync($"() => document.querySelector(\"tr[data-indicator='{taken}'] input.entry-input\").value === '44'");
        await SaveAsync(a);

        Assert.Equal(new decimal?[] { 17m, 27m, 33m, 44m }, await StoredAsync(year, both, mineOnly, theirsOnly, taken));
    }

    [Fact]
    public async Task A_pasted_30000_character_note_is_held_to_its_limit_counted_and_saved_over_a_live_circuit()
    {
        const int year = 2024;
        var name = (await RowNamesAsync(year))[0];
        var page = await OpenEntryAsync(year);
        var row = page.Locator($"tr[data-indicator='{name}']");
        await row.Locator("input.entry-input").FillAsync("12");

        var note = row.Locator("input[data-col='note']");
        await note.FocusAsync();
        await page.Keyboard.InsertTextAsync(new string('x', 30_000));
        var source = row.Locator("input[data-col='source']");
        await source.FocusAsync();
        await page.Keyboard.InsertTextAsync(new string('统', 30_000));
        await source.PressAsync("Tab");

        Assert.Equal(SaveProgressRequestValidator.MaxNoteLength, (await note.InputValueAsync()).Length);
        Assert.Equal(SaveProgressRequestValidator.MaxSourceLength, (await source.InputValueAsync()).Length);
        await row.Locator($"[data-testid='char-count']:has-text('{SaveProgressRequestValidator.MaxNoteLength}/{SaveProgressRequestValidator.MaxNoteLength}')").WaitForAsync();
        await SaveAsync(page);
        Assert.False(await page.Locator("#components-reconnect-modal.components-reconnect-show, #components-reconnect-modal.components-reconnect-failed").IsVisibleAsync());
        await row.ScreenshotAsync(new() { Path = Shot("long-note-1440.png") });
        await ChromiumFixture.ResizeAsync(page, 390, 844);
        await row.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Shot("long-note-390.png") });

        await using var context = await NewContextAsync();
        var stored = await context.IndicatorValues.Where(v => v.Year == year && v.Note != null && v.Note.StartsWith("xxx")).SingleAsync();
        Assert.Equal(SaveProgressRequestValidator.MaxNoteLength, stored.Note!.Length);
        Assert.Equal(SaveProgressRequestValidator.MaxSourceLength, stored.Source!.Length);
    }

    [Fact]
    public async Task When_the_connection_is_gone_the_reconnect_dialog_covers_the_save_button_and_saving_works_after_it_returns()
    {
        const int year = 2022;
        var name = (await RowNamesAsync(year))[0];
        var page = await OpenEntryAsync(year);
        await FillAsync(page, name, "15", "网络中断前输入");

        // The browser goes offline and the circuit's connection closes (as when a message is refused or the network drops).
        await page.Context.SetOfflineAsync(true);
        await page.EvaluateAsync("() => Blazor._internal.forceCloseConnection()");
        await page.Locator("#components-reconnect-modal.components-reconnect-show").WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("""
            () => {
              const save = document.querySelector("[data-testid='entry-save']");
              save.scrollIntoView({ block: "center" });
              const box = save.getBoundingClientRect();
              return !!document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2).closest('#components-reconnect-modal');
            }
            """));
        await page.ScreenshotAsync(new() { Path = Shot("reconnect-1440.png") });
        // Offline, the layout cannot follow a resize (that takes the server): a plain resize for the phone's picture.
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Shot("reconnect-390.png") });
        await page.SetViewportSizeAsync(1440, 900);

        await page.Context.SetOfflineAsync(false);
        await page.WaitForFunctionAsync("() => !/components-reconnect-(show|failed|rejected)/.test(document.querySelector('#components-reconnect-modal').className)", null, new() { Timeout = 60_000 });
        await SaveAsync(page);
        Assert.Equal(new decimal?[] { 15m }, await StoredAsync(year, name));
    }

    private async Task<IPage> OpenEntryAsync(int year)
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, Reporter);
        await ChromiumFixture.ResizeAsync(page, 1440, 900);
        await page.GotoAsync($"{portal.BaseUrl}/progress?year={year}");
        await page.GetByTestId("entry-table").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        return page;
    }

    private static async Task FillAsync(IPage page, string indicator, string value, string note)
    {
        var row = page.Locator($"tr[data-indicator='{indicator}']");
        await EntryFormSteps.TypeAsync(page, row.Locator("input.entry-input"), value);
        await EntryFormSteps.TypeAsync(page, row.Locator("input[data-col='note']"), note);
    }

    private static async Task SaveAsync(IPage page)
    {
        await page.GetByTestId("entry-save").ClickAsync();
        await page.GetByTestId("entry-saved").WaitForAsync();
    }

    /// <summary>The names of the reporter's top-level rows (no 其中 row), read as the page reads them.</summary>
    private async Task<List<string>> RowNamesAsync(int year)
    {
        await using var scope = await UserScopes.ForAsync(portal, Reporter);
        var form = (await scope.ServiceProvider.GetRequiredService<ProgressEntryService>().LoadAsync(year))!;
        return [.. form.Request.Rows.Where(r => r.Context?.ParentIndicatorId is null).Select(r => r.Name)];
    }

    private async Task<decimal?[]> StoredAsync(int year, params string[] indicators)
    {
        await using var scope = await UserScopes.ForAsync(portal, Reporter);
        var form = (await scope.ServiceProvider.GetRequiredService<ProgressEntryService>().LoadAsync(year))!;
        return [.. indicators.Select(name => form.Request.Rows.Single(r => r.Name == name).Value)];
    }

    private async Task<PlanTrackerDbContext> NewContextAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
