using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Items;

namespace PlanTracker.Web.Tests;

/// <summary>A 专栏 item's or project's year merged field by field (<see cref="WorkMerge"/>), by the rule indicator rows follow.</summary>
public class WorkMergeTests
{
    private static readonly WorkFields Loaded = new(40m, WorkStatus.InProgress, "认定12家", null);

    [Fact]
    public void A_field_only_I_changed_is_applied_and_the_other_fields_keep_what_is_stored()
    {
        var mine = Loaded with { PercentComplete = 60m };
        var stored = Loaded with { Note = "对方补充了说明" };

        Assert.Equal(new WorkFields(60m, WorkStatus.InProgress, "对方补充了说明", null), WorkMerge.Merge(Loaded, mine, stored));
    }

    [Fact]
    public void The_same_field_changed_differently_by_both_is_a_conflict_and_the_same_change_is_not()
    {
        Assert.Null(WorkMerge.Merge(Loaded, Loaded with { PercentComplete = 60m }, Loaded with { PercentComplete = 50m }));
        Assert.Equal(Loaded with { PercentComplete = 60m }, WorkMerge.Merge(Loaded, Loaded with { PercentComplete = 60m }, Loaded with { PercentComplete = 60m }));
    }

    [Fact]
    public void Emptied_by_me_while_untouched_by_others_removes_the_row()
    {
        var merged = WorkMerge.Merge(Loaded, default, Loaded);

        Assert.True(merged is { IsEmpty: true });
    }

    [Fact]
    public void Halves_that_leave_progress_without_a_status_are_a_conflict()
    {
        // I cleared the status and note; someone else meanwhile changed only the percent: what would be stored has no status.
        var mine = new WorkFields(40m, null, null, null);
        var stored = Loaded with { PercentComplete = 70m };

        Assert.Null(WorkMerge.Merge(Loaded, mine, stored));
    }

    [Fact]
    public void The_other_version_is_worded_for_the_conflict_note()
    {
        Assert.Equal("进行中，完成 20%，完成投资 1.5 亿元，说明：已开工", new WorkFields(20m, WorkStatus.InProgress, "已开工", 1.5m).Describe());
        Assert.Equal("未填报", default(WorkFields).Describe());
    }
}
