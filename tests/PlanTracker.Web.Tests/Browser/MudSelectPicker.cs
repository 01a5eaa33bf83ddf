using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PlanTracker.Web.Tests.Browser;

/// <summary>Chooses in a MudSelect as a person does: opens the list under the element with the data-testid, clicks the option.</summary>
internal static class MudSelectPicker
{
    /// <summary>Picks the option whose text is exactly <paramref name="option"/> (e.g. "2021 年").</summary>
    public static Task PickAsync(this IPage page, string testId, string option) =>
        page.PickAsync(testId, new Regex($"^\\s*{Regex.Escape(option)}\\s*$"));

    /// <summary>Picks the option whose text matches <paramref name="option"/>.</summary>
    /// <remarks>
    /// In about one CI run in three the list closed after the click without taking the option (the page's URL never
    /// changed), so the pick is checked against the select's shown value and made again, at most three times.
    /// </remarks>
    public static async Task PickAsync(this IPage page, string testId, Regex option)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.GetByTestId(testId).Locator(".mud-input-control").ClickAsync();
            var item = page.Locator(".mud-popover-open [role=option]").Filter(new() { HasTextRegex = option });
            await item.ClickAsync();
            await Assertions.Expect(page.Locator(".mud-popover-open [role=option]")).ToHaveCountAsync(0);
            if (option.IsMatch(await page.PickedAsync(testId)) || attempt == 3)
            {
                return;
            }
        }
    }

    /// <summary>The text the MudSelect under the data-testid shows as its value.</summary>
    public static Task<string> PickedAsync(this IPage page, string testId) =>
        page.GetByTestId(testId).Locator("input").First.InputValueAsync();
}
