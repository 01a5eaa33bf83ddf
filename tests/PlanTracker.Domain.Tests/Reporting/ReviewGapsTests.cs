using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Domain.Tests.Reporting;

/// <summary>The checklist before 审核通过, on rows of 长沙's table (seeds/001) with values worked by hand.</summary>
public class ReviewGapsTests
{
    private static readonly PlanPeriod Period = new(2021, 2025);

    private static ValueCheckContext Row(string name, string unit, string baseline, string target, bool binding, Dictionary<int, decimal>? earlier = null) =>
        new(name, unit, Measure.Parse(baseline), Measure.Parse(target), Measure.Parse(target).Cumulative, binding, null, null, earlier ?? [], Period);

    [Fact]
    public void Each_kind_of_gap_is_listed_in_order_with_its_subject()
    {
        // 失业保险参保人数 182.8 → 212.7 (约束性): 2023 185 → (185 − 182.8) / 29.9 = 7% against τ 60% → needs cause and measures.
        // 城镇新增就业人数 [75]: 2022 15 → 2023 24 is +60%, a jump without a note. 工伤保险参保人数: nothing for 2023.
        var insured = new ReviewedValue(Row("失业保险参保人数", "万人", "182.8", "212.7", true, new() { [2022] = 184m }), 185m, null, "已核实", null, null);
        var jobs = new ReviewedValue(Row("城镇新增就业人数", "万人", "[71.42]", "[75]", false, new() { [2022] = 15m }), 24m, null, null, null, null);
        var injury = new ReviewedValue(Row("工伤保险参保人数", "万人", "171.3", "180", true), null, null, null, null, null);
        var work = new[] { new ReviewedWork("专栏3 · 1. 高校毕业生就业创业促进计划", false, false), new ReviewedWork("湘西州公共实训基地", true, true) };

        var gaps = ReviewGaps.Find(2023, [insured, jobs, injury], work);

        Assert.Equal(
            [ReviewGapKind.MissingValue, ReviewGapKind.BindingUnexplained, ReviewGapKind.WarningWithoutNote, ReviewGapKind.WorkNotReported],
            gaps.Select(g => g.Kind));
        Assert.Equal(["工伤保险参保人数", "失业保险参保人数", "城镇新增就业人数", "专栏3 · 1. 高校毕业生就业创业促进计划"], gaps.Select(g => g.Subject));
        Assert.Equal("“工伤保险参保人数”未填报 2023 年数值", gaps[0].Message);
        Assert.Equal("“城镇新增就业人数”较 2022 年增长 60%，超过 50%，未写说明", gaps[2].Message);
        Assert.Equal("专栏条目“专栏3 · 1. 高校毕业生就业创业促进计划”未填报 2023 年进展", gaps[3].Message);
        Assert.True(ReviewGaps.NeedsReason(gaps, " "));
        Assert.False(ReviewGaps.NeedsReason(gaps, "工伤保险数据由省厅统一下发，待补"));
    }

    [Fact]
    public void A_complete_report_has_no_gaps_and_needs_no_reason()
    {
        // 失业保险参保人数 2023: 201 → (201 − 182.8) / 29.9 = 61% ≥ τ 60%: no explanation needed; a note is written anyway.
        var insured = new ReviewedValue(Row("失业保险参保人数", "万人", "182.8", "212.7", true, new() { [2022] = 195m }), 201m, null, null, null, null);

        var gaps = ReviewGaps.Find(2023, [insured], [new ReviewedWork("项目甲", true, true)]);

        Assert.Empty(gaps);
        Assert.False(ReviewGaps.NeedsReason(gaps, null));
    }
}

/// <summary>A value against the year before: 百分点 for rates, the unit otherwise.</summary>
public class YearChangeTests
{
    [Theory]
    [InlineData("%", 5.4, 5.72, "+0.32 个百分点")]
    [InlineData("％", 98, 96, "−2 个百分点")]
    [InlineData("万人", 185.49, 188.18, "+2.69 万人")]
    [InlineData("万人", 12.3, 12.3, "持平")]
    [InlineData("", 3, 1, "−2")]
    public void A_change_is_told_in_its_units(string unit, double previous, double current, string expected) =>
        Assert.Equal(expected, YearChange.Describe(unit, (decimal)previous, (decimal)current));

    [Fact]
    public void Without_the_year_before_there_is_no_change() => Assert.Null(YearChange.Describe("%", null, 5m));
}
