using PlanTracker.Domain.Reporting;

namespace PlanTracker.Domain.Tests.Reporting;

/// <summary>Which report statuses mark their figures as not yet approved, wherever figures are shown.</summary>
public class ReportStatusNamesTests
{
    [Theory]
    [InlineData(ReportStatus.Draft, true)]
    [InlineData(ReportStatus.Submitted, true)]
    [InlineData(ReportStatus.Returned, true)]
    [InlineData(ReportStatus.Approved, false)]
    public void Every_status_but_approved_is_unapproved(ReportStatus status, bool unapproved) =>
        Assert.Equal(unapproved, ((ReportStatus?)status).IsUnapproved());

    [Fact]
    public void A_status_not_recorded_is_not_marked() => Assert.False(((ReportStatus?)null).IsUnapproved());
}
