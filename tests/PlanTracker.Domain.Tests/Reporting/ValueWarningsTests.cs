using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Domain.Tests.Reporting;

/// <summary>Rows typed from 长沙's main-indicator table (专栏2); values worked by hand.</summary>
public class ValueWarningsTests
{
    private static ValueCheckContext Row(string name, string unit, string baseline, string target, bool binding = false, Dictionary<int, decimal>? earlier = null, int? parent = null, string? parentUnit = null) =>
        new(name, unit, Measure.Parse(baseline), Measure.Parse(target), Measure.Parse(target).Cumulative, binding, parent, parentUnit, earlier ?? [], new PlanPeriod(2021, 2025));

    private static readonly ValueCheckContext Insured = Row("失业保险参保人数", "万人", "182.8", "212.7", binding: true, earlier: new() { [2021] = 184m, [2022] = 190m });

    [Fact]
    public void A_stock_that_falls_from_last_year_warns()
    {
        var warnings = ValueWarnings.Check(Insured, 2023, 185m, null);

        var warning = Assert.Single(warnings);
        Assert.Equal(ValueWarningKind.StockFalls, warning.Kind);
        Assert.Contains("2022 年（190）", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stock_below_the_2020_baseline_in_2021_warns()
    {
        var row = Row("工伤保险参保人数", "万人", "171.3", "180", binding: true);

        Assert.Equal([ValueWarningKind.StockFalls], ValueWarnings.Check(row, 2021, 170m, null).Select(w => w.Kind));
        Assert.Empty(ValueWarnings.Check(row, 2021, 171.3m, null));
    }

    [Fact]
    public void A_rising_stock_within_half_of_last_year_does_not_warn() =>
        Assert.Empty(ValueWarnings.Check(Insured, 2023, 195m, null));

    [Theory]
    [InlineData(24.1, true)] // 15 → 24.1 is +60.7 %
    [InlineData(22.5, false)] // exactly +50 % is not more than 50 %
    [InlineData(7.4, true)] // −50.7 %
    [InlineData(7.5, false)]
    public void A_jump_of_more_than_half_from_last_year_warns(decimal value, bool warns)
    {
        var jobs = Row("城镇新增就业人数", "万人", "[71.42]", "[75]", earlier: new() { [2021] = 15m });

        var kinds = ValueWarnings.Check(jobs, 2022, value, null).Select(w => w.Kind);

        Assert.Equal(warns, kinds.Contains(ValueWarningKind.Jump));
    }

    [Fact]
    public void A_rate_that_jumps_is_told_its_change_in_percentage_points()
    {
        // 城镇登记失业率 3 (2021) → 5 (2022): up 2 个百分点, a relative 66.67%.
        var rate = Row("城镇登记失业率", "%", "3.27", "<4.5", earlier: new() { [2021] = 3m });

        var jump = Assert.Single(ValueWarnings.Check(rate, 2022, 5m, null), w => w.Kind == ValueWarningKind.Jump);

        Assert.Equal("较 2021 年上升 2 个百分点（相对变化 66.67%，超过 50%）", jump.Message);
    }

    [Fact]
    public void A_cumulative_increment_is_not_a_stock() =>
        Assert.DoesNotContain(ValueWarnings.Check(Row("城镇新增就业人数", "万人", "[71.42]", "[75]", earlier: new() { [2021] = 15m }), 2022, 14m, null), w => w.Kind == ValueWarningKind.StockFalls);

    [Fact]
    public void A_rate_is_not_a_stock() =>
        Assert.Empty(ValueWarnings.Check(Row("城镇登记失业率", "%", "3.27", "<4.5", earlier: new() { [2021] = 3.5m }), 2022, 3.1m, null));

    [Fact]
    public void Without_last_year_there_is_no_jump() =>
        Assert.Empty(ValueWarnings.Check(Row("城镇新增就业人数", "万人", "[71.42]", "[75]"), 2023, 40m, null));

    [Fact]
    public void A_binding_ceiling_broken_warns_and_an_expected_one_does_not()
    {
        var binding = Row("城镇调查失业率", "%", "5.5", "<5.5", binding: true);
        var expected = binding with { Binding = false };

        Assert.Equal([ValueWarningKind.BoundBreached], ValueWarnings.Check(binding, 2022, 5.6m, null).Select(w => w.Kind));
        Assert.Empty(ValueWarnings.Check(binding, 2022, 5.4m, null));
        Assert.Empty(ValueWarnings.Check(expected, 2022, 5.6m, null));
    }

    [Fact]
    public void A_binding_floor_broken_warns() =>
        Assert.Equal([ValueWarningKind.BoundBreached], ValueWarnings.Check(Row("基本养老保险参保覆盖率", "%", "≥96", ">96", binding: true), 2022, 95.8m, null).Select(w => w.Kind));

    [Fact]
    public void A_child_larger_than_its_parent_in_the_same_unit_warns()
    {
        var migrants = Row("农民工参加职业培训人次", "万人次", "—", "[10]", parent: 4, parentUnit: "万人次");

        Assert.Equal([ValueWarningKind.ChildExceedsParent], ValueWarnings.Check(migrants, 2023, 12m, 10m).Select(w => w.Kind));
        Assert.Empty(ValueWarnings.Check(migrants, 2023, 10m, 10m));
        Assert.Empty(ValueWarnings.Check(migrants, 2023, 12m, null));
        Assert.Empty(ValueWarnings.Check(migrants with { ParentUnit = "%" }, 2023, 12m, 10m));
    }
}

public class BindingExplanationTests
{
    private static ValueCheckContext Insured(Dictionary<int, decimal> earlier) =>
        new("失业保险参保人数", "万人", Measure.Parse("182.8"), Measure.Parse("212.7"), false, true, null, null, earlier, new PlanPeriod(2021, 2025));

    [Fact]
    public void Behind_time_progress_needs_cause_and_measures()
    {
        // 2023: τ = 3/5 = 60 %; completion = (185 − 182.8) / (212.7 − 182.8) = 7.4 %.
        Assert.True(BindingExplanation.IsRequired(Insured(new() { [2021] = 184m, [2022] = 190m }), 2023, 185m));
    }

    [Fact]
    public void On_time_needs_nothing()
    {
        // 2023: completion = (201 − 182.8) / 29.9 = 60.9 % ≥ τ 60 %.
        Assert.False(BindingExplanation.IsRequired(Insured([]), 2023, 201m));
    }

    [Fact]
    public void An_expected_indicator_or_an_empty_value_needs_nothing()
    {
        Assert.False(BindingExplanation.IsRequired(Insured([]) with { Binding = false }, 2023, 185m));
        Assert.False(BindingExplanation.IsRequired(Insured([]), 2023, null));
    }

    [Fact]
    public void Later_years_do_not_count_for_an_earlier_one()
    {
        // Judging 2022 (τ = 40 %): (195 − 182.8) / 29.9 = 40.8 % is on time; the low 2023 figure is ignored.
        Assert.False(BindingExplanation.IsRequired(Insured(new() { [2023] = 183m }), 2022, 195m));
    }

    [Theory]
    [InlineData("参保扩面放缓", "开展扩面专项行动", true)]
    [InlineData("参保扩面放缓", " ", false)]
    [InlineData(null, "开展扩面专项行动", false)]
    public void Both_cause_and_measures_must_be_given(string? cause, string? measures, bool given) =>
        Assert.Equal(given, BindingExplanation.IsGiven(cause, measures));
}

public class IndicatorValueRecordTests
{
    private static readonly DateTimeOffset March = new(2024, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset June = new(2024, 6, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_final_figure_keeps_the_preliminary_one_with_both_dates()
    {
        var value = new IndicatorValue { UpdatedBy = "changsha-reporter" };
        value.Record(201.3m, isPreliminary: true, March);
        value.Record(202.1m, isPreliminary: false, June);

        Assert.Equal((202.1m, false, 201.3m, March, June), (value.Value, value.IsPreliminary, value.PreliminaryValue, value.PreliminaryReportedAt, value.FinalReportedAt));
    }

    [Fact]
    public void Correcting_a_preliminary_figure_redates_it()
    {
        var value = new IndicatorValue { UpdatedBy = "changsha-reporter" };
        value.Record(201.3m, isPreliminary: true, March);
        value.Record(201.5m, isPreliminary: true, June);

        Assert.Equal((201.5m, true, (decimal?)null, (DateTimeOffset?)June, (DateTimeOffset?)null), (value.Value, value.IsPreliminary, value.PreliminaryValue, value.PreliminaryReportedAt, value.FinalReportedAt));
    }

    [Fact]
    public void Saving_the_same_preliminary_figure_again_keeps_its_date()
    {
        var value = new IndicatorValue { UpdatedBy = "changsha-reporter" };
        value.Record(201.3m, isPreliminary: true, March);
        value.Record(201.3m, isPreliminary: true, June);

        Assert.Equal(March, value.PreliminaryReportedAt);
    }

    [Fact]
    public void A_final_figure_entered_directly_has_no_preliminary_one()
    {
        var value = new IndicatorValue { UpdatedBy = "changsha-reporter" };
        value.Record(15.6m, isPreliminary: false, June);

        Assert.Equal(((decimal?)null, (DateTimeOffset?)null, (DateTimeOffset?)June), (value.PreliminaryValue, value.PreliminaryReportedAt, value.FinalReportedAt));
    }

    [Fact]
    public void A_corrected_final_figure_still_shows_the_preliminary_one()
    {
        var value = new IndicatorValue { UpdatedBy = "changsha-reporter" };
        value.Record(201.3m, isPreliminary: true, March);
        value.Record(202.1m, isPreliminary: false, June);
        var july = June.AddDays(30);
        value.Record(202.4m, isPreliminary: false, july);

        Assert.Equal((202.4m, 201.3m, (DateTimeOffset?)july), (value.Value, value.PreliminaryValue, value.FinalReportedAt));
    }
}

public class ReportingYearTests
{
    [Fact]
    public void The_default_deadline_is_the_end_of_march_after_the_year() =>
        Assert.Equal(new DateOnly(2024, 3, 31), ReportingYear.DefaultDeadline(2023));

    [Theory]
    [InlineData("2024-03-01", 30)]
    [InlineData("2024-03-31", 0)]
    [InlineData("2024-04-02", -2)]
    public void Days_left_count_to_the_deadline(string today, int left) =>
        Assert.Equal(left, new ReportingYear { Year = 2023, Deadline = new DateOnly(2024, 3, 31) }.DaysLeft(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}

public class ChinaTimeTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Times_are_shown_in_china_standard_time() =>
        Assert.Equal("2024-03-31 23:30", new DateTimeOffset(2024, 3, 31, 15, 30, 0, TimeSpan.Zero).ToChinaTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void At_17_00_utc_it_is_already_tomorrow_in_china() =>
        Assert.Equal(new DateOnly(2024, 4, 1), ChinaTime.Today(new FixedClock(new DateTimeOffset(2024, 3, 31, 17, 0, 0, TimeSpan.Zero))));
}
