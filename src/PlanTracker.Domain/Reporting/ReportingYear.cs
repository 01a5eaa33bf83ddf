namespace PlanTracker.Domain.Reporting;

/// <summary>
/// A reporting year for every city: its deadline (填报截止日期) and whether an admin has closed it. A closed year
/// accepts nothing — no values, no progress, no submission.
/// </summary>
public class ReportingYear
{
    public int Year { get; set; }

    public DateOnly Deadline { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }

    /// <summary>PostgreSQL's xmin: two admins changing the same year do not overwrite each other.</summary>
    public uint Version { get; set; }

    public bool IsClosed => ClosedAt is not null;

    /// <summary>The default deadline: the end of March after the year, when the year's statistics are out.</summary>
    public static DateOnly DefaultDeadline(int year) => new(year + 1, 3, 31);

    /// <summary>Days from today to the deadline (0 on the day itself, negative once it has passed).</summary>
    public int DaysLeft(DateOnly today) => Deadline.DayNumber - today.DayNumber;
}
