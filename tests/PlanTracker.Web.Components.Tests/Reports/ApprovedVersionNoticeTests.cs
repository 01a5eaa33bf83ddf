using Bunit;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Reports;

namespace PlanTracker.Web.Components.Tests.Reports;

/// <summary>Above an approved year's report: which figures it shows, how many changed since, and the other view one click away.</summary>
public class ApprovedVersionNoticeTests : PortalComponentTest
{
    private static readonly DateTimeOffset Approved = new(2026, 3, 20, 9, 15, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_report_never_approved_has_no_notice()
    {
        var notice = Render<ApprovedVersionNotice>(p => p.Add(n => n.Report, Report()));

        Assert.Empty(notice.FindAll("[data-testid=approved-version]"));
    }

    [Fact]
    public void As_approved_it_counts_the_changes_and_offers_the_figures_of_now()
    {
        var notice = Render<ApprovedVersionNotice>(p => p.Add(n => n.Report, Report() with { ApprovedAs = Approved, ShowsApproved = true, Changed = new HashSet<int> { 3, 5 } }));

        Assert.Contains("本报告按 2026年3月20日 09:15 审核通过时的数据显示", notice.Markup, StringComparison.Ordinal);
        Assert.Contains("审核后有 2 项指标的数据、目标或评估发生变化", notice.Markup, StringComparison.Ordinal);
        Assert.Equal("reports/annual?city=2&year=2025&view=current", notice.Find("[data-testid=view-current]").GetAttribute("href"));
    }

    [Fact]
    public void As_of_now_it_links_back_to_the_approved_report()
    {
        var notice = Render<ApprovedVersionNotice>(p => p.Add(n => n.Report, Report() with { ApprovedAs = Approved, Changed = new HashSet<int>() }));

        Assert.Contains("当前显示最新数据，与 2026年3月20日 审核通过时相比没有变化", notice.Markup, StringComparison.Ordinal);
        Assert.Equal("reports/annual?city=2&year=2025", notice.Find("[data-testid=view-approved]").GetAttribute("href"));
    }

    private static MonitoringReport Report() => ReportSamples.Report(new PlanPeriod(2021, 2025), 2025, midterm: false, ReportStatus.Approved, Approved);
}
