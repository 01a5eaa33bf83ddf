using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Identity;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Overview;
using PlanTracker.Web.Features.Progress.Review;
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

/// <summary>
/// One thing the user must do, where to do it (<c>Action</c> names the link: 去修改, 去审核 …), and how pressing it is.
/// <c>Key</c> names this occurrence (this return, this submission, this reminder level): read once, it stays read
/// until a new occurrence comes.
/// </summary>
public sealed record Notice(NoticeKind Kind, string Title, string? Detail, string Href, ReminderLevel Level, string Action, string Key)
{
    public bool IsRead { get; init; }
}

/// <summary>
/// 待办提醒: what the signed-in user must do now, worked out from the reports' state each time it is asked (nothing is
/// stored, so a notice goes away by itself once the work is done). A reporter: reports returned to them (with the
/// comment) and deadlines of reports not handed in (<see cref="DeadlineReminders"/>); a leader: reports waiting for their
/// review and the same deadlines; the province and admins: the cities past a year's deadline without a submission.
/// Most pressing first. What each person has read is kept (<c>notice_reads</c>); the bell counts the unread ones.
/// </summary>
public sealed class NotificationService(IDbContextFactory<PlanTrackerDbContext> contextFactory, ReportTaskService tasks, ReportReviewService review, OverviewService overview, AccessGuard guard, TimeProvider clock)
{
    /// <summary>Read marks are kept this long; a notice older than that is long done or long seen.</summary>
    public static readonly TimeSpan ReadKept = TimeSpan.FromDays(400);

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
        if (notices.Count == 0)
        {
            return [];
        }

        var keys = notices.Select(n => n.Key).ToList();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var read = (await context.NoticeReads.AsNoTracking().Where(r => r.UserName == user.UserName && keys.Contains(r.NoticeKey)).Select(r => r.NoticeKey).ToListAsync(cancellationToken)).ToHashSet();
        return [.. notices.Select(n => n with { IsRead = read.Contains(n.Key) }).OrderByDescending(n => n.Level).ThenBy(n => n.Kind)];
    }

    /// <summary>Marks the signed-in user's notices with these keys read (keys of notices they are not shown are ignored).</summary>
    public async Task MarkReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (user is null || keys.Count == 0)
        {
            return;
        }

        // Only what this person is shown now: a hostile key list marks nothing else and stays small.
        var shown = (await ForCurrentUserAsync(cancellationToken)).Where(n => keys.Contains(n.Key) && !n.IsRead).Select(n => n.Key).ToList();
        var now = clock.GetUtcNow();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        foreach (var key in shown)
        {
            await context.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO notice_reads (user_name, notice_key, read_at) VALUES ({user.UserName}, {key}, {now})
                ON CONFLICT (user_name, notice_key) DO NOTHING
                """, cancellationToken);
        }

        var old = now - ReadKept;
        await context.NoticeReads.Where(r => r.UserName == user.UserName && r.ReadAt < old).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<List<Notice>> ForCityAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var open = await tasks.ForCurrentUserAsync(cancellationToken);
        var leader = user.Role == Roles.CityLeader;
        var notices = new List<Notice>();
        foreach (var task in open)
        {
            var page = leader ? $"review?year={task.Year}" : $"progress?year={task.Year}";
            if (task.Status == ReportStatus.Returned && !leader)
            {
                notices.Add(await ReturnedAsync(user.RegionId!.Value, task.Year, page, cancellationToken));
            }

            if (task.WaitsForReview && leader)
            {
                // Each submission is its own notice: a report handed in again after a return is unread again.
                var submitted = await review.LatestMoveAsync(task.RegionId, task.Year, ReportAction.Submit, cancellationToken);
                notices.Add(new(NoticeKind.AwaitsReview, $"{task.Year} 年报告已提交，待您审核", null, page, ReminderLevel.Soon, "去审核",
                    $"review:{task.RegionId}:{task.Year}:{submitted?.WrittenAt.ToUnixTimeMilliseconds()}"));
            }

            if (DeadlineReminders.For(task.DaysLeft, task.Status) is { } reminder)
            {
                // A reminder that grows more pressing (临近 → 紧急 → 已逾期) is a new notice; 已逾期 N 天 is one until handed in.
                notices.Add(new(NoticeKind.Deadline, $"{task.Year} 年报告{reminder.Text}", $"截止日期 {task.Deadline:yyyy-MM-dd}，当前状态：{task.StatusText}", page, reminder.Level, leader ? "去查看" : "去填报",
                    $"deadline:{task.RegionId}:{task.Year}:{task.Deadline:yyyyMMdd}:{reminder.Level}"));
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
            .Select(y => new Notice(NoticeKind.CitiesOverdue, $"{y.Year} 年有 {y.Cities.Count} 个市州逾期未提交", string.Join("、", y.Cities), "overview", ReminderLevel.Soon, "查看省级总览",
                $"overdue:{y.Year}:{Fingerprint(y.Cities)}"))];
    }

    /// <summary>A short fingerprint of which cities are overdue: another city late makes it a new notice.</summary>
    private static string Fingerprint(IEnumerable<string> cities) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", cities))))[..16];

    /// <summary>A returned report: the leader's comment, and a link to the first row they commented on, where the entry form opens.</summary>
    private async Task<Notice> ReturnedAsync(int regionId, int year, string page, CancellationToken cancellationToken)
    {
        var comment = await review.CurrentReturnAsync(regionId, year, cancellationToken);
        var rows = comment?.Rows ?? [];
        var detail = comment is null ? null
            : $"{comment.Author}：{comment.Text ?? "见逐项意见"}" + (rows.Count == 0 ? string.Empty : $"；逐项意见 {rows.Count} 条：{string.Join("、", rows.Select(r => r.Name))}");
        var href = rows.Count == 0 ? page : $"{page}&{rows[0].Row.Query}";
        return new(NoticeKind.Returned, $"{year} 年报告被退回，请修改后重新提交", detail, href, ReminderLevel.Urgent, rows.Count == 0 ? "去修改" : $"去修改{rows[0].Row.Noun}",
            $"returned:{regionId}:{year}:{comment?.WrittenAt.ToUnixTimeMilliseconds()}");
    }
}
