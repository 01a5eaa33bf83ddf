using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Features.Progress.Items;

/// <summary>A year's reported progress of an item or project.</summary>
public sealed record YearProgress(int Year, decimal? PercentComplete, WorkStatus Status, decimal? CompletedInvestment, string? Note);

/// <summary>A quantitative target inside an item's text ("认定50家以上…"), with the values reported in earlier years.</summary>
public sealed record ItemTargetView(int TargetId, string Phrase, decimal Value, string Unit, Comparator Comparator, int? Year, IReadOnlyDictionary<int, decimal> EarlierYears)
{
    /// <summary>"≥50 家", "2025年 ≥500 家".</summary>
    public string TargetText => $"{(Year is { } year ? $"{year}年 " : null)}{Symbol}{Value:0.####} {Unit}";

    private string? Symbol => Comparator switch
    {
        Comparator.GreaterOrEqual => "≥",
        Comparator.Greater => ">",
        Comparator.LessOrEqual => "≤",
        Comparator.Less => "<",
        _ => null,
    };
}

/// <summary>A numbered 专栏 item with an excerpt of its text, its targets and its earlier years.</summary>
public sealed record ItemProgressView(int ItemId, int Number, string Title, string Excerpt, IReadOnlyList<ItemTargetView> Targets, IReadOnlyList<YearProgress> EarlierYears);

public sealed record ColumnProgressView(int ColumnId, int Number, string Title, IReadOnlyList<ItemProgressView> Items);

/// <summary>A plan project with its investment figures (亿元) and earlier years.</summary>
public sealed record ProjectProgressView(int ProjectId, string Name, string? Nature, string? Period, decimal? TotalInvestment, decimal? PeriodInvestment, IReadOnlyList<YearProgress> EarlierYears)
{
    public bool HasInvestment => TotalInvestment is not null || PeriodInvestment is not null;

    /// <summary>Completed investment reported for the years before the form's year, 亿元.</summary>
    public decimal EarlierInvestment => EarlierYears.Sum(y => y.CompletedInvestment ?? 0m);

    /// <summary>The investment the completed amount is measured against: the period's (规划期内), else the total.</summary>
    public decimal? PlannedInvestment => PeriodInvestment ?? TotalInvestment;

    /// <summary>Completed investment so far: the earlier years' plus this year's, 亿元.</summary>
    public decimal CompletedWith(decimal? thisYear) => EarlierInvestment + (thisYear ?? 0m);
}

/// <summary>The 专栏/project part of a city's entry form for a year.</summary>
public sealed record ItemProgressForm(int RegionId, int Year, IReadOnlyList<ColumnProgressView> Columns, IReadOnlyList<ProjectProgressView> Projects, SaveItemProgressRequest Request)
{
    public bool IsEmpty => Columns.Count == 0 && Projects.Count == 0;
}
