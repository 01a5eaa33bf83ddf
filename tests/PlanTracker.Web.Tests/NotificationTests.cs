using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Notifications;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Review;

namespace PlanTracker.Web.Tests;

/// <summary>
/// 待办提醒 in a portal of its own: a reporter is told of a return with the leader's comment (by display name), the
/// leader of a report waiting for review, both of a deadline two days ahead; the province of cities past a deadline.
/// Deadlines are set relative to today (China time) or far in the past, never waited for.
/// </summary>
public class NotificationTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    [Fact]
    public async Task Each_role_is_told_what_it_must_do()
    {
        var today = ChinaTime.Today(TimeProvider.System);
        await using var reporter = await UserScopes.ForAsync(portal, "changsha-reporter");
        await using var leader = await UserScopes.ForAsync(portal, "changsha-leader");
        await using var province = await UserScopes.ForAsync(portal, "province");
        var entry = reporter.ServiceProvider.GetRequiredService<ProgressEntryService>();
        await SetDeadlinesAsync((2022, new DateOnly(2023, 3, 31)), (2023, today.AddDays(2)), (2024, today.AddDays(30)));

        // 2022: submitted then returned with a comment; 2023: submitted, waiting.
        var returnedYear = await SubmitAsync(entry, reporter, 2022);
        var returned = await leader.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(returnedYear.RegionId, 2022, returnedYear.Version, ReportAction.Return, "请补充失业保险参保人数的数据来源");
        Assert.True(returned.Succeeded, returned.Message);
        await SubmitAsync(entry, reporter, 2023);
        await using (var context = await NewContextAsync())
        {
            await context.CityYearReports.Where(r => r.RegionId == returnedYear.RegionId && r.Year == 2024).ExecuteDeleteAsync();
        }

        var forReporter = await reporter.ServiceProvider.GetRequiredService<NotificationService>().ForCurrentUserAsync();
        var forLeader = await leader.ServiceProvider.GetRequiredService<NotificationService>().ForCurrentUserAsync();
        var forProvince = await province.ServiceProvider.GetRequiredService<NotificationService>().ForCurrentUserAsync();

        // The reporter: the return first (urgent), with the comment by the leader's display name; 2022 is also past its
        // deadline and not handed in again; 2023 is submitted, so its deadline in two days does not concern them.
        var first = forReporter[0];
        Assert.Equal((NoticeKind.Returned, "2022 年报告被退回，请修改后重新提交", "progress?year=2022"), (first.Kind, first.Title, first.Href));
        Assert.Equal($"{await DisplayNameAsync("changsha-leader")}：请补充失业保险参保人数的数据来源", first.Detail);
        Assert.Contains(forReporter, n => n.Kind == NoticeKind.Deadline && n.Title.StartsWith("2022 年报告已逾期", StringComparison.Ordinal));
        Assert.DoesNotContain(forReporter, n => n.Title.StartsWith("2023", StringComparison.Ordinal));
        Assert.DoesNotContain(forReporter, n => n.Title.StartsWith("2024", StringComparison.Ordinal));

        // The leader: 2023 waits for review; no return notice (that is the reporter's to act on).
        Assert.Contains(forLeader, n => n.Kind == NoticeKind.AwaitsReview && n.Title == "2023 年报告已提交，待您审核" && n.Href == "review?year=2023");
        Assert.DoesNotContain(forLeader, n => n.Kind == NoticeKind.Returned);

        // The province: 长沙 is past 2022's deadline with its report returned, not handed in.
        Assert.Contains(forProvince, n => n.Kind == NoticeKind.CitiesOverdue && n.Title.StartsWith("2022 年有", StringComparison.Ordinal) && n.Detail!.Contains("长沙市", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deadline_two_days_ahead_reminds_a_reporter_who_has_not_handed_in()
    {
        var today = ChinaTime.Today(TimeProvider.System);
        await SetDeadlinesAsync((2025, today.AddDays(2)));
        await using (var context = await NewContextAsync())
        {
            await context.CityYearReports.Where(r => r.Year == 2025).ExecuteDeleteAsync();
        }

        await using var reporter = await UserScopes.ForAsync(portal, "zhuzhou-reporter");
        var notices = await reporter.ServiceProvider.GetRequiredService<NotificationService>().ForCurrentUserAsync();

        var reminder = Assert.Single(notices, n => n.Title.StartsWith("2025", StringComparison.Ordinal));
        Assert.Equal((NoticeKind.Deadline, "2025 年报告还有 2 天截止", ReminderLevel.Soon), (reminder.Kind, reminder.Title, reminder.Level));
        Assert.Equal($"截止日期 {today.AddDays(2):yyyy-MM-dd}，当前状态：未开始", reminder.Detail);
    }

    [Fact]
    public async Task A_notice_read_stays_read_until_the_next_occurrence_and_each_person_reads_their_own()
    {
        // 湘西 2023 (no other test of this class uses 湘西): submitted, then returned, then handed in again.
        await using var reporter = await UserScopes.ForAsync(portal, "xiangxi-reporter");
        await using var leader = await UserScopes.ForAsync(portal, "xiangxi-leader");
        var forReporter = reporter.ServiceProvider.GetRequiredService<NotificationService>();
        var forLeader = leader.ServiceProvider.GetRequiredService<NotificationService>();
        var entry = reporter.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var form = (await entry.LoadAsync(2023))!;
        var surveyed = form.Request.Rows.Single(r => form.Rows.Single(i => i.IndicatorId == r.IndicatorId).Name == "城镇调查失业率");
        (surveyed.Value, surveyed.Note) = (4.8m, "测试");
        var saved = await entry.SaveAsync(form.Request);
        var submitted = await reporter.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, 2023, saved.Value!.Version, ReportAction.Submit, null);
        Assert.True(submitted.Succeeded, submitted.Message);
        async Task<Notice> WaitingAsync() => (await forLeader.ForCurrentUserAsync()).Single(n => n.Kind == NoticeKind.AwaitsReview && n.Title.StartsWith("2023", StringComparison.Ordinal));

        var first = await WaitingAsync();
        await forLeader.MarkReadAsync([first.Key, "returned:1:2023:0", "not-a-notice"]);
        var read = await WaitingAsync();

        Assert.False(first.IsRead);
        Assert.True(read.IsRead);
        Assert.Equal(first.Key, read.Key);
        await using (var context = await NewContextAsync())
        {
            // Only the notice the leader is shown was marked; keys they are not shown are ignored.
            Assert.Equal([first.Key], await context.NoticeReads.Where(r => r.UserName == "xiangxi-leader").Select(r => r.NoticeKey).ToListAsync());
        }

        // The return is the reporter's notice, unread for them whatever the leader read.
        var returned = await leader.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, 2023, submitted.Value!.Version, ReportAction.Return, "请补充数据来源");
        var notice = (await forReporter.ForCurrentUserAsync()).Single(n => n.Kind == NoticeKind.Returned);
        Assert.False(notice.IsRead);
        await forReporter.MarkReadAsync([notice.Key]);
        Assert.True((await forReporter.ForCurrentUserAsync()).Single(n => n.Kind == NoticeKind.Returned).IsRead);

        // Handed in again: a new submission is a new notice for the leader, unread.
        var again = (await entry.LoadAsync(2023))!;
        again.Request.Rows.Single(r => r.IndicatorId == surveyed.IndicatorId).Source = "州统计局";
        var resaved = await entry.SaveAsync(again.Request);
        var resubmitted = await reporter.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, 2023, resaved.Value!.Version, ReportAction.Submit, null);
        Assert.True(resubmitted.Succeeded && returned.Succeeded, resubmitted.Message);
        var second = await WaitingAsync();
        Assert.NotEqual(first.Key, second.Key);
        Assert.False(second.IsRead);
    }

    /// <summary>长沙's year with one value (城镇新增就业人数 15, not 约束性), saved and submitted by its reporter.</summary>
    private async Task<(int RegionId, uint Version)> SubmitAsync(ProgressEntryService entry, AsyncServiceScope reporter, int year)
    {
        await using (var context = await NewContextAsync())
        {
            // The portal's demo values of the year go: the report is the reporter's own (no other test of this class uses 长沙).
            await context.IndicatorValues.Where(v => v.Year == year && context.Indicators.Any(i => i.Id == v.IndicatorId && context.Plans.Any(p => p.Id == i.PlanId && p.Region!.Name == "长沙市"))).ExecuteDeleteAsync();
        }

        var form = (await entry.LoadAsync(year))!;
        form.Request.Rows.First(r => form.Rows.Single(i => i.IndicatorId == r.IndicatorId).Name == "城镇新增就业人数").Value = 15m;
        var saved = await entry.SaveAsync(form.Request);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors));
        var submitted = await reporter.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(form.RegionId, year, saved.Value!.Version, ReportAction.Submit, null);
        Assert.True(submitted.Succeeded, submitted.Message);
        return (form.RegionId, submitted.Value!.Version);
    }

    private async Task SetDeadlinesAsync(params (int Year, DateOnly Deadline)[] deadlines)
    {
        await using var context = await NewContextAsync();
        foreach (var (year, deadline) in deadlines)
        {
            await context.ReportingYears.Where(y => y.Year == year).ExecuteUpdateAsync(s => s.SetProperty(y => y.Deadline, deadline));
        }
    }

    private async Task<string> DisplayNameAsync(string userName)
    {
        await using var context = await NewContextAsync();
        return await context.Users.Where(u => u.UserName == userName).Select(u => u.DisplayName).SingleAsync();
    }

    private Task<PlanTrackerDbContext> NewContextAsync() =>
        portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
}
