using PlanTracker.Domain.Plans;
using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tests.Periods;

/// <summary>
/// Which part of a document gives its period: the main-indicator header's years first, then the title or opening
/// lines (span or ordinal), a warning when they disagree or when nothing says; and the previous plan's table named by it.
/// </summary>
public class PeriodRuleTests
{
    private static string Plan(string title, string header, params string[] rows) => string.Join('\n',
        [title, "", "第一章 发展基础", "", "专栏1 主要指标\t\t\t\t", header, "一、就业\t\t\t\t", .. rows, "注：[]内为5年累计数", "第二章 主要任务", "第一节 就业", "一是促进就业。"]);

    private const string Rows = "1.城镇新增就业人数\t万人\t[30]\t[32]\t预期性";

    [Fact]
    public void A_title_that_disagrees_with_the_table_warns_and_the_table_wins()
    {
        var plan = PlanParser.Parse(Plan("岳阳市“十五五”人力资源和社会保障事业发展规划（2026—2030年）", "指 标\t单 位\t2020年\t2025年\t属 性", Rows));

        Assert.Equal((2021, 2025), (plan.PeriodStart, plan.PeriodEnd));
        var warning = Assert.Single(plan.Warnings);
        Assert.Equal("标题为“十五五”（2026—2030年），主要指标表为 2020 年基期、2025 年目标：按表格读入，请核对。", warning.Message);
        Assert.Equal(6, warning.Line);
        Assert.Equal((30m, 32m), (plan.Indicators[0].Baseline.Value, plan.Indicators[0].Target.Value));
    }

