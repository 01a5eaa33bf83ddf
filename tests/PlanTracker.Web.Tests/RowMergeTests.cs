using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Hosting;

namespace PlanTracker.Web.Tests;

/// <summary>The per-field rule of a save (<see cref="RowMerge"/>) and the circuit's message size against the field limits.</summary>
public class RowMergeTests
{
    private static readonly RowFields Loaded = new(10m, false, "年报数", "统计局", null, null);

    [Fact]
    public void A_field_only_I_changed_is_applied_and_the_other_fields_keep_what_is_stored()
    {
        var mine = Loaded with { Value = 12m };
        var stored = Loaded with { Note = "对方改了说明" };

        Assert.Equal(new RowFields(12m, false, "对方改了说明", "统计局", null, null), RowMerge.Merge(Loaded, mine, stored));
    }

    [Fact]
    public void The_same_field_changed_differently_by_both_is_a_conflict()
    {
        Assert.Null(RowMerge.Merge(Loaded, Loaded with { Value = 12m }, Loaded with { Value = 11m }));
    }

    [Fact]
    public void The_same_change_made_by_both_is_no_conflict()
    {
        Assert.Equal(Loaded with { Value = 12m }, RowMerge.Merge(Loaded, Loaded with { Value = 12m }, Loaded with { Value = 12m }));
    }

    [Fact]
    public void An_unchanged_row_takes_whatever_is_stored()
    {
        var stored = new RowFields(99m, true, "对方", null, null, null);

        Assert.Equal(stored, RowMerge.Merge(Loaded, Loaded, stored));
    }

    [Fact]
    public void The_longest_allowed_field_fits_a_circuit_message_even_fully_escaped()
    {
        Assert.True(CircuitLimits.LongestFieldBytes + 4096 <= CircuitLimits.MaxReceiveMessageBytes);
    }
}
