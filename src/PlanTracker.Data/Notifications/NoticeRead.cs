namespace PlanTracker.Data.Notifications;

/// <summary>
/// A 待办提醒 a person has read. Notices are worked out from the reports each time; each has a key naming its
/// occurrence (this return, this submission, this reminder level), so a new occurrence is unread again.
/// </summary>
public class NoticeRead
{
    public required string UserName { get; set; }

    public required string NoticeKey { get; set; }

    public DateTimeOffset ReadAt { get; set; }
}
