using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Identity;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Overview;
using PlanTracker.Web.Features.ReportingYears;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Notifications;

public enum NoticeKind
{
    /// <summary>The city's report was returned: the reporter must change it (with the leader's comment).</summary>
    Returned,

    /// <summary>A submitted report waits for the city leader's review.</summary>
    AwaitsReview,

    /// <summary>A report not handed in nears its deadline or is past it.</summary>
    Deadline,

    /// <summary>For the province and admins: cities past a year's deadline without a submission.</summary>
    CitiesOverdue,
}

/// <summary>One thing the user must do, where to do it (<c>Action</c> names the link: 去修改, 去审核 …), and how pressing it is.</summary>
public sealed record Notice(NoticeKind Kind, string Title, string? Detail, string Href, ReminderLevel Level, string Action);

/// <summary>
/// 待办提醒: what the signed-in user must do now, worked out from the reports' state each time it is asked (nothing is
/// stored, so a notice goes away by itself once the work is done). A reporter: reports returned to them (with the
/// comment) and deadlines of reports not handed in (<see cref="DeadlineReminders"/>); a leader: reports waiting for their
/// review and the same deadlines; the province and admins: the cities past a year's deadline without a submission.
/// Most pressing first.
/// </summary>
public sealed class NotificationService(IDbContextFactory<PlanTrackerDbContext> contextFactory, ReportTaskService tasks, OverviewService overview, AccessGuard guard)
{
    public async Task<IReadOnlyList<Notice>> ForCurrentUserAsync(CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (user is null)
        {
            return [];
        }

        var notices = user.Role is Roles.CityReporter or Roles.CityLeader
            ? await ForCityAsync(user, cancellationToken)
            : await ForProvinceAsync(cancellationToken);
        return [.. notices.OrderByDescending(n => n.Level).ThenBy(n => n.Kind)];
    }

    private async Task<List<Notice>> ForCityAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var open = await tasks.ForCurrentUserAsync(cancellationToken);
        var leader = user.Role == Roles.CityLeader;
        var notices = new List<Notice>();
        var returned = open.Where(t => t.Status == ReportStatus.Returned).Select(t => t.Year).ToList();
        var comments = returned.Count == 0 ? new Dictionary<int, (string Author, string? Text)>() : await ReturnCommentsAsync(user.RegionId!.Value, returned, cancellationToken);
        foreach (var task in open)
        {
            var page = leader ? $"review?year={task.Year}" : $"progress?year={task.Year}";
            if (task.Status == ReportStatus.Returned && !leader)
            {
                var detail = comments.TryGetValue(task.Year, out var comment) ? $"{comment.Author}：{comment.Text}" : null;
                notices.Add(new(NoticeKind.Returned, $"{task.Year} 年报告被退回，请修改后重新提交", detail, page, ReminderLevel.Urgent, "去修改"));
            }

            if (task.WaitsForReview && leader)
            {
                notices.Add(new(NoticeKind.AwaitsReview, $"{task.Year} 年报告已提交，待您审核", null, page, ReminderLevel.Soon, "去审核"));
            }

            if (DeadlineReminders.For(task.DaysLeft, task.Status) is { } reminder)
            {
                notices.Add(new(NoticeKind.Deadline, $"{task.Year} 年报告{reminder.Text}", $"截止日期 {task.Deadline:yyyy-MM-dd}，当前状态：{task.StatusText}", page, reminder.Level, leader ? "去查看" : "去填报"));
            }
        }

        return notices;
    }

    private async Task<List<Notice>> ForProvinceAsync(CancellationToken cancellationToken)
    {
        if (await overview.MatrixAsync(cancellationToken) is not { } matrix)
        {
            return [];
        }

        return [.. matrix.Years
            .Select(year => (Year: year, Cities: matrix.Rows.Where(r => r.Cells.Any(c => c.Year == year && c.Overdue)).Select(r => r.City).ToList()))
            .Where(y => y.Cities.Count > 0)
            .OrderByDescending(y => y.Year)
            .Select(y => new Notice(NoticeKind.CitiesOverdue, $"{y.Year} 年有 {y.Cities.Count} 个市州逾期未提交", string.Join("、", y.Cities), "overview", ReminderLevel.Soon, "查看省级总览"))];
    }

    /// <summary>The latest 退回 comment of each of the city's returned years.</summary>
    private async Task<Dictionary<int, (string Author, string? Text)>> ReturnCommentsAsync(int regionId, IReadOnlyCollection<int> years, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var comments = await (
            from comment in context.ReportComments.AsNoTracking()
            join report in context.CityYearReports on comment.CityYearReportId equals report.Id
            where report.RegionId == regionId && years.Contains(report.Year) && comment.Action == nameof(ReportAction.Return)
            orderby comment.Id
            // People by their display name (a login name only for an account since removed).
            select new { report.Year, Author = context.Users.Where(u => u.UserName == comment.Author).Select(u => u.DisplayName).FirstOrDefault() ?? comment.Author, comment.Text })
            .ToListAsync(cancellationToken);
        return comments.GroupBy(c => c.Year).ToDictionary(g => g.Key, g => (g.Last().Author, (string?)g.Last().Text));
    }
}
