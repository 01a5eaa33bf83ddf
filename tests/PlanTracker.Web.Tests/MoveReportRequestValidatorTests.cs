using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Review;

namespace PlanTracker.Web.Tests;

/// <summary>The checks of a workflow move's comment, before any database is read.</summary>
public class MoveReportRequestValidatorTests
{
    private static readonly MoveReportRequestValidator Validator = new();

    private static IReadOnlyList<string> Errors(ReportAction action, string? text) =>
        [.. Validator.Validate(new MoveReportRequest(1, 2024, 7, action, text)).Errors.Select(e => e.ErrorMessage)];

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_return_says_what_to_change(string? text) =>
        Assert.Equal(["退回时请写明需要修改的内容（总体意见或逐项意见）。"], Errors(ReportAction.Return, text));

    private static IReadOnlyList<string> Errors(ReportAction action, string? text, params RowComment[] rows) =>
        [.. Validator.Validate(new MoveReportRequest(1, 2024, 7, action, text, rows)).Errors.Select(e => e.ErrorMessage)];

    [Fact]
    public void A_return_may_say_it_on_the_rows_alone() =>
        Assert.Empty(Errors(ReportAction.Return, null, new RowComment(ReportRow.Indicator(11), "与统计年报不一致，请核实")));

    [Fact]
    public void Row_comments_go_only_with_a_return()
    {
        Assert.Equal(["逐项意见只能随“退回”填写。"], Errors(ReportAction.Approve, "同意", new RowComment(ReportRow.Indicator(11), "很好")));
        Assert.Equal(["逐项意见只能随“退回”填写。"], Errors(ReportAction.Reopen, "统计局修订", new RowComment(ReportRow.Indicator(11), "改")));
    }

    [Fact]
    public void Each_row_has_one_comment_that_says_something_within_the_length_of_a_note()
    {
        Assert.Equal(["同一行只能有一条逐项意见。"], Errors(ReportAction.Return, null, new RowComment(ReportRow.Indicator(11), "核实"), new RowComment(ReportRow.Indicator(11), "再核实")));
        Assert.Equal(["逐项意见不能为空。"], Errors(ReportAction.Return, "见各行", new RowComment(ReportRow.Indicator(11), "  ")));
        Assert.Equal(["逐项意见最多 2000 字。"], Errors(ReportAction.Return, null, new RowComment(ReportRow.Indicator(11), new string('核', 2001))));
        Assert.Single(Errors(ReportAction.Return, null, new RowComment(ReportRow.Indicator(11), "请\u0000核实")));
    }

    [Fact]
    public void An_indicator_an_item_and_a_project_with_the_same_id_are_three_rows() =>
        Assert.Empty(Errors(ReportAction.Return, null,
            new RowComment(ReportRow.Indicator(11), "核实"), new RowComment(ReportRow.Item(11), "补充进展"), new RowComment(ReportRow.Project(11), "补充投资")));

    [Fact]
    public void More_row_comments_than_any_plan_has_rows_are_refused() =>
        Assert.Equal(
            ["逐项意见最多 500 条。"],
            Errors(ReportAction.Return, null, [.. Enumerable.Range(1, 501).Select(id => new RowComment(ReportRow.Indicator(id), "核实"))]));

    [Fact]
    public void A_reopen_says_why() =>
        Assert.Equal(["重新打开时请写明原因。"], Errors(ReportAction.Reopen, ""));

    [Fact]
    public void Submitting_and_approving_need_no_comment()
    {
        Assert.Empty(Errors(ReportAction.Submit, null));
        Assert.Empty(Errors(ReportAction.Approve, null));
    }

    [Fact]
    public void A_comment_is_at_most_as_long_as_a_note_and_clean_text()
    {
        Assert.Equal(["意见最多 2000 字。"], Errors(ReportAction.Approve, new string('同', 2001)));
        Assert.Single(Errors(ReportAction.Return, "请补充\u0000来源"));
    }
}
