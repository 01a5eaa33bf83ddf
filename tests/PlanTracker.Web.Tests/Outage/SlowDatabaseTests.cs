using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PlanTracker.Data;
using PlanTracker.Data.Importing;
using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;
using PlanTracker.TestSupport;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Review;

namespace PlanTracker.Web.Tests.Outage;

/// <summary>
/// A slow database: the server's statement_timeout (2 s here) ends a save or an import that waits on a table someone
/// else holds locked. Each is all-or-nothing and ends with a message in Chinese, not an error page; once the table is
/// free the same input goes through. Own portal and database.
/// </summary>
public class SlowDatabaseTests : IClassFixture<SlowDatabaseTests.SlowPortal>
{
    private readonly SlowPortal _portal;

    public SlowDatabaseTests(SlowPortal portal) => _portal = portal;

    [Fact]
    public async Task A_save_that_times_out_stores_nothing_and_says_so_and_the_same_save_goes_through_later()
    {
        const int year = 2024;
        await using var scope = await UserScopes.ForAsync(_portal, "xiangxi-reporter");
        var entry = scope.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var form = (await entry.LoadAsync(year))!;
        var (first, second) = (form.Request.Rows[0], form.Request.Rows[1]);
        (first.Value, first.Note, second.Value, second.Note) = (1.5m, "测试", 2.5m, "测试");

        Outcome<SavedProgress> timedOut;
        await using (var holder = await TableLock.TakeAsync(_portal.PlainConnectionString, "indicator_values"))
        {
            timedOut = await entry.SaveAsync(form.Request);
        }

        Assert.Equal(OutcomeKind.TimedOut, timedOut.Kind);
        Assert.Equal("数据库响应超时，本次未保存，已保存的数据未改变。您的输入仍保留在本页，请稍后再点“保存”。", Assert.Single(timedOut.Errors));
        await using (var context = await NewContextAsync())
        {
            int[] ids = [first.IndicatorId, second.IndicatorId];
            Assert.False(await context.IndicatorValues.AnyAsync(v => ids.Contains(v.IndicatorId) && v.Year == year));
            Assert.False(await context.IndicatorValueChanges.AnyAsync(c => ids.Contains(c.IndicatorId) && c.Year == year));
            // The year's report is created by the first save, in the same transaction: not by this one.
            Assert.False(await context.CityYearReports.AnyAsync(r => r.RegionId == form.RegionId && r.Year == year));
        }

        Assert.Equal(OutcomeKind.Succeeded, (await entry.SaveAsync(form.Request)).Kind);
        await using (var context = await NewContextAsync())
        {
            Assert.Equal(2, await context.IndicatorValues.CountAsync(v => (v.IndicatorId == first.IndicatorId || v.IndicatorId == second.IndicatorId) && v.Year == year));
        }
    }

    [Fact]
    public async Task A_submit_that_times_out_moves_nothing_and_says_so_without_asking_to_save()
    {
        const int year = 2022;
        await using var scope = await UserScopes.ForAsync(_portal, "xiangxi-reporter");
        var entry = scope.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var review = scope.ServiceProvider.GetRequiredService<ReportReviewService>();
        var form = (await entry.LoadAsync(year))!;
        (form.Request.Rows[0].Value, form.Request.Rows[0].Note) = (1.5m, "测试");
        var saved = await entry.SaveAsync(form.Request);
        Assert.Equal(OutcomeKind.Succeeded, saved.Kind);

        Outcome<ReviewMove> timedOut;
        await using (var holder = await TableLock.TakeAsync(_portal.PlainConnectionString, "report_comments"))
        {
            timedOut = await review.MoveAsync(form.RegionId, year, saved.Value!.Version, ReportAction.Submit, null);
        }

        Assert.Equal(OutcomeKind.TimedOut, timedOut.Kind);
        Assert.Equal("数据库响应超时，本次操作未完成，报告状态未改变，请稍后再试。", timedOut.Message);
        Assert.Equal(ReportStatus.Draft, (await review.StateAsync(form.RegionId, year))!.Value.Status);

        var submitted = await review.MoveAsync(form.RegionId, year, saved.Value.Version, ReportAction.Submit, null);
        Assert.True(submitted.Succeeded, submitted.Message);
        Assert.Equal(ReportStatus.Submitted, submitted.Value!.Status);
    }

    [Fact]
    public async Task An_import_that_times_out_leaves_every_plan_as_it_was_and_says_so()
    {
        var text = Browser.SeedTexts.Read("001").Replace("长沙", "常德", StringComparison.Ordinal);
        var source = new ImportSource("常德十五五.txt", Encoding.UTF8.GetBytes(NextPeriodText.From(text)), "admin");
        var importer = _portal.Services.GetRequiredService<PlanImporter>();
        var before = await CountsAsync();

        ImportResult timedOut;
        await using (var holder = await TableLock.TakeAsync(_portal.PlainConnectionString, "plans"))
        {
            timedOut = await importer.ImportAsync(source, allowRemovals: false);
        }

        Assert.Equal(ImportOutcome.Rejected, timedOut.Outcome);
        Assert.Equal("数据库响应超时，本次未导入，现有规划未改变。请稍后再试。", timedOut.Message);
        Assert.Equal(before, await CountsAsync());

        var imported = await importer.ImportAsync(source, allowRemovals: false);
        Assert.Equal(ImportOutcome.Created, imported.Outcome);
        Assert.Equal(before.Plans + 1, (await CountsAsync()).Plans);
    }

    private async Task<(int Plans, int Documents, int Indicators, int Regions)> CountsAsync()
    {
        await using var context = await NewContextAsync();
        return (await context.Plans.CountAsync(), await context.SourceDocuments.CountAsync(), await context.Indicators.CountAsync(), await context.Regions.CountAsync());
    }

    private async Task<PlanTrackerDbContext> NewContextAsync() =>
        await _portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();

    /// <summary>A portal whose every statement may run at most two seconds.</summary>
    public sealed class SlowPortal : PortalFactory
    {
        public string PlainConnectionString { get; private set; } = string.Empty;

        public override async Task InitializeAsync()
        {
            PlainConnectionString = await SeededDatabase.CopyAsync("slow");
            ConnectionString = new NpgsqlConnectionStringBuilder(PlainConnectionString) { Options = "-c statement_timeout=2000" }.ConnectionString;
            Start();
        }
    }
}
