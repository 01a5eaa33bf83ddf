using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Web.Features.Reports;

namespace PlanTracker.Web.Components.Tests.Reports;

/// <summary>长沙's report on a plan of the given period, without indicators: what the cover, headings and spans print.</summary>
internal static class ReportSamples
{
    public static MonitoringReport Report(
        PlanPeriod period, int year, bool midterm, ReportStatus? status = null, DateTimeOffset? approvedAt = null, DateTimeOffset? generatedAt = null) =>
        new(
            new CityDashboard(2, "长沙市", 2, $"长沙市{period.Name}人力资源和社会保障事业发展规划", period, year, [], [], []),
            midterm,
            status,
            approvedAt,
            false,
            generatedAt ?? new DateTimeOffset(period.LastYear, 12, 1, 10, 30, 0, TimeSpan.FromHours(8)),
            []);
}
