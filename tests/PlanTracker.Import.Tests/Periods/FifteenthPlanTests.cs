using PlanTracker.TestSupport;
using PlanTracker.Import.Model;
using PlanTracker.Import.Tests.Word;

namespace PlanTracker.Import.Tests.Periods;

/// <summary>
/// Issue 13: a plan's period is read from the document. Each seed reads as 2021–2025; its 15th-plan variant
/// (<see cref="NextPeriodText"/>) as 2026–2030 with the same rows, the values of its 2025 and 2030 columns, and its
/// “十四五” results table as the previous period's table.
/// </summary>
public class FifteenthPlanTests
{
    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void Every_seed_reads_as_the_14th_plan(string seed)
    {
        var plan = Seeds.Plan(seed);

        Assert.Equal((2021, 2025), (plan.PeriodStart, plan.PeriodEnd));
        Assert.DoesNotContain(plan.Warnings, w => w.Message.Contains("规划期", StringComparison.Ordinal) || w.Message.Contains("标题为", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void The_15th_variant_text_moves_years_and_plan_names_on(string seed)
    {
        var seedText = Compact(Seeds.Text(seed));
        var text = Compact(FifteenthPlans.Text(seed));

        Assert.Equal(Count(seedText, "十四五"), Count(text, "十五五"));
        Assert.Equal(Count(seedText, "十三五"), Count(text, "十四五"));
        Assert.Equal(Count(seedText, "2020年"), Count(text, "2025年"));
        Assert.Equal(Count(seedText, "2025年"), Count(text, "2030年"));
        Assert.Equal(0, Count(text, "2020年"));
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static int Count(string text, string word) => (text.Length - text.Replace(word, string.Empty, StringComparison.Ordinal).Length) / word.Length;

    [Theory]
    [MemberData(nameof(Seeds.Files), MemberType = typeof(Seeds))]
    public void The_15th_variant_reads_as_2026_to_2030_with_the_seed_rows(string seed)
    {
        var plan = PlanParser.Parse(FifteenthPlans.Text(seed));

        AssertFifteenthPlan(seed, plan);
        Assert.Equal(Seeds.Plan(seed).Layout, plan.Layout);
        Assert.Equal(Seeds.Plan(seed).Warnings.Count, plan.Warnings.Count);
    }

    [Theory]
    [InlineData(Seeds.Changsha)]
    [InlineData(Seeds.Ezhou)]
    [InlineData(Seeds.Xiangxi)]
    public void The_15th_variant_as_a_Word_document_reads_as_2026_to_2030(string seed)
    {
        var read = PlanDocumentReader.Read("规划.docx", SeedWordVariants.Docx(FifteenthPlans.Text(seed), WordVariant.SpannedCategory));
        Assert.True(read.Success, read.Error);

        var plan = PlanParser.Parse(read);

        Assert.Equal("docx", plan.Layout);
        AssertFifteenthPlan(seed, plan);
    }

    [Fact]
    public void The_edited_targets_are_what_the_variant_text_prints()
    {
        var changsha = PlanParser.Parse(FifteenthPlans.Text(Seeds.Changsha));
        var ezhou = PlanParser.Parse(FifteenthPlans.Text(Seeds.Ezhou));

        Assert.Equal("长沙市“十五五”人力资源和社会保障事业发展规划（2026—2030年）", changsha.Title);
        Assert.Equal(("[71.42]", "[80]", 80m), (changsha.Indicators[0].Baseline.Text, changsha.Indicators[0].Target.Text, changsha.Indicators[0].Target.Value));
        Assert.Equal(("182.8", 230m), (changsha.Indicators[6].Baseline.Text, changsha.Indicators[6].Target.Value));
        Assert.Equal("鄂州市人力资源和社会保障事业发展“十五五”规划", ezhou.Title);
        Assert.Equal(("1.2", "〔12〕"), (ezhou.Indicators[0].Baseline.Text, ezhou.Indicators[0].Target.Text));
        Assert.Equal(("12.6", 15.8m), (ezhou.Indicators[6].Baseline.Text, ezhou.Indicators[6].Target.Value));
    }

    [Fact]
    public void The_previous_base_column_is_the_period_before_the_previous_one()
    {
        // 长沙's 专栏1 of the variant: 十三五 基数 | 十四五 规划数 | 2025年 完成数
        var plan = PlanParser.Parse(FifteenthPlans.Text(Seeds.Changsha));

        var first = plan.PreviousPeriod[0];
        Assert.Equal(("[70.96]", "[60]", "[71.42]"), (first.PreviousBase?.Text, first.Planned.Text, first.Actual.Text));
    }

    private static void AssertFifteenthPlan(string seed, ParsedPlan plan)
    {
        Assert.Equal((2026, 2030), (plan.PeriodStart, plan.PeriodEnd));
        Assert.DoesNotContain(plan.Warnings, w => w.Message.Contains("规划期", StringComparison.Ordinal) || w.Message.Contains("标题为", StringComparison.Ordinal));

        var golden = FifteenthPlans.Golden(seed);
        golden.MainIndicators(FifteenthPlans.WithoutExtraColumns(plan));
        golden.PreviousPeriod(plan);
        Assert.Equal(Seeds.Plan(seed).Projects.Select(p => p.Name), plan.Projects.Select(p => p.Name));
        Assert.All(plan.Projects, p => Assert.Equal("2026—2030", p.Period));

        var extra = FifteenthPlans.ExtraPeriodTargets(seed);
        Assert.All(plan.Indicators, row => Assert.Equal(
            extra.TryGetValue(row.Number ?? 0, out var value) ? "十四五目标=" + value : null,
            row.ExtraColumns is null ? null : string.Join(";", row.ExtraColumns.Select(c => c.Key + "=" + c.Value))));
    }
}
