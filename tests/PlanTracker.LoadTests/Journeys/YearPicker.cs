using System.Text.RegularExpressions;
using PlanTracker.LoadTests.Circuit;

namespace PlanTracker.LoadTests.Journeys;

/// <summary>
/// The portal's year picker (a MudSelect inside <c>data-testid</c>): pressing it renders the list of the plan's
/// years into the popover provider, clicking a year navigates, and the page then loads that year.
/// </summary>
public static partial class YearPicker
{
    /// <summary>Opens the list and returns the years it offers (from the page, never assumed).</summary>
    public static async Task<IReadOnlyList<int>> OpenAsync(CircuitClient client, string testId, CancellationToken cancellationToken)
    {
        var press = client.Read(dom => dom.Find(e => e["data-testid"] == testId) is { } wrapper
            ? DomMirror.Descendants(wrapper).FirstOrDefault(e => e.Handlers.ContainsKey("mousedown"))
            : null) ?? throw new InvalidOperationException($"No year picker {testId} on {client.Location}.");
        await client.MouseDownAsync(press, cancellationToken);
        await client.WaitUntilAsync(dom => YearItems(dom).Any(), cancellationToken);
        return client.Read(dom => YearItems(dom).Select(item => item.Year).ToList());
    }

    /// <summary>Clicks <paramref name="year"/> in the open list; returns once the server has taken the click.</summary>
    public static async Task ChooseAsync(CircuitClient client, int year, CancellationToken cancellationToken)
    {
        var item = client.Read(dom => YearItems(dom).FirstOrDefault(i => i.Year == year).Element)
            ?? throw new InvalidOperationException($"{year} is not in the open list.");
        await client.ClickAsync(item, cancellationToken);
    }

    private static IEnumerable<(int Year, ElementNode Element)> YearItems(DomMirror dom) =>
        dom.Elements()
            .Where(e => e.Handlers.ContainsKey("click") && (e["class"]?.Contains("mud-list-item", StringComparison.Ordinal) ?? false))
            .Select(e => (Match: YearText().Match(DomMirror.TextOf(e).Trim()), Element: e))
            .Where(x => x.Match.Success)
            .Select(x => (int.Parse(x.Match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), x.Element));

    [GeneratedRegex(@"^(\d{4}) ?年$")]
    private static partial Regex YearText();
}
