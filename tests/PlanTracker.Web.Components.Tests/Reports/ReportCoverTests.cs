using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Components.Layout;
using PlanTracker.Web.Features.Reports;

namespace PlanTracker.Web.Components.Tests.Reports;

/// <summary>The report's cover names the portal, the issuing unit (configured, else the city's bureau) and the date.</summary>
public class ReportCoverTests : PortalComponentTest
{
    private static readonly DateTimeOffset Generated = new(2026, 12, 1, 10, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Without_a_configured_unit_the_city_bureau_issues_the_report_on_the_day_it_was_generated()
    {
        var cover = Render<ReportCover>(p => p.Add(c => c.Report, Report(ReportStatus.Submitted)));

        Assert.Equal("长沙市人力资源和社会保障局", cover.Find(".report-issuing-unit").TextContent);
        Assert.Equal("2026年12月1日", cover.Find(".report-date").TextContent);
        Assert.Equal(PortalBranding.DefaultName, cover.Find(".report-kicker").TextContent);
        Assert.Equal("长沙市2023年度规划实施监测报告", cover.Find("h1").TextContent);
        Assert.NotNull(cover.Find("[data-testid=stamp-unapproved]"));
    }

    [Fact]
    public void A_configured_portal_name_and_issuing_unit_appear_on_the_cover()
    {
        Services.Configure<PortalBranding>(b =>
        {
            b.Name = "长沙市人力资源和社会保障局 规划监测平台";
            b.IssuingUnit = "长沙市人力资源和社会保障局规划财务处";
        });

        var cover = Render<ReportCover>(p => p.Add(c => c.Report, Report(ReportStatus.Approved)));

        Assert.Equal("长沙市人力资源和社会保障局规划财务处", cover.Find(".report-issuing-unit").TextContent);
        Assert.Equal("长沙市人力资源和社会保障局 规划监测平台", cover.Find(".report-kicker").TextContent);
        Assert.Empty(cover.FindAll("[data-testid=stamp-unapproved]"));
    }

    private static MonitoringReport Report(ReportStatus status) =>
        ReportSamples.Report(new PlanPeriod(2021, 2025), 2023, midterm: false, status, status == ReportStatus.Approved ? Generated.AddDays(-3) : null, Generated);
}
