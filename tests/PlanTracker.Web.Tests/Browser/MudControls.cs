using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>Driving MudBlazor's controls as a person does: open the select and click the option, read the snackbar, answer the dialog.</summary>
public static class MudControls
{
    /// <summary>Opens the MudSelect (its input carries the data-testid) and clicks the option with exactly this text.</summary>
    /// <remarks>A click that lands while the page is still settling (a panel just expanded) can leave the list closed: the list
    /// is opened again, at most three times, until the option shows.</remarks>
    public static async Task ChooseAsync(ILocator select, string option)
    {
        var item = select.Page.Locator(".mud-popover-open [role=option]").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex($"^\\s*{System.Text.RegularExpressions.Regex.Escape(option)}\\s*$") });
        for (var attempt = 1; ; attempt++)
        {
            await select.ClickAsync();
            try
            {
                await item.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }

        await item.ClickAsync();
        await select.Page.Locator(".mud-popover-open [role=option]").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
    }

    /// <summary>The snackbar showing this text (waits for it).</summary>
    public static async Task<ILocator> SnackbarAsync(IPage page, string text)
    {
        var snackbar = page.Locator(".mud-snackbar").Filter(new LocatorFilterOptions { HasText = text });
        await snackbar.First.WaitForAsync();
        return snackbar.First;
    }

    /// <summary>Opens a MudExpansionPanel (e.g. 新建用户) by its header.</summary>
    public static Task ExpandAsync(ILocator panels) => panels.Locator(".mud-expand-panel-header").First.ClickAsync();

    /// <summary>The open dialog.</summary>
    public static ILocator Dialog(IPage page) => page.Locator(".mud-dialog");
}
