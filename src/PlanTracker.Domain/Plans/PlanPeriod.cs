using System.Globalization;

namespace PlanTracker.Domain.Plans;

/// <summary>
/// A plan's period: its first and last year (2021–2025 for the 14th Five-Year Plan, 2026–2030 for the 15th). The
/// baseline is the year before the first (the 2020 column of a 14th plan, 2025 of a 15th). Every page, validator,
/// export and the engine take the period from the plan; no plan year is written anywhere else.
/// </summary>
public readonly record struct PlanPeriod
{
    /// <summary>A plan's title with its span after it ("…规划（2021—2025年）"), unless the title already prints both years (in any dash).</summary>
    public string Titled(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return title.Contains(FirstYear.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) && title.Contains(LastYear.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            ? title
            : $"{title}（{Span}）";
    }

    /// <summary>The 1st Five-Year Plan ran 1953–1957, the 3rd (after 1963–1965's adjustment) from 1966; every later one five years on.</summary>
    private const int ThirdPlanStart = 1966;

    private static readonly string[] Digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <remarks>The constructor a JSON reader must use (a struct has a parameterless one too): kept reports store periods.</remarks>
    [System.Text.Json.Serialization.JsonConstructor]
    public PlanPeriod(int firstYear, int lastYear)
    {
        if (lastYear < firstYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYear), $"A period cannot end ({lastYear}) before it starts ({firstYear}).");
        }

        FirstYear = firstYear;
        LastYear = lastYear;
    }

    public int FirstYear { get; }

    public int LastYear { get; }

    /// <summary>The year of the printed baseline column: the year before the first.</summary>
    public int BaselineYear => FirstYear - 1;

    /// <summary>n, the number of years (5 for a five-year plan).</summary>
    public int YearCount => LastYear - FirstYear + 1;

    /// <summary>The years of the period, in order.</summary>
    public IReadOnlyList<int> Years => [.. Enumerable.Range(FirstYear, YearCount)];

    public bool Contains(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>The year a 中期评估 is made as of: the middle year (2023 for 2021–2025, τ = 3/5; 2025 for 2024–2026).</summary>
    public int MidtermYear => FirstYear + ((YearCount - 1) / 2);

    /// <summary>What a cumulative [ ] figure is called: "五年累计" for a five-year plan, "规划期累计" for any other span.</summary>
    public string TotalName => YearCount == 5 ? "五年累计" : "规划期累计";

    /// <summary>"2021—2025年".</summary>
    public string Span => $"{FirstYear}—{LastYear}年";

    /// <summary>
    /// The plan's ordinal when the period is a national five-year plan's (2021–2025 → 14, 2026–2030 → 15); null for
    /// any other span (a three-year action plan, a plan that starts off the cycle).
    /// </summary>
    public int? Ordinal => YearCount == 5 && FirstYear > ThirdPlanStart && (FirstYear - ThirdPlanStart) % 5 == 0
        ? ((FirstYear - ThirdPlanStart) / 5) + 3
        : null;

    /// <summary>"“十四五”" for 2021–2025, or the span ("2021—2023年") when the period is not a five-year plan's.</summary>
    public string Name => Ordinal is { } n ? $"“{Numeral(n)}五”" : Span;

    /// <summary>The previous five-year plan's name ("“十三五”" for a 14th plan); null when the period is off the cycle.</summary>
    public string? PreviousName => Ordinal is { } n and > 1 ? $"“{Numeral(n - 1)}五”" : null;

    /// <summary>The national five-year plan whose period contains <paramref name="year"/> (2022 → 2021–2025, 2026 → 2026–2030).</summary>
    public static PlanPeriod FiveYearPlanOf(int year) => FiveYearsFrom(ThirdPlanStart + (5 * (int)Math.Floor((year - ThirdPlanStart) / 5.0)));

    /// <summary>The five-year plan that starts in <paramref name="firstYear"/>'s cycle: 2026 → 2026–2030.</summary>
    public static PlanPeriod FiveYearsFrom(int firstYear) => new(firstYear, firstYear + 4);

    /// <summary>
    /// The one rule for the year a page opens on, for a region with these plan periods: the later of the latest year
    /// with reported values and the year just ended (today's year − 1, the year bureaus report on), kept within the
    /// years the region's plans cover (before the first plan: its first year; after the last: its last year).
    /// Without any plan: the year just ended.
    /// </summary>
    public static int DefaultYear(IEnumerable<PlanPeriod> periods, int? latestReported, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var list = periods.ToList();
        var year = Math.Max(latestReported ?? int.MinValue, today.Year - 1);
        if (list.Count == 0)
        {
            return year;
        }

        var first = list.Min(p => p.FirstYear);
        var last = list.Max(p => p.LastYear);
        return Math.Clamp(year, first, last);
    }

    /// <summary>Whether the period is over on <paramref name="today"/> (China time): its last year has ended, and its 总结评估 can be made.</summary>
    public bool HasEnded(DateOnly today) => today.Year > LastYear;

    /// <summary>The period among <paramref name="periods"/> that contains <paramref name="year"/>; null when none does.</summary>
    public static PlanPeriod? InForce(IEnumerable<PlanPeriod> periods, int year) =>
        periods.Where(p => p.Contains(year)).Cast<PlanPeriod?>().OrderByDescending(p => p!.Value.FirstYear).FirstOrDefault();

    public override string ToString() => Span;

    private static string Numeral(int n) => n switch
    {
        < 10 => Digits[n],
        10 => "十",
        < 20 => "十" + Digits[n - 10],
        _ => Digits[n / 10] + "十" + Digits[n % 10],
    };

    /// <summary>For logs and exports: "2021-2025".</summary>
    public string Invariant => string.Create(CultureInfo.InvariantCulture, $"{FirstYear}-{LastYear}");
}
