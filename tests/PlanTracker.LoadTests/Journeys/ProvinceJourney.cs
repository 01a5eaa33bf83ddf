using PlanTracker.LoadTests.Circuit;

namespace PlanTracker.LoadTests.Journeys;

/// <summary>A provincial analyst on the city comparison, switching between the plan's years.</summary>
public sealed class ProvinceJourney(PortalAccount account, Measurements measurements) : Journey(account, measurements)
{
    protected override string StartPage => "compare";

    protected override Task ReadyAsync(CancellationToken cancellationToken) =>
        Client.WaitUntilAsync(dom => Title(dom) is not null, cancellationToken);

    public override Task ActAsync(Random random, CancellationToken cancellationToken) =>
        SwitchYearAsync(random, "compare-year", (dom, year) => Title(dom) is { } title && DomMirror.TextOf(title).Contains($"截至 {year} 年", StringComparison.Ordinal), cancellationToken);

    private static ElementNode? Title(DomMirror dom) => dom.Find(e => e["data-testid"] == "comparison-title");
}
