using Bunit;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.ReportingYears;

namespace PlanTracker.Web.Components.Tests.Progress;

/// <summary>我的填报任务 / 待我审核 for 长沙 (seeds/001: 13 main indicators in 专栏2; 25 numbered items in 专栏3–9, no projects).</summary>
public class TaskListTests : PortalComponentTest
{
    private const int ChangshaRegion = 2;

    private static readonly ReportTask Overdue2024 = new(ChangshaRegion, 2024, new DateOnly(2025, 3, 31), -3, ReportStatus.Draft, 13,
        ["城镇调查失业率", "城镇登记失业率", "失业保险参保人数", "工伤保险参保人数"], 25, 2);

    private static readonly ReportTask Submitted2023 = new(ChangshaRegion, 2023, new DateOnly(2024, 3, 31), -368, ReportStatus.Submitted, 13, [], 25, 0);

    private static readonly ReportTask NotStarted2025 = new(ChangshaRegion, 2025, new DateOnly(2026, 3, 31), 0, null, 13, [], 25, 0);

    [Fact]
    public void A_reporter_sees_deadline_days_left_status_and_what_is_still_empty()
    {
        var cut = Render<TaskList>(p => p.Add(t => t.Tasks, [Submitted2023, Overdue2024, NotStarted2025]));

        Assert.Equal("我的填报任务", cut.Find("h2").TextContent);
        var overdue = cut.Find("tr[data-year='2024']");
        Assert.Contains("task-overdue", overdue.ClassList);
        Assert.Equal("已逾期 3 天", overdue.QuerySelector("[data-testid='task-days']")!.TextContent);
        Assert.Equal("草稿", overdue.QuerySelector("[data-testid='task-status']")!.TextContent);
        Assert.Equal("4/13 项指标（城镇调查失业率、城镇登记失业率、失业保险参保人数 等）；2/25 个专栏事项或项目", overdue.QuerySelector("[data-testid='task-empty']")!.TextContent);
        Assert.Equal(("去填报", "progress?year=2024"), Link(overdue));

        var submitted = cut.Find("tr[data-year='2023']");
        Assert.Equal(("—", "已提交", "已全部填写"), (Text(submitted, "task-days"), Text(submitted, "task-status"), Text(submitted, "task-empty")));
        Assert.Equal(("查看", "progress?year=2023"), Link(submitted));
        Assert.DoesNotContain("task-overdue", submitted.ClassList);

        var notStarted = cut.Find("tr[data-year='2025']");
        Assert.Equal(("今天截止", "未开始"), (Text(notStarted, "task-days"), Text(notStarted, "task-status")));
    }

    [Fact]
    public void A_leader_sees_what_waits_for_review_and_goes_to_the_review_page()
    {
        var cut = Render<TaskList>(p => p.Add(t => t.Tasks, [Submitted2023, Overdue2024]).Add(t => t.Leader, true));

        Assert.Equal("待我审核", cut.Find("h2").TextContent);
        Assert.Equal("有 1 个年度的报告等待您审核。", cut.Find("[data-testid='tasks-waiting']").TextContent);
        var waiting = cut.Find("tr[data-year='2023']");
        Assert.Contains("task-waiting", waiting.ClassList);
        Assert.Equal(("去审核", $"review?city={ChangshaRegion}&year=2023"), Link(waiting));
        Assert.Equal(("查看", $"review?city={ChangshaRegion}&year=2024"), Link(cut.Find("tr[data-year='2024']")));
    }

    [Fact]
    public void No_open_year_and_loading_have_their_own_texts()
    {
        Assert.Contains("当前没有开放的填报年度", Render<TaskList>(p => p.Add(t => t.Tasks, [])).Markup, StringComparison.Ordinal);
        var leader = Render<TaskList>(p => p.Add(t => t.Tasks, [Overdue2024]).Add(t => t.Leader, true));
        Assert.Equal("目前没有等待审核的报告。", leader.Find("[data-testid='tasks-waiting']").TextContent);
        Assert.NotNull(Render<TaskList>(p => p.Add(t => t.Tasks, null)).Find(".mud-progress-linear"));
    }

    private static string Text(AngleSharp.Dom.IElement row, string testId) => row.QuerySelector($"[data-testid='{testId}']")!.TextContent;

    private static (string Text, string? Href) Link(AngleSharp.Dom.IElement row)
    {
        var link = row.QuerySelector("a")!;
        return (link.TextContent.Trim(), link.GetAttribute("href"));
    }
}
