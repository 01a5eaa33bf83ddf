using Bunit;
using PlanTracker.Domain.Progress;
using PlanTracker.Web.Components.Shared;
using PlanTracker.Web.Components.Tests.Dashboard;
using PlanTracker.Web.Features.Dashboard;

namespace PlanTracker.Web.Components.Tests.Shared;

/// <summary>Status chips carry the official category names (domain.md) and a class per status for their colour.</summary>
public class StatusBadgeTests : PortalComponentTest
{
    [Theory]
    [InlineData(ProgressStatus.AchievedEarly, "提前实现", "status-achievedearly")]
    [InlineData(ProgressStatus.Ahead, "快于预期", "status-ahead")]
    [InlineData(ProgressStatus.OnTrack, "基本符合预期", "status-ontrack")]
    [InlineData(ProgressStatus.Behind, "滞后", "status-behind")]
    [InlineData(ProgressStatus.SeverelyBehind, "严重滞后", "status-severelybehind")]
    [InlineData(ProgressStatus.NoData, "无数据", "status-nodata")]
    [InlineData(ProgressStatus.NotAssessable, "不评估", "status-notassessable")]
    public void A_status_is_a_chip_with_its_Chinese_name(ProgressStatus status, string text, string cssClass)
    {
        var chip = Render<StatusBadge>(p => p.Add(b => b.Status, status)).Find(".mud-chip");

        Assert.Equal(text, chip.TextContent.Trim());
        Assert.Contains("status-badge", chip.ClassList);
        Assert.Contains(cssClass, chip.ClassList);
        // A label, not a button: nothing to click.
        Assert.DoesNotContain("mud-clickable", chip.ClassList);
    }

    [Fact]
    public void The_status_summary_counts_each_status_once_in_the_official_order()
    {
        var dashboard = ChangshaPlan.Dashboard(2022, new Dictionary<string, YearValue[]>
        {
            ["城镇新增就业人数"] = [new(2021, 12.5m), new(2022, 12.3m)],
            ["失业保险参保人数"] = [new(2021, 185.49m), new(2022, 188.18m)],
        });

        var summary = Render<StatusSummary>(p => p.Add(s => s.Dashboard, dashboard));

        var counts = summary.FindAll(".status-count").Select(c => (Name: c.QuerySelectorAll("span")[1].TextContent, Count: c.QuerySelector(".count")!.TextContent)).ToList();
        Assert.Equal(["提前实现", "快于预期", "基本符合预期", "滞后", "严重滞后", "无数据", "不评估"], counts.Select(c => c.Name));
        // 城镇新增就业人数 基本符合预期, 失业保险参保人数 滞后; the other 11 have no value.
        Assert.Equal(["0", "0", "1", "1", "0", "11", "0"], counts.Select(c => c.Count));
    }
}
