using PlanTracker.LoadTests.Circuit;

namespace PlanTracker.LoadTests.Journeys;

/// <summary>
/// A user on a page that shows one year (a leader's dashboard, the province's comparison): each cycle opens the page's
/// year picker, chooses another year it offers and waits until the page's year line says "截至 {year} 年".
/// </summary>
public sealed class YearSwitchJourney(PortalAccount account, Measurements measurements, string page, string pickerTestId, Func<DomMirror, ElementNode?> yearLine)
    : Journey(account, measurements)
{
    /// <summary>A city leader on the dashboard (the plan line under the heading carries the year).</summary>
    public static YearSwitchJourney Dashboard(PortalAccount account, Measurements measurements) =>
        new(account, measurements, "dashboard", "year-select",
            dom => dom.Find(e => e.Name == "p" && (e["class"]?.Contains("dashboard-plan", StringComparison.Ordinal) ?? false)));

    /// <summary>A provincial analyst on the city comparison (its title carries the year).</summary>
    public static YearSwitchJourney Comparison(PortalAccount account, Measurements measurements) =>
        new(account, measurements, "compare", "compare-year", dom => dom.Find(e => e["data-testid"] == "comparison-title"));

    protected override string StartPage => page;

    protected override Task ReadyAsync(CancellationToken cancellationToken) =>
        Client.WaitUntilAsync(dom => yearLine(dom) is not null, cancellationToken);

    public override async Task ActAsync(Random random, CancellationToken cancellationToken)
    {
        IReadOnlyList<int> years = [];
        await Measurements.TimeAsync("打开年度列表", async () => years = await YearPicker.OpenAsync(Client, pickerTestId, cancellationToken));
        var others = years.Where(year => !Client.Read(dom => Shows(dom, year))).ToList();
        var year = others.Count > 0 ? others[random.Next(others.Count)] : years[0];
        await Measurements.TimeAsync("切换年度", async () =>
        {
            await YearPicker.ChooseAsync(Client, year, cancellationToken);
            await Client.WaitUntilAsync(dom => Shows(dom, year), cancellationToken);
        });
    }

    private bool Shows(DomMirror dom, int year) =>
        yearLine(dom) is { } line && DomMirror.TextOf(line).Contains($"截至 {year} 年", StringComparison.Ordinal);
}
