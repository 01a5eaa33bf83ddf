using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Compare;

public sealed record CatalogueEntry(int Id, string Name, string Unit, string? Category, bool Cumulative, int CityCount, bool AnyBinding);

/// <summary>One city's plan row for a catalogue indicator, in the catalogue's unit, judged along its own path.</summary>
public sealed record CityComparison(
    string City,
    string PlanIndicatorName,
    string? PlanUnit,
    string BaselineText,
    string TargetText,
    decimal? Baseline,
    decimal? Target,
    decimal? Ambition,
    decimal? Latest,
    int? LatestYear,
    string? Attribute,
    IndicatorProgress Progress,
    string? AdminCode = null)
{
    /// <summary>Points ahead (+) or behind (−) of 时序进度 on the city's own baseline-to-target path: the ranking key.</summary>
    public decimal? Gap => Progress.Completion is { } c && Progress.Expected is { } e ? (c - e) * 100 : null;

    /// <summary>The review status of the report of <see cref="LatestYear"/>; null when the city has no figure.</summary>
    public ReportStatus? LatestStatus { get; init; }

    /// <summary>The city, and its plan row of this indicator (what a drill-down opens on the dashboard).</summary>
    public int RegionId { get; init; }

    public int IndicatorId { get; init; }
}

/// <param name="Period">The period all compared cities' plans share in the year; null when they differ (a three-year plan beside a five-year one).</param>
/// <param name="Scope">Which reviewed values the figures use.</param>
public sealed record Comparison(CatalogueEntry Indicator, int Year, ValueScope Scope, IReadOnlyList<CityComparison> Cities, PlanTracker.Domain.Plans.PlanPeriod? Period)
{
    /// <summary>The years the cities' figures stand for, oldest first (more than one: the ranking mixes years and says so).</summary>
    public IReadOnlyList<int> FigureYears => [.. Cities.Select(c => c.LatestYear).OfType<int>().Distinct().Order()];

    /// <summary>Whether any shown figure stands on an unapproved report.</summary>
    public bool AnyUnapproved => Cities.Any(c => c.LatestStatus.IsUnapproved());

    /// <summary>"2020年" (the shared baseline year), or "基数".</summary>
    public string BaselineLabel => Period is { } p ? $"{p.BaselineYear}年" : "基数";

    /// <summary>"2025年目标", or "规划目标".</summary>
    public string TargetLabel => Period is { } p ? $"{p.LastYear}年目标" : "规划目标";
}

public sealed record CoverageMatrix(IReadOnlyList<string> Cities, IReadOnlyList<(CatalogueEntry Indicator, IReadOnlyDictionary<string, string> NamesByCity)> Rows);

/// <summary>One city's reported years of a catalogue indicator across all its plans, in the catalogue unit.</summary>
public sealed record CityRun(string City, IReadOnlyList<Dashboard.ChartPoint> Values);

/// <summary>
/// A catalogue indicator in every city over every plan period that has it (十四五 and 十五五 side by side): for a
/// cumulative indicator each year's increment. Drawn only when more than one period is involved.
/// </summary>
public sealed record CityRuns(string Name, string Unit, bool Cumulative, IReadOnlyList<Domain.Plans.PlanPeriod> Periods, IReadOnlyList<CityRun> Cities)
{
    public int FromYear => Cities.SelectMany(c => c.Values).Select(v => v.Year).DefaultIfEmpty(Periods[0].FirstYear).Min();

    public int ToYear => Periods.Max(p => p.LastYear);
}
