using PlanTracker.Domain.Plans;

namespace PlanTracker.Web.Features.Plans;

/// <summary>
/// The years a page can show for a region (or the province): the periods of its plans, oldest first, and the year to
/// open on (<see cref="PlanPeriod.DefaultYear"/>, the one rule). A year outside every period is never offered.
/// </summary>
public sealed record PlanYears(IReadOnlyList<PlanPeriod> Periods, int DefaultYear)
{
    public static readonly PlanYears None = new([], 0);

    /// <summary>Every year of every period, in order, without repeats.</summary>
    public IReadOnlyList<int> Years => [.. Periods.SelectMany(p => p.Years).Distinct().Order()];

    public bool Contains(int year) => Periods.Any(p => p.Contains(year));

    /// <summary>The period in force in <paramref name="year"/>, or null.</summary>
    public PlanPeriod? InForce(int year) => PlanPeriod.InForce(Periods, year);

    /// <summary>The asked-for year when a plan covers it, else the default year.</summary>
    public int Resolve(int? year) => year is { } y && Contains(y) ? y : DefaultYear;

    /// <summary>
    /// The latest plan whose period is over on <paramref name="today"/> (its 总结评估 can be made), among those starting
    /// no later than <paramref name="upTo"/> when given; null when none has ended.
    /// </summary>
    public PlanPeriod? LatestEnded(DateOnly today, int? upTo = null) =>
        Periods.Where(p => p.HasEnded(today) && (upTo is null || p.FirstYear <= upTo)).Cast<PlanPeriod?>().LastOrDefault();

    /// <summary>"2021—2025年、2026—2030年": the covered spans, for messages.</summary>
    public string Spans => string.Join("、", Periods.Select(p => p.Span));
}
