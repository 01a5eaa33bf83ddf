using Bunit;
using PlanTracker.Web.Features.Progress.Review;

namespace PlanTracker.Web.Components.Tests.Progress;

/// <summary>审核记录: each step as a chip with who and when (China time) and the comment, oldest first.</summary>
public class ReviewThreadListTests : PortalComponentTest
{
    [Fact]
    public void Each_step_shows_its_chip_author_time_and_comment()
    {
        IReadOnlyList<ReviewComment> comments =
        [
            new("Submit", null, new DateTimeOffset(2024, 3, 10, 2, 0, 0, TimeSpan.Zero), "长沙填报员", []),
            new("Return", "请补充失业保险参保人数的数据来源", new DateTimeOffset(2024, 3, 11, 1, 30, 0, TimeSpan.Zero), "长沙审核人", [new(ReportRow.Indicator(7), "城镇新增就业人数", "与统计年报不一致")]),
            new("Submit", null, new DateTimeOffset(2024, 3, 12, 3, 0, 0, TimeSpan.Zero), "长沙填报员", []),
            new("Approve", "同意", new DateTimeOffset(2024, 3, 13, 8, 0, 0, TimeSpan.Zero), "长沙审核人", []),
        ];

        var cut = Render<ReviewThreadList>(p => p.Add(t => t.Comments, comments));

        var steps = cut.FindAll("li.review-step");
        Assert.Equal(["提交审核", "退回", "提交审核", "审核通过"], steps.Select(s => s.QuerySelector(".mud-chip")!.TextContent.Trim()));
        Assert.Equal(["长沙填报员", "长沙审核人", "长沙填报员", "长沙审核人"], steps.Select(s => s.QuerySelector("strong")!.TextContent));
        Assert.Equal("2024-03-11 09:30", steps[1].QuerySelector(".muted")!.TextContent);
        Assert.Equal("请补充失业保险参保人数的数据来源", steps[1].QuerySelector(".review-step-text")!.TextContent);
        Assert.Null(steps[0].QuerySelector(".review-step-text"));
        Assert.Equal(["城镇新增就业人数：与统计年报不一致"], steps[1].QuerySelectorAll(".review-row-comments li").Select(li => li.TextContent));
        Assert.Null(steps[3].QuerySelector(".review-row-comments"));
        Assert.Contains("mud-chip-color-error", steps[1].QuerySelector(".mud-chip")!.ClassName, StringComparison.Ordinal);
        Assert.Contains("mud-chip-color-success", steps[3].QuerySelector(".mud-chip")!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void No_steps_yet_says_so_and_loading_shows_progress()
    {
        var empty = Render<ReviewThreadList>(p => p.Add(t => t.Comments, []));
        Assert.Equal("暂无提交或审核记录。", empty.Find("p.muted").TextContent);

        var loading = Render<ReviewThreadList>(p => p.Add(t => t.Comments, null));
        Assert.NotNull(loading.Find(".mud-progress-linear"));
        Assert.Empty(loading.FindAll("li"));
    }

    [Fact]
    public void An_action_stored_under_an_unknown_name_is_shown_as_stored()
    {
        var cut = Render<ReviewThreadList>(p => p.Add(t => t.Comments, [new ReviewComment("Archive", null, DateTimeOffset.UnixEpoch, "admin", [])]));

        Assert.Equal("Archive", cut.Find(".mud-chip").TextContent.Trim());
    }
}
