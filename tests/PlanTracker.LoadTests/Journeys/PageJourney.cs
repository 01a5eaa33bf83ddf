using PlanTracker.LoadTests.Circuit;

namespace PlanTracker.LoadTests.Journeys;

/// <summary>A user who opens one page and leaves it open (<c>--idle-page</c>): what a circuit of that page costs.</summary>
public sealed class PageJourney(PortalAccount account, Measurements measurements, string page) : Journey(account, measurements)
{
    protected override string StartPage => page;

    public override Task ActAsync(Random random, CancellationToken cancellationToken) => Task.CompletedTask;
}
