using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Progress.Items;

/// <summary>A city's 专栏 item, project and item-target progress for one year, as a reporter saves it.</summary>
public sealed class SaveItemProgressRequest
{
    public int RegionId { get; set; }

    public int Year { get; set; }

    /// <summary>The period of the plan in force in <see cref="Year"/>: set by the service (<see cref="PlanScope"/>), never taken from the client.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PlanTracker.Domain.Plans.PlanPeriod? Period { get; set; }

    /// <summary>The city-year report version the form was loaded from; a save based on an older one is a conflict.</summary>
    public uint? Version { get; set; }

    public List<ItemProgressInput> Items { get; set; } = [];

    public List<ProjectProgressInput> Projects { get; set; } = [];

    public List<ItemTargetValueInput> TargetValues { get; set; } = [];
}

/// <summary>What every progress row carries: percent complete, status and a note. All empty = not reported.</summary>
public abstract class WorkProgressInput
{
    /// <summary>The item's title or the project's name, filled in by the service from the plan (not trusted from the client).</summary>
    public string Name { get; set; } = string.Empty;

    public decimal? PercentComplete { get; set; }

    /// <summary>What was typed into the percent field when it is not a number: kept in the field and refused.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? UnparsedPercent { get; set; }

    public WorkStatus? Status { get; set; }

    public string? Note { get; set; }

    public virtual bool IsEmpty => PercentComplete is null && UnparsedPercent is null && Status is null && string.IsNullOrWhiteSpace(Note);
}

public sealed class ItemProgressInput : WorkProgressInput
{
    public int ItemId { get; set; }
}

public sealed class ProjectProgressInput : WorkProgressInput
{
    public int ProjectId { get; set; }

    /// <summary>Whether the plan gives the project an investment figure; filled in by the service.</summary>
    public bool HasInvestment { get; set; }

    /// <summary>The year's completed investment, 亿元.</summary>
    public decimal? CompletedInvestment { get; set; }

    /// <summary>What was typed into the investment field when it is not a number: kept in the field and refused.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? UnparsedInvestment { get; set; }

    public override bool IsEmpty => base.IsEmpty && CompletedInvestment is null && UnparsedInvestment is null;
}

/// <summary>This year's value of a quantitative target written in an item's text; empty = not reported.</summary>
public sealed class ItemTargetValueInput
{
    public int ItemTargetId { get; set; }

    /// <summary>The target's phrase and unit, filled in by the service from the plan.</summary>
    public string Phrase { get; set; } = string.Empty;

    public string Unit { get; set; } = string.Empty;

    public decimal? Value { get; set; }

    /// <summary>What was typed into the field when it is not a number: kept in the field and refused.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? UnparsedValue { get; set; }
}
