using PlanTracker.Domain.Reporting;

namespace PlanTracker.Domain.Tests.Reporting;

/// <summary>Deadline reminders 7, 3 and 1 days ahead and once overdue; nothing for a report handed in.</summary>
public class DeadlineRemindersTests
{
    [Theory]
    [InlineData(8, null, null)]
    [InlineData(7, "还有 7 天截止", ReminderLevel.Notice)]
    [InlineData(4, "还有 4 天截止", ReminderLevel.Notice)]
    [InlineData(3, "还有 3 天截止", ReminderLevel.Soon)]
    [InlineData(2, "还有 2 天截止", ReminderLevel.Soon)]
    [InlineData(1, "明天截止", ReminderLevel.Urgent)]
    [InlineData(0, "今天截止", ReminderLevel.Urgent)]
    [InlineData(-12, "已逾期 12 天", ReminderLevel.Urgent)]
    public void A_report_not_handed_in_is_reminded_from_a_week_before(int daysLeft, string? text, ReminderLevel? level)
    {
        var reminder = DeadlineReminders.For(daysLeft, ReportStatus.Draft);

        Assert.Equal(text, reminder?.Text);
        Assert.Equal(level, reminder?.Level);
        Assert.Equal(reminder, DeadlineReminders.For(daysLeft, null));
        Assert.Equal(reminder, DeadlineReminders.For(daysLeft, ReportStatus.Returned));
    }

    [Theory]
    [InlineData(ReportStatus.Submitted)]
    [InlineData(ReportStatus.Approved)]
    public void A_report_handed_in_is_not_reminded(ReportStatus status)
    {
        Assert.Null(DeadlineReminders.For(1, status));
        Assert.Null(DeadlineReminders.For(-30, status));
    }
}
