using PlanTracker.Domain.Progress;

namespace PlanTracker.Web.Features.Compare;

/// <summary>The columns the comparison table sorts by.</summary>
public enum ComparisonColumn
{
    Rank,
    City,
    Baseline,
    Target,
    Ambition,
    Latest,
    Completion,
    Status,
}

/// <summary>A city's row with its rank (its place in the service's order: by the gap to 时序进度, bounds after).</summary>
public sealed record RankedCity(int Rank, CityComparison City);

/// <summary>
/// Orders the comparison's rows by a column (cities by division code). The rank stays the city's rank whatever the order; rows without a value in
/// the column (text targets, no data) come last in either direction; ties keep rank order.
/// </summary>
public static class ComparisonSort
{
    /// <summary>Statuses from best to worst, as the dashboard counts them.</summary>
    private static readonly ProgressStatus[] StatusOrder =
        [ProgressStatus.AchievedEarly, ProgressStatus.Ahead, ProgressStatus.OnTrack, ProgressStatus.Behind, ProgressStatus.SeverelyBehind, ProgressStatus.NoData, ProgressStatus.NotAssessable];

    public static IReadOnlyList<RankedCity> Rank(Comparison comparison) =>
        [.. comparison.Cities.Select((city, index) => new RankedCity(index + 1, city))];

    public static IReadOnlyList<RankedCity> Sort(IReadOnlyList<RankedCity> rows, ComparisonColumn column, bool descending)
    {
        if (column == ComparisonColumn.City)
        {
            // Cities in the order of statistical tables: by administrative division code (GB/T 2260), then name.
            var byCode = descending
                ? rows.OrderByDescending(r => r.City.AdminCode, StringComparer.Ordinal).ThenByDescending(r => r.City.City, StringComparer.Ordinal)
                : rows.OrderBy(r => r.City.AdminCode, StringComparer.Ordinal).ThenBy(r => r.City.City, StringComparer.Ordinal);
            return [.. byCode];
        }

        var withKey = rows.Select(r => (Row: r, Key: Key(r, column))).ToList();
        var present = withKey.Where(k => k.Key is not null);
        var ordered = descending ? present.OrderByDescending(k => k.Key) : present.OrderBy(k => k.Key);
        return [.. ordered.ThenBy(k => k.Row.Rank).Select(k => k.Row)
            .Concat(withKey.Where(k => k.Key is null).OrderBy(k => k.Row.Rank).Select(k => k.Row))];
    }

    /// <summary>The first direction a click on the column sorts in: figures largest first, rank, names and status best first.</summary>
    public static bool DescendingFirst(ComparisonColumn column) =>
        column is ComparisonColumn.Baseline or ComparisonColumn.Target or ComparisonColumn.Ambition or ComparisonColumn.Latest or ComparisonColumn.Completion;

    private static decimal? Key(RankedCity row, ComparisonColumn column) => column switch
    {
        ComparisonColumn.Rank => row.Rank,
        ComparisonColumn.Baseline => row.City.Baseline,
        ComparisonColumn.Target => row.City.Target,
        ComparisonColumn.Ambition => row.City.Ambition,
        ComparisonColumn.Latest => row.City.Latest,
        ComparisonColumn.Completion => row.City.Progress.Completion,
        ComparisonColumn.Status => Array.IndexOf(StatusOrder, row.City.Progress.Status),
        _ => null,
    };
}
