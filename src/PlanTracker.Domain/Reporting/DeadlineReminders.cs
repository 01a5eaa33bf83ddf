namespace PlanTracker.Domain.Reporting;

public enum ReminderLevel
{
    /// <summary>Within a week of the deadline.</summary>
    Notice,

    /// <summary>Within three days.</summary>
    Soon,

    /// <summary>Due today or tomorrow, or overdue.</summary>
    Urgent,
}

/// <summary>A reminder of a report's deadline: what it says and how pressing it is.</summary>
public sealed record DeadlineReminder(string Text, ReminderLevel Level);

/// <summary>
/// When a report not yet handed in (not submitted, not approved) is reminded of its deadline: from 7 days before it
/// (提醒), 3 days (临近), 1 day and the day itself (紧急), and every day after it (已逾期 N 天). Pure; the days are counted in
/// China Standard Time by the caller (<see cref="ReportingYear.DaysLeft"/>).
/// </summary>
public static class DeadlineReminders
{
    public const int FirstReminderDays = 7;
    public const int SoonDays = 3;

    public static DeadlineReminder? For(int daysLeft, ReportStatus? status)
    {
        if (status is ReportStatus.Submitted or ReportStatus.Approved || daysLeft > FirstReminderDays)
        {
            return null;
        }

        return daysLeft switch
        {
            < 0 => new($"已逾期 {-daysLeft} 天", ReminderLevel.Urgent),
            0 => new("今天截止", ReminderLevel.Urgent),
            1 => new("明天截止", ReminderLevel.Urgent),
            <= SoonDays => new($"还有 {daysLeft} 天截止", ReminderLevel.Soon),
            _ => new($"还有 {daysLeft} 天截止", ReminderLevel.Notice),
        };
    }
}
