using Bunit;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Dashboard;

namespace PlanTracker.Web.Components.Tests.Dashboard;

/// <summary>
/// A figure on unapproved values says so where it stands: 长沙's 城镇新增就业人数 (seeds/001, [75]) with 12.5 in 2021
/// (approved) and 12.3 in 2022 (submitted) reads "累计 24.8（2022）已提交" with a hatched bar; with 2022 approved too the
/// figure carries no mark. The line above the table lists each year's report status and what the 数据范围 left out.
/// </summary>
public class UnreviewedFigureTests : PortalComponentTest
{
    private static readonly Dictionary<string, YearValue[]> Values = new() { ["城镇新增就业人数"] = [new(2021, 12.5m), new(2022, 12.3m)] };

    [Fact]
    public void A_total_using_a_submitted_year_carries_its_status_and_a_hatched_bar()
    {
        var jobs = Jobs(new() { [2021] = ReportStatus.Approved, [2022] = ReportStatus.Submitted });

        var latest = Render<LatestValue>(p => p.Add(c => c.Indicator, jobs));
        var bar = Render<CompletionBar>(p => p.Add(c => c.Progress, jobs.Progress).Add(c => c.Unreviewed, jobs.UnapprovedYears.Count > 0));

        Assert.Equal("累计 24.8（2022）已提交", string.Concat(latest.Nodes.Select(n => n.TextContent)).Trim());
        Assert.Equal("已提交，尚未审核通过", latest.Find("[data-testid=unreviewed-mark]").GetAttribute("title"));
        Assert.Contains("is-unreviewed", bar.Find(".completion-fill").ClassList);
    }

    [Fact]
    public void A_figure_on_approved_years_only_has_no_mark()
    {
        var jobs = Jobs(new() { [2021] = ReportStatus.Approved, [2022] = ReportStatus.Approved });

        var latest = Render<LatestValue>(p => p.Add(c => c.Indicator, jobs));
        var bar = Render<CompletionBar>(p => p.Add(c => c.Progress, jobs.Progress).Add(c => c.Unreviewed, jobs.UnapprovedYears.Count > 0));

        Assert.Empty(latest.FindAll("[data-testid=unreviewed-mark]"));
        Assert.DoesNotContain("is-unreviewed", bar.Find(".completion-fill").ClassList);
    }

    [Fact]
    public void The_review_line_lists_each_years_status_and_what_the_scope_left_out()
    {
        var dashboard = ChangshaPlan.Dashboard(2023, Values) with
        {
            Scope = ValueScope.Approved,
            ReportStatuses = new Dictionary<int, ReportStatus> { [2021] = ReportStatus.Approved, [2022] = ReportStatus.Returned },
            HiddenValues = 3,
        };

        var line = Render<YearReviewLine>(p => p.Add(c => c.Dashboard, dashboard));

        Assert.Equal(["2021", "2022", "2023"], line.FindAll(".year-review").Select(y => y.GetAttribute("data-year")));
        Assert.Equal(["approved", "returned", "none"], line.FindAll(".year-review").Select(y => y.GetAttribute("data-status")));
        Assert.Equal(["2021已审核", "2022已退回", "2023未开始"], line.FindAll(".year-review").Select(y => y.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).Trim()));
        Assert.Contains("仅已审核数据", line.Find("[data-testid=scope-note]").TextContent, StringComparison.Ordinal);
        Assert.Contains("另有 3 个未审核数值未计入", line.Find("[data-testid=hidden-values]").TextContent, StringComparison.Ordinal);
    }

    private static DashboardIndicator Jobs(Dictionary<int, ReportStatus> statuses) =>
        ChangshaPlan.Indicators(Values).Single(i => i.Name == "城镇新增就业人数") with { YearStatuses = statuses };
}
