namespace PlanTracker.Domain.Reporting;

/// <summary>
/// Times and dates as the bureaus read them: China Standard Time (UTC+8, no daylight saving), whatever time zone the
/// server runs in. Stored times stay UTC; only what is shown or compared with a calendar date is converted.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChinaTime(this DateTimeOffset time) => time.ToOffset(Offset);

    /// <summary>Today's date in China.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
    }
}
