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
        Assert.Equal(["退回时请写明需要修改的内容。"], Errors(ReportAction.Return, text));

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
