using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>
/// Letters typed into a value (issue 15): kept in the field with the message beside it, the save refused, the stored
/// value untouched. Own portal, so no other test's submission can make the year read-only.
/// </summary>
public class TypedValueBrowserTests(IsolatedPortalFactory portal, ChromiumFixture browser) : IClassFixture<IsolatedPortalFactory>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Letters_typed_as_a_value_stay_in_the_field_with_a_message_and_nothing_is_saved()
    {
        var page = await browser.SignedInPageAsync(portal.BaseUrl, "changsha-reporter");
        await page.GotoAsync(portal.BaseUrl + "/progress?year=2023");
        await page.GetByTestId("entry-table").WaitForAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        var row = page.Locator("tr[data-indicator='工伤保险参保人数']");
        var field = row.Locator("input.entry-input");
        var before = await field.InputValueAsync();

        await EntryFormSteps.TypeAsync(page, field, "13o.5");

        Assert.Equal("“工伤保险参保人数”填写的“13o.5”不是数字：请只填写数字，如 12.5。", (await row.GetByTestId("entry-field-error").InnerTextAsync()).Trim());
        Assert.Equal("13o.5", await field.InputValueAsync());
        Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
        await page.GetByTestId("entry-save").ClickAsync();
        await page.GetByTestId("entry-error").First.WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("entry-saved").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDirectory, "progress-entry-letters.png") });

        // The draft keeps the text as typed; discarding it shows the stored value, untouched.
        await page.ReloadAsync();
        await ChromiumFixture.WaitForCircuitAsync(page);
        if (await page.GetByTestId("entry-draft-restored").CountAsync() > 0)
        {
            Assert.Equal("13o.5", await page.Locator("tr[data-indicator='工伤保险参保人数'] input.entry-input").InputValueAsync());
            await page.GetByTestId("entry-discard-draft").ClickAsync();
        }

        await page.WaitForFunctionAsync("v => document.querySelector(\"tr[data-indicator='工伤保险参保人数'] input.entry-input\").value === v", before);
    }
}
