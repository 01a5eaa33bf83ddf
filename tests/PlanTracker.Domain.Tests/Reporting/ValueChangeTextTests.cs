using PlanTracker.Domain.Reporting;

namespace PlanTracker.Domain.Tests.Reporting;

/// <summary>A history row names only what its save changed: a note-only save is not "170 → 170".</summary>
public class ValueChangeTextTests
{
    [Fact]
    public void A_note_only_change_does_not_repeat_the_unchanged_value()
    {
        Assert.Equal("修改了说明", ValueChangeText.Describe(170m, 170m, false, ValueFields.Note));
    }

    [Fact]
    public void A_new_value_a_changed_value_and_a_cleared_value_each_read_as_what_happened()
    {
        Assert.Equal("填报 15.6", ValueChangeText.Describe(null, 15.6m, false, ValueFields.Value));
        Assert.Equal("数值 170 → 172.5；修改了数据来源、原因分析", ValueChangeText.Describe(170m, 172.5m, false, ValueFields.Value | ValueFields.Source | ValueFields.Cause));
        Assert.Equal("清空（原 201.3）", ValueChangeText.Describe(201.3m, null, false, ValueFields.Value | ValueFields.Note));
    }

    [Fact]
    public void Turning_a_flash_figure_into_the_final_one_says_so()
    {
        Assert.Equal("改为正式数", ValueChangeText.Describe(201.3m, 201.3m, false, ValueFields.Preliminary));
        Assert.Equal("数值 200 → 201.3；标为快报", ValueChangeText.Describe(200m, 201.3m, true, ValueFields.Value | ValueFields.Preliminary));
    }

    [Fact]
    public void A_row_from_before_fields_were_recorded_shows_its_value_change_or_says_the_detail_is_unknown()
    {
        Assert.Equal("数值 170 → 172", ValueChangeText.Describe(170m, 172m, false, null));
        Assert.Equal("修改了其他字段（早期记录，未记明细）", ValueChangeText.Describe(170m, 170m, false, null));
    }
}
