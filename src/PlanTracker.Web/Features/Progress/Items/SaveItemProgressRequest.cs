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

    public List<ItemProgressInput> Items { get; set; } = [];

    public List<ProjectProgressInput> Projects { get; set; } = [];

    public List<ItemTargetValueInput> TargetValues { get; set; } = [];

    /// <summary>
    /// After a save with conflicts, on the freshly loaded form: each conflicted input gets back what this person typed,
    /// on the other person's version as its base (so saving again keeps it), with the conflict shown under it.
    /// </summary>
    public void KeepConflicted(SaveItemProgressRequest typed, IReadOnlyList<WorkConflict> conflicts)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(conflicts);
        var byKey = conflicts.ToDictionary(c => c.Key);
        foreach (var (fresh, mine) in Items.Cast<WorkProgressInput>().Concat(Projects).Join(typed.Items.Cast<WorkProgressInput>().Concat(typed.Projects), f => f.Key, m => m.Key, (f, m) => (f, m)))
        {
            if (byKey.TryGetValue(fresh.Key, out var conflict))
            {
                (fresh.PercentComplete, fresh.UnparsedPercent, fresh.Status, fresh.Note, fresh.Conflict) = (mine.PercentComplete, mine.UnparsedPercent, mine.Status, mine.Note, conflict);
                if (fresh is ProjectProgressInput project && mine is ProjectProgressInput typedProject)
                {
                    (project.CompletedInvestment, project.UnparsedInvestment) = (typedProject.CompletedInvestment, typedProject.UnparsedInvestment);
                }
            }
        }

        foreach (var (fresh, mine) in TargetValues.Join(typed.TargetValues, f => f.Key, m => m.Key, (f, m) => (f, m)))
        {
            if (byKey.TryGetValue(fresh.Key, out var conflict))
            {
                (fresh.Value, fresh.UnparsedValue, fresh.Conflict) = (mine.Value, mine.UnparsedValue, conflict);
            }
        }
    }

    /// <summary>Whether anything differs from what the form was loaded from (or last saved).</summary>
    public bool HasChanges =>
        Items.Any(i => i.Fields != i.Base || i.UnparsedPercent is not null)
        || Projects.Any(p => p.Fields != p.Base || p.UnparsedPercent is not null || p.UnparsedInvestment is not null)
        || TargetValues.Any(t => t.Value != t.BaseValue || t.UnparsedValue is not null);
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

    /// <summary>Names the input in a conflict (<see cref="WorkConflict.Key"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public abstract string Key { get; }

    /// <summary>What the page holds, in the form a save compares and stores.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public virtual WorkFields Fields => new(PercentComplete, Status, Entry.RowFields.Blank(Note), null);

    /// <summary>The stored fields this input was loaded from (or, after a conflict, the other person's): a save merges against them.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public WorkFields Base { get; set; }

    /// <summary>The last save found this row changed by someone else too: their version, shown under the row until saved again.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public WorkConflict? Conflict { get; set; }
}

public sealed class ItemProgressInput : WorkProgressInput
{
    public int ItemId { get; set; }

    public override string Key => $"item:{ItemId}";
}

public sealed class ProjectProgressInput : WorkProgressInput
{
    public int ProjectId { get; set; }

    public override string Key => $"project:{ProjectId}";

    /// <summary>Whether the plan gives the project an investment figure; filled in by the service.</summary>
    public bool HasInvestment { get; set; }

    /// <summary>The year's completed investment, 亿元.</summary>
    public decimal? CompletedInvestment { get; set; }

    /// <summary>What was typed into the investment field when it is not a number: kept in the field and refused.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? UnparsedInvestment { get; set; }

    public override bool IsEmpty => base.IsEmpty && CompletedInvestment is null && UnparsedInvestment is null;

    public override WorkFields Fields => base.Fields with { CompletedInvestment = CompletedInvestment };
}

/// <summary>This year's value of a quantitative target written in an item's text; empty = not reported.</summary>
public sealed class ItemTargetValueInput
{
    public int ItemTargetId { get; set; }

    /// <summary>Names the input in a conflict (<see cref="WorkConflict.Key"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Key => $"target:{ItemTargetId}";

    /// <summary>The target's phrase and unit, filled in by the service from the plan.</summary>
    public string Phrase { get; set; } = string.Empty;

    public string Unit { get; set; } = string.Empty;

    public decimal? Value { get; set; }

    /// <summary>What was typed into the field when it is not a number: kept in the field and refused.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? UnparsedValue { get; set; }

    /// <summary>The stored value this input was loaded from (or, after a conflict, the other person's): a save merges against it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal? BaseValue { get; set; }

    /// <summary>The last save found this value changed by someone else too.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public WorkConflict? Conflict { get; set; }
}
