using PlanTracker.LoadTests.Circuit;

namespace PlanTracker.LoadTests.Journeys;

/// <summary>A city leader on the dashboard, switching between the plan's years.</summary>
public sealed class LeaderJourney(PortalAccount account, Measurements measurements) : Journey(account, measurements)
{
    protected override string StartPage => "dashboard";

    protected override Task ReadyAsync(CancellationToken cancellationToken) =>
        Client.WaitUntilAsync(dom => Plan(dom) is not null, cancellationToken);

    public override Task ActAsync(Random random, CancellationToken cancellationToken) =>
        SwitchYearAsync(random, "year-select", (dom, year) => Plan(dom) is { } plan && DomMirror.TextOf(plan).Contains($"截至 {year} 年", StringComparison.Ordinal), cancellationToken);

    private static ElementNode? Plan(DomMirror dom) => dom.Find(e => e.Name == "p" && (e["class"]?.Contains("dashboard-plan", StringComparison.Ordinal) ?? false));
}
