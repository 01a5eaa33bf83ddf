using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// Typing into the entry form the way a test must: the field is left (Tab) and the test waits until the server has
/// taken the change (the actions' data-edits counter) before it clicks anything. Clicking 保存 straight after
/// typing blurs the field on mousedown; the server's re-render of the row (a 累计 line, a warning) can then move the
/// button before mouseup, and the click lands beside it (the lost saves of ReviewBrowserTests and TwoInstanceTests).
/// </summary>
public static class EntryFormSteps
{
    public static async Task TypeAsync(IPage page, ILocator field, string value)
    {
        var edits = await EditsAsync(page);
        await field.FillAsync(value);
        await field.PressAsync("Tab");
        await page.WaitForFunctionAsync("n => Number(document.querySelector('.entry-actions[data-edits]')?.dataset.edits) > n", edits);
    }

    /// <summary>提交审核 on the entry form, confirmed, and waited for until the form says 已提交.</summary>
    public static async Task SubmitAsync(IPage page)
    {
        await page.GetByTestId("entry-submit").ClickAsync();
        await ConfirmDialogSteps.ConfirmAsync(page, "提交审核");
        await page.WaitForFunctionAsync("() => document.querySelector(\"[data-testid='entry-status']\")?.textContent === '已提交'");
    }

    private static async Task<int> EditsAsync(IPage page) =>
        int.Parse(await page.Locator(".entry-actions[data-edits]").GetAttributeAsync("data-edits") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
}
