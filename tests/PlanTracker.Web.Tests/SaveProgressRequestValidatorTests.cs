using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Tests;

/// <summary>Each rule of the validator shared by the entry page and the spreadsheet import; rows as in 长沙's 专栏2.</summary>
public class SaveProgressRequestValidatorTests
{
    private static readonly SaveProgressRequestValidator Validator = new();

    private static ProgressRowInput Row(string name, string unit, decimal? value, string? note = null, ValueCheckContext? context = null) =>
        new() { IndicatorId = 1, Name = name, Unit = unit, Value = value, Note = note, Context = context };

    private static IReadOnlyList<string> Errors(int year, params ProgressRowInput[] rows) =>
        [.. Validator.Validate(new SaveProgressRequest { RegionId = 1, Year = year, Period = new PlanTracker.Domain.Plans.PlanPeriod(2021, 2025), Rows = [.. rows] }).Errors.Select(e => e.ErrorMessage)];

    [Theory]
    [InlineData(-0.1, false)]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(100.01, false)]
    public void A_percentage_lies_between_0_and_100(decimal value, bool valid) =>
        Assert.Equal(valid, Errors(2023, Row("城镇调查失业率", "%", value)).Count == 0);

    [Theory]
    [InlineData("万人")]
    [InlineData("万人次")]
    [InlineData("亿元")]
    [InlineData("元")]
    [InlineData("户")]
    [InlineData("所")]
    public void A_count_or_an_amount_is_not_negative(string unit) =>
        Assert.Equal(["“城镇新增就业人数”不能为负数。"], Errors(2023, Row("城镇新增就业人数", unit, -1m)));

    [Fact]
    public void A_rate_of_change_may_fall_but_not_below_minus_100()
    {
        Assert.Empty(Errors(2023, Row("城镇居民人均可支配收入增长", "%", -2.5m)));
        Assert.Equal(["“城镇居民人均可支配收入增长”是增减幅度，不能低于 -100%。"], Errors(2023, Row("城镇居民人均可支配收入增长", "%", -120m)));
    }

    [Fact]
    public void At_most_four_decimals_in_ten_thousands() =>
        Assert.Equal(["“城镇新增就业人数”最多保留 4 位小数。"], Errors(2023, Row("城镇新增就业人数", "万人", 15.12345m)));

    [Fact]
    public void At_most_two_decimals_for_a_percentage()
    {
        Assert.Equal(["“城镇调查失业率”最多保留 2 位小数。"], Errors(2023, Row("城镇调查失业率", "%", 5.123m)));
        Assert.Empty(Errors(2023, Row("城镇调查失业率", "%", 5.12m)));
    }

    [Fact]
    public void Whole_people_are_whole_numbers()
    {
        Assert.Equal(["“新增高技能人才人数”以“人”为单位，应为整数。"], Errors(2023, Row("新增高技能人才人数", "人", 1200.5m)));
        Assert.Empty(Errors(2023, Row("新增高技能人才人数", "人", 1200m)));
    }

    [Fact]
    public void A_value_a_billion_times_too_large_asks_to_check_the_unit() =>
        Assert.Equal(["“城镇新增就业人数”的数值过大，请检查单位。"], Errors(2023, Row("城镇新增就业人数", "万人", 1_500_000_000m)));

    [Theory]
    [InlineData(2020)]
    [InlineData(2026)]
    public void The_year_lies_in_the_plan_period(int year) =>
        Assert.Equal(["年度必须在规划期 2021—2025年内。"], Errors(year));

    [Fact]
    public void A_15th_plan_takes_2026_and_refuses_2025()
    {
        var fifteenth = new PlanTracker.Domain.Plans.PlanPeriod(2026, 2030);

        Assert.Empty(Validator.Validate(new SaveProgressRequest { RegionId = 1, Year = 2026, Period = fifteenth }).Errors);
        Assert.Equal(["年度必须在规划期 2026—2030年内。"], Validator.Validate(new SaveProgressRequest { RegionId = 1, Year = 2025, Period = fifteenth }).Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void A_year_no_plan_covers_is_refused_with_what_to_do() =>
        Assert.Equal(["没有覆盖 2031 年的规划，请先导入该期规划。"], Validator.Validate(new SaveProgressRequest { RegionId = 1, Year = 2031 }).Errors.Select(e => e.ErrorMessage));

    [Fact]
    public void Notes_sources_causes_and_measures_have_length_limits()
    {
        var row = Row("失业保险参保人数", "万人", 200m, note: new string('说', 2001));
        (row.Source, row.Cause, row.CorrectiveMeasures) = (new string('源', 257), new string('因', 2001), new string('措', 2001));

        Assert.Equal(
            ["“失业保险参保人数”的说明最多 2000 字。", "“失业保险参保人数”的原因分析最多 2000 字。", "“失业保险参保人数”的整改措施最多 2000 字。", "“失业保险参保人数”的数据来源最多 256 字。"],
            Errors(2023, row));
    }

    [Fact]
    public void Letters_typed_as_a_value_are_refused_not_dropped()
    {
        var typed = Row("城镇新增就业人数", "万人", null);
        typed.UnparsedValue = "abc";

        Assert.Equal(["“城镇新增就业人数”填写的“abc”不是数字：请只填写数字，如 12.5。"], Errors(2023, typed));
    }

    [Fact]
    public void An_empty_value_is_allowed() => Assert.Empty(Errors(2023, Row("城镇新增就业人数", "万人", null)));

    [Fact]
    public void A_warning_needs_a_note()
    {
        var insured = new ValueCheckContext("失业保险参保人数", "万人", Measure.Parse("182.8"), Measure.Parse("212.7"), false, true, null, null, new Dictionary<int, decimal> { [2022] = 190m }, new PlanTracker.Domain.Plans.PlanPeriod(2021, 2025));

        Assert.Equal(["“失业保险参保人数”存量指标低于 2022 年（190），请在“说明”中写明原因。"], Errors(2023, Row("失业保险参保人数", "万人", 185m, context: insured)));
        Assert.Empty(Errors(2023, Row("失业保险参保人数", "万人", 185m, note: "部分企业外迁", context: insured)));
    }

    [Fact]
    public void A_value_its_own_checks_refuse_gets_their_message_only()
    {
        var insured = new ValueCheckContext("失业保险参保人数", "万人", Measure.Parse("182.8"), Measure.Parse("212.7"), false, true, null, null, new Dictionary<int, decimal> { [2022] = 190m }, new PlanTracker.Domain.Plans.PlanPeriod(2021, 2025));

        // −3 is below 2022's 190 too; the reporter is told what is wrong with it, not asked to explain the fall.
        Assert.Equal(["“失业保险参保人数”不能为负数。"], Errors(2023, Row("失业保险参保人数", "万人", -3m, context: insured)));
    }
}
