using PlanTracker.Domain.Plans;

namespace PlanTracker.Domain.Progress;

/// <summary>
/// The reported values reduced to one per year within the plan period, in year order.
/// Years outside the period are ignored. When a year appears more than once, the LAST occurrence in
/// the input list wins (a revised figure reported later replaces the preliminary one); the input order otherwise
/// does not matter.
/// </summary>
internal sealed class ReportedSeries
{
    private readonly SortedDictionary<int, decimal> _byYear;

    private ReportedSeries(SortedDictionary<int, decimal> byYear) => _byYear = byYear;

    public static ReportedSeries From(IReadOnlyList<YearValue> values, PlanPeriod period)
    {
        var byYear = new SortedDictionary<int, decimal>();
        foreach (var value in values)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
            if (period.Contains(value.Year))
            {
                byYear[value.Year] = value.Value;
            }
        }

        return new ReportedSeries(byYear);
    }

    public bool IsEmpty => _byYear.Count == 0;

    public int Count => _byYear.Count;

    public IEnumerable<int> Years => _byYear.Keys;

    public int LatestYear => _byYear.Keys.Last();

    public decimal LatestValue => _byYear[LatestYear];

    public int FirstYear => _byYear.Keys.First();

    public decimal FirstValue => _byYear[FirstYear];

    /// <summary>Sum of the reported values; a year not reported counts as nothing.</summary>
    public decimal Sum => _byYear.Values.Sum();

    /// <summary>The series as it stood after <paramref name="year"/> (later years dropped).</summary>
    public ReportedSeries UpTo(int year) =>
        new(new SortedDictionary<int, decimal>(_byYear.Where(p => p.Key <= year).ToDictionary(p => p.Key, p => p.Value)));
}
