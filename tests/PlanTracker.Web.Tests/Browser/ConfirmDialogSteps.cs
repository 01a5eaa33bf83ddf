using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>The confirmation dialog (ConfirmDialog) that 提交审核, 审核通过 and 退回 ask before they act.</summary>
public static class ConfirmDialogSteps
{
    /// <summary>Waits for the dialog, checks that it names the step, presses the step's button and waits for the dialog to close.</summary>
    public static async Task ConfirmAsync(IPage page, string step)
    {
        var dialog = await OpenAsync(page, step);
        await dialog.GetByTestId("confirm-ok").ClickAsync();
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    /// <summary>Presses 取消: the step does not happen.</summary>
    public static async Task CancelAsync(IPage page, string step)
    {
        var dialog = await OpenAsync(page, step);
        await dialog.GetByTestId("confirm-cancel").ClickAsync();
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    private static async Task<ILocator> OpenAsync(IPage page, string step)
    {
        // MudDialog puts the test id on its content; the buttons are beside it in the dialog.
        var dialog = page.Locator("[role='dialog']", new PageLocatorOptions { Has = page.GetByTestId("confirm-dialog") });
        await dialog.WaitForAsync();
        Assert.Equal(step, (await dialog.GetByTestId("confirm-ok").InnerTextAsync()).Trim());
        return dialog;
    }
}
