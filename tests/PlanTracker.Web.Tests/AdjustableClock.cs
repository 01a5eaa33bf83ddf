namespace PlanTracker.Web.Tests;

/// <summary>The portal's clock in tests: real time plus an offset that a test can move forward.</summary>
public sealed class AdjustableClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
