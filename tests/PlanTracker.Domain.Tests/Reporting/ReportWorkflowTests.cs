using PlanTracker.Domain.Reporting;

namespace PlanTracker.Domain.Tests.Reporting;

public class ReportWorkflowTests
{
    [Theory]
    [InlineData(ReportStatus.Draft, ReportAction.Submit, ReportStatus.Submitted)]
    [InlineData(ReportStatus.Returned, ReportAction.Submit, ReportStatus.Submitted)]
    [InlineData(ReportStatus.Submitted, ReportAction.Approve, ReportStatus.Approved)]
    [InlineData(ReportStatus.Submitted, ReportAction.Return, ReportStatus.Returned)]
    [InlineData(ReportStatus.Approved, ReportAction.Reopen, ReportStatus.Returned)]
    public void Allowed_moves(ReportStatus from, ReportAction action, ReportStatus to) =>
        Assert.Equal(to, ReportWorkflow.Next(from, action));

    [Theory]
    [InlineData(ReportStatus.Draft, ReportAction.Approve)]
    [InlineData(ReportStatus.Draft, ReportAction.Return)]
    [InlineData(ReportStatus.Submitted, ReportAction.Submit)]
    [InlineData(ReportStatus.Approved, ReportAction.Submit)]
    [InlineData(ReportStatus.Approved, ReportAction.Approve)]
    [InlineData(ReportStatus.Returned, ReportAction.Approve)]
    [InlineData(ReportStatus.Draft, ReportAction.Reopen)]
    public void Refused_moves(ReportStatus from, ReportAction action) =>
        Assert.Null(ReportWorkflow.Next(from, action));

    [Fact]
    public void Only_drafts_and_returned_years_are_editable()
    {
        Assert.True(ReportWorkflow.IsEditable(ReportStatus.Draft));
        Assert.True(ReportWorkflow.IsEditable(ReportStatus.Returned));
        Assert.False(ReportWorkflow.IsEditable(ReportStatus.Submitted));
        Assert.False(ReportWorkflow.IsEditable(ReportStatus.Approved));
    }
}
