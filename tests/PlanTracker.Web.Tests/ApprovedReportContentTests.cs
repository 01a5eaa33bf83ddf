using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Web.Features.Reports;

namespace PlanTracker.Web.Tests;

/// <summary>
/// A kept report reads back as it was written: the period (a struct with two constructors), the engine's result, a
/// 规划调整 in force and the notes; and <see cref="ApprovedReports.Differences"/> finds exactly the rows that changed.
/// </summary>
public class ApprovedReportContentTests
{
    private static readonly PlanPeriod Fifteenth = new(2026, 2030);

    [Fact]
    public void A_kept_report_reads_back_with_its_period_progress_adjustment_and_notes()
    {
        var content = new ApprovedReportContent(Dashboard(Insured(216m)), [new ReportNote("失业保险参保人数", true, 2027, "说明", "市统计局", true, "原因", "措施")], HasDemoValues: false);

        var back = ApprovedReports.Deserialize(ApprovedReports.Serialize(content))!;

        Assert.Equal(Fifteenth, back.Dashboard.Period);
        var row = Assert.Single(back.Dashboard.Indicators);
        Assert.Equal(Fifteenth, row.Period);
        // (216 − 212.7) / (230 − 212.7) = 19%, τ 40%: 滞后 — kept exactly as the engine said it.
        Assert.Equal(content.Dashboard.Indicators[0].Progress, row.Progress);
        Assert.Equal((2027, ProgressStatus.Behind), (row.Progress.LatestYear, row.Progress.Status));
        Assert.Equal(("230", "长政办函〔2027〕1号", 2027), (row.Adjustment!.Target.Text, row.Adjustment.DocumentNumber, row.Adjustment.EffectiveYear));
        Assert.Equal([new YearValue(2026, 214m), new YearValue(2027, 216m)], row.Values);
        Assert.Equal(content.Notes, back.Notes);
        Assert.Empty(ApprovedReports.Differences(content.Dashboard, back.Dashboard));
    }

    [Fact]
    public void Only_the_rows_whose_figure_status_or_target_in_force_changed_differ()
    {
        var approved = Dashboard(Insured(216m), Employment(15m));
        var revised = Dashboard(Insured(218m), Employment(15m));
        var adjusted = Dashboard(Insured(216m) with { Adjustment = null }, Employment(15m));

        Assert.Equal([1], ApprovedReports.Differences(approved, revised));
        Assert.Equal([1], ApprovedReports.Differences(approved, adjusted));
        Assert.Equal([1, 2], ApprovedReports.Differences(approved, Dashboard()).Order());
    }

    private static CityDashboard Dashboard(params DashboardIndicator[] indicators) =>
        new(2, "长沙市", 7, "长沙市“十五五”人力资源和社会保障事业发展规划", Fifteenth, 2027, indicators, [], []);

    private static DashboardIndicator Insured(decimal value2027)
    {
        var values = new[] { new YearValue(2026, 214m), new YearValue(2027, value2027) };
        var progress = ProgressEngine.Evaluate(Measure.Parse("212.7"), Measure.Parse("230"), false, true, values, Fifteenth);
        return new DashboardIndicator(1, "社会保障", 7, "失业保险参保人数", "万人", "212.7", "235", 212.7m, 235m, false, true, false, values, progress, Fifteenth)
        {
            Adjustment = new TargetAdjustment { IndicatorId = 1, EffectiveYear = 2027, Target = Measure.Parse("230"), DocumentNumber = "长政办函〔2027〕1号", ApprovedOn = new DateOnly(2027, 2, 1), CreatedBy = "admin" },
        };
    }

    private static DashboardIndicator Employment(decimal value2027)
    {
        var values = new[] { new YearValue(2027, value2027) };
        var progress = ProgressEngine.Evaluate(Measure.Parse("[75]"), Measure.Parse("[80]"), true, false, values, Fifteenth);
        return new DashboardIndicator(2, "就业", 1, "城镇新增就业人数", "万人", "[75]", "[80]", 75m, 80m, true, false, false, values, progress, Fifteenth);
    }
}