    [Fact]
    public void A_three_year_plan_reads_as_its_three_years()
    {
        var plan = PlanParser.Parse(Plan("岳阳市人力资源和社会保障事业三年行动规划（2024—2026年）", "指 标\t单 位\t2023年\t2026年\t属 性", Rows));

        Assert.Equal((2024, 2026), (plan.PeriodStart, plan.PeriodEnd));
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void A_15th_plan_title_gives_the_period_when_the_header_has_no_years()
    {
        var plan = PlanParser.Parse(Plan("岳阳市“十五五”人力资源和社会保障事业发展规划", "指 标\t单 位\t基期值\t目标值\t属 性", Rows));

        Assert.Equal((2026, 2030), (plan.PeriodStart, plan.PeriodEnd));
        Assert.Empty(plan.Warnings);
        Assert.Equal((30m, 32m), (plan.Indicators[0].Baseline.Value, plan.Indicators[0].Target.Value));
    }

    [Theory]
    [InlineData("岳阳市人力资源和社会保障事业发展规划（2026-2030年）")]
    [InlineData("岳阳市人力资源和社会保障事业发展规划（2026～2030年）")]
    [InlineData("岳阳市国民经济和社会发展第十五个五年规划人社专项规划")]
    public void A_span_or_a_long_ordinal_in_the_title_gives_the_period(string title)
    {
        var plan = PlanParser.Parse(Plan(title, "指 标\t单 位\t基期\t目标\t属 性", Rows));

        Assert.Equal((2026, 2030), (plan.PeriodStart, plan.PeriodEnd));
    }

    [Fact]
    public void The_opening_lines_give_the_period_when_the_title_does_not()
    {
        var text = string.Join('\n', "岳阳市人力资源和社会保障事业发展规划", "", "“十四五”时期成效显著。本规划依据《岳阳市国民经济和社会发展第十五个五年规划纲要》编制，规划期为2026-2030年。",
            "第一章 发展基础", "专栏1 主要指标\t\t\t\t", "指 标\t单 位\t基期值\t目标值\t属 性", Rows, "注：[]内为5年累计数", "第二章 主要任务", "一是促进就业。");

        var plan = PlanParser.Parse(text);

        Assert.Equal((2026, 2030), (plan.PeriodStart, plan.PeriodEnd));
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void Without_any_year_the_period_stays_unknown_and_the_warning_asks_for_it()
    {
        var plan = PlanParser.Parse(Plan("岳阳市人力资源和社会保障事业发展规划", "指 标\t单 位\t基期值\t目标值\t属 性", Rows));

        Assert.Equal((0, 0), (plan.PeriodStart, plan.PeriodEnd));
        Assert.Contains(plan.Warnings, w => w.Message.StartsWith("未能确定规划期：主要指标表的表头、标题和发文信息中都没有年份", StringComparison.Ordinal));
        Assert.Single(plan.Indicators);
    }

    [Theory]
    [InlineData("岳政办发〔2022〕15号", 2021, 2025)]
    [InlineData("岳政办发〔2026〕3号", 2026, 2030)]
    [InlineData("岳政办发〔2030〕1号", 2026, 2030)]
    public void Without_a_period_in_the_text_the_issuing_years_five_year_plan_is_taken_with_a_warning(string notice, int first, int last)
    {
        var plan = PlanParser.Parse(string.Join('\n', "岳阳市人民政府办公室", notice, Plan("岳阳市人力资源和社会保障事业发展规划", "指 标\t单 位\t基期值\t目标值\t属 性", Rows)));

        Assert.Equal((first, last), (plan.PeriodStart, plan.PeriodEnd));
        Assert.Contains(plan.Warnings, w => w.Message.Contains($"按印发年份 {notice[5..9]} 年读作 {first}—{last}年", StringComparison.Ordinal));
    }

    [Fact]
    public void The_15th_plans_results_table_is_the_previous_period_and_named_by_it()
    {
        var text = string.Join('\n', "岳阳市“十五五”人力资源和社会保障事业发展规划", "", "第一章 发展基础", "专栏1 “十四五”规划主要指标完成情况\t\t\t",
            "指 标\t单 位\t“十四五”目标\t2025年完成数", "1.城镇新增就业人数\t万人\t[30]\t[31]", "1.城镇登记失业率\t%\t<4.5\t3.2", "注：[]内为5年累计数",
            "专栏2 “十五五”主要指标\t\t\t\t", "指 标\t单 位\t2025年\t2030年\t属 性", "1.城镇新增就业人数\t万人\t[31]\t[32]\t预期性", "注：[]内为5年累计数",
            "第二章 主要任务", "一是促进就业。");

        var plan = PlanParser.Parse(text);

        Assert.Equal((2026, 2030), (plan.PeriodStart, plan.PeriodEnd));
        Assert.Equal(2, plan.PreviousPeriod.Count);
        Assert.Equal(("[30]", "[31]"), (plan.PreviousPeriod[0].Planned.Text, plan.PreviousPeriod[0].Actual.Text));
        Assert.Equal(("[31]", "[32]"), (plan.Indicators[0].Baseline.Text, plan.Indicators[0].Target.Text));
        var warning = Assert.Single(plan.Warnings);
        Assert.StartsWith("“十四五”指标表序号1重复", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2021, 2025, "“十三五”指标表")]
    [InlineData(2026, 2030, "“十四五”指标表")]
    [InlineData(2024, 2026, TableKindNames.PreviousPeriodNeutral)]
    public void The_previous_table_is_named_after_the_plans_previous_period(int first, int last, string name) =>
        Assert.Equal(name, TableKindNames.Of(TableKind.PreviousPeriod, new PlanPeriod(first, last)));

    [Fact]
    public void The_previous_table_has_a_neutral_name_when_the_period_is_unknown() =>
        Assert.Equal("上期规划指标表", TableKindNames.Of(TableKind.PreviousPeriod));

    [Theory]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(16)]
    public void An_ordinal_and_its_period_are_the_domains_ordinal_math_inverted(int ordinal) =>
        Assert.Equal(ordinal, PlanOrdinals.PeriodOf(ordinal).Ordinal);

    [Fact]
    public void The_15th_plan_is_2026_to_2030() => Assert.Equal(new PlanPeriod(2026, 2030), PlanOrdinals.PeriodOf(15));

    [Fact]
    public void A_pasted_15th_plan_table_gives_its_period_by_the_same_rule()
    {
        var table = PastedIndicatorTable.Parse("指标\t单位\t2025年\t2030年\t属性\r\n1.城镇新增就业人数\t万人\t[75]\t[80]\t预期性\r\n");

        Assert.Null(table.Error);
        Assert.Equal((2025, 2030), (table.BaselineYear, table.TargetYear));
        Assert.Equal(new PlanPeriod(2026, 2030), table.Period);
        Assert.Null(PastedIndicatorTable.Parse("指标\t单位\t基期\t目标\r\n1.城镇新增就业人数\t万人\t[75]\t[80]\r\n").Period);
    }
}
