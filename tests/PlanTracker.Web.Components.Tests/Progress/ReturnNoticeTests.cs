using Bunit;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Review;

namespace PlanTracker.Web.Components.Tests.Progress;

/// <summary>The returned report's notice at the top of the entry form: the leader's words, when (China time), each commented row as a link to it.</summary>
public class ReturnNoticeTests : PortalComponentTest
{
    [Fact]
    public void The_comment_and_each_commented_row_are_shown_and_a_row_link_asks_for_that_row()
    {
        var comment = new ReviewComment("Return", "请按各行意见修改", new DateTimeOffset(2024, 3, 11, 1, 30, 0, TimeSpan.Zero), "长沙审核人",
            [new(ReportRow.Indicator(7), "城镇新增就业人数", "请注明数据来源"), new(ReportRow.Indicator(9), "城镇登记失业率", "与通报数不一致")]);
        var asked = new List<ReportRow>();

        var cut = Render<ReturnNotice>(p => p.Add(n => n.Comment, comment).Add(n => n.OnGoToRow, id => asked.Add(id)));

        Assert.Equal("长沙审核人 · 2024-03-11 09:30", cut.Find(".muted").TextContent);
        Assert.Equal("请按各行意见修改", cut.Find(".return-notice-text").TextContent);
        Assert.Equal(["城镇新增就业人数：请注明数据来源", "城镇登记失业率：与通报数不一致"], cut.FindAll(".return-notice-rows li").Select(li => li.TextContent));
        cut.FindAll("[data-testid='return-notice-row']")[1].Click();
        Assert.Equal([ReportRow.Indicator(9)], asked);
    }

    [Fact]
    public void A_return_without_row_comments_shows_only_its_words()
    {
        var comment = new ReviewComment("Return", "请补充数据来源", DateTimeOffset.UnixEpoch, "长沙审核人", []);

        var cut = Render<ReturnNotice>(p => p.Add(n => n.Comment, comment));

        Assert.Equal("请补充数据来源", cut.Find(".return-notice-text").TextContent);
        Assert.Empty(cut.FindAll(".return-notice-rows"));
    }

    [Fact]
    public void A_commented_item_is_a_link_to_that_item()
    {
        var comment = new ReviewComment("Return", null, DateTimeOffset.UnixEpoch, "湘西审核人", [new(ReportRow.Item(12), "落实高校毕业生“三支一扶”计划（专栏3）", "请写明招募人数")]);
        var asked = new List<ReportRow>();

        var cut = Render<ReturnNotice>(p => p.Add(n => n.Comment, comment).Add(n => n.OnGoToRow, row => asked.Add(row)));

        Assert.Equal("逐项意见 1 条（点名称转到该行）：", cut.Find(".return-notice-lead").TextContent);
        cut.Find("[data-testid='return-notice-row']").Click();
        Assert.Equal([ReportRow.Item(12)], asked);
    }
}
