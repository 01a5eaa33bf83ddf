using Bunit;
using PlanTracker.Domain.Plans;
using PlanTracker.Web.Features.Reports;

namespace PlanTracker.Web.Components.Tests.Reports;

/// <summary>Every year a report prints comes from the plan's period: a 2026—2030 plan's report says 2030年目标, its 中期评估 is as of 2028.</summary>
public class ReportPeriodTests : PortalComponentTest
{
    private static readonly PlanPeriod Fifteenth = new(2026, 2030);

    [Fact]
    public void The_indicator_table_of_a_2026_2030_plan_heads_its_columns_2025年_and_2030年目标()
    {
        var table = Render<ReportIndicatorTable>(p => p.Add(c => c.Report, ReportSamples.Report(Fifteenth, 2027, midterm: false)));

        var heads = table.FindAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["指标", "单位", "2025年", "2030年目标", "截至2027年", "完成 / 时序进度", "状态", "说明"], heads);
    }

    [Fact]
    public void The_midterm_of_a_2026_2030_plan_is_as_of_2028_with_what_2029_2030_must_deliver()
    {
        var report = ReportSamples.Report(Fifteenth, Fifteenth.MidtermYear, midterm: true);

        var cover = Render<ReportCover>(p => p.Add(c => c.Report, report));
        var outlook = Render<MidtermOutlook>(p => p.Add(c => c.Report, report));

        Assert.Equal("长沙市“十五五”规划中期评估报告", cover.Find("h1").TextContent);
        Assert.Equal("长沙市“十五五”人力资源和社会保障事业发展规划（2026—2030年）", cover.Find(".report-plan").TextContent);
        Assert.Contains("截至2028年底（规划期第3年，时序进度60%）", cover.Find(".report-meta").TextContent, StringComparison.Ordinal);
        Assert.Equal("六、2029—2030年需完成的任务", outlook.Find("h2").TextContent);
        Assert.Contains("可评估的指标均已提前实现2030年目标。", outlook.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_list_summary_and_spans_follow_the_period()
    {
        Assert.Equal("2026—2030年规划，截至2028年（时序进度60%），含2029—2030年需完成的任务与评估结论", ReportText.MidtermSummary(Fifteenth));
        Assert.Equal("2021—2023年规划，截至2022年（时序进度67%），含2023年需完成的任务与评估结论", ReportText.MidtermSummary(new PlanPeriod(2021, 2023)));
        Assert.Equal("2026—2028年", ReportText.ElapsedSpan(Fifteenth, 2028));
        Assert.Equal(0.6m, ReportText.Elapsed(Fifteenth, 2028));
    }
}
