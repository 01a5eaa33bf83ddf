using PlanTracker.Domain.Catalogue;

namespace PlanTracker.Domain.Tests.Catalogue;

/// <summary>
/// The one rule set for a figure's value. The cases are figures a bureau reports: rates that are shares, rates that
/// are changes, counts in every counting unit a plan prints (people, households, schools, money) and figures with no
/// range of their own.
/// </summary>
public class ValueRulesTests
{
    [Theory]
    [InlineData("%", "城镇调查失业率", ValueMeaning.Share)]
    [InlineData("％", "劳动人事争议仲裁结案率", ValueMeaning.Share)]
    [InlineData("%", "技能劳动者占就业人员比重", ValueMeaning.Share)]
    [InlineData("%", "城镇居民人均可支配收入增长", ValueMeaning.Change)]
    [InlineData("%", "企业职工平均工资增速", ValueMeaning.Change)]
    [InlineData("万人", "城镇新增就业人数", ValueMeaning.Count)]
    [InlineData("人次", "补贴性职业技能培训", ValueMeaning.Count)]
    [InlineData("户", "零就业家庭动态清零户数", ValueMeaning.Count)]
    [InlineData("万户", "困难家庭帮扶", ValueMeaning.Count)]
    [InlineData("所", "技工院校", ValueMeaning.Count)]
    [InlineData("元", "最低工资标准", ValueMeaning.Count)]
    [InlineData("亿元", "社会保险基金累计结余", ValueMeaning.Count)]
    [InlineData("个月", "企业职工养老保险基金可支付月数", ValueMeaning.Other)]
    [InlineData("岁", "人均预期寿命", ValueMeaning.Other)]
    [InlineData(null, "就业结构", ValueMeaning.Other)]
    public void A_figure_means_what_its_unit_and_name_say(string? unit, string name, ValueMeaning meaning) =>
        Assert.Equal(meaning, ValueRules.For(unit, name).Meaning);

    [Theory]
    [InlineData("%", "城镇调查失业率", -3, false)]
    [InlineData("%", "城镇调查失业率", 0, true)]
    [InlineData("%", "劳动人事争议仲裁结案率", 100, true)]
    [InlineData("%", "劳动人事争议仲裁结案率", 101, false)]
    [InlineData("%", "城镇居民人均可支配收入增长", -2.5, true)]
    [InlineData("%", "城镇居民人均可支配收入增长", 130, true)]
    [InlineData("%", "城镇居民人均可支配收入增长", -100.5, false)]
    [InlineData("户", "零就业家庭动态清零户数", -1, false)]
    [InlineData("元", "最低工资标准", -1800, false)]
    [InlineData("元", "最低工资标准", 1800, true)]
    [InlineData("个月", "企业职工养老保险基金可支付月数", -2, true)]
    public void A_value_is_allowed_only_within_its_meaning(string unit, string name, double value, bool allowed) =>
        Assert.Equal(allowed, ValueRules.For(unit, name).Allows((decimal)value));

    [Theory]
    [InlineData("户", 3.0, true)]
    [InlineData("户", 3.5, false)]
    [InlineData("所", 2.5, false)]
    [InlineData("%", 5.25, true)]
    [InlineData("%", 5.125, false)]
    [InlineData("万人", 1.2345, true)]
    [InlineData("万人", 1.23456, false)]
    public void Decimals_follow_the_unit(string unit, double value, bool sensible) =>
        Assert.Equal(sensible, ValueRules.For(unit, "指标").HasSensibleDecimals((decimal)value));

    [Fact]
    public void Messages_say_what_is_wrong_in_Chinese()
    {
        Assert.Equal("是百分比，应在 0 到 100 之间", ValueRules.For("%", "参保率").RangeMessage);
        Assert.Equal("是增减幅度，不能低于 -100%", ValueRules.For("%", "工资增长").RangeMessage);
        Assert.Equal("不能为负数", ValueRules.For("户", "帮扶户数").RangeMessage);
        Assert.Equal("以“户”为单位，应为整数", ValueRules.For("户", "帮扶户数").DecimalsMessage);
        Assert.Equal("最多保留 2 位小数", ValueRules.For("%", "参保率").DecimalsMessage);
    }

    [Theory]
    [InlineData(999_999_999.9999, true)]
    [InlineData(-999_999_999.9999, true)]
    [InlineData(1_000_000_000, false)]
    public void No_figure_reaches_a_thousand_million_in_its_unit(double value, bool within) =>
        Assert.Equal(within, ValueRules.WithinMagnitude((decimal)value));
}
