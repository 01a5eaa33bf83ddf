using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Domain;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Progress.Review;
using PlanTracker.Web.Features.Reports;
using PlanTracker.Web.Features.TargetAdjustments;

namespace PlanTracker.Web.Tests;

/// <summary>
/// An approved report is reproduced as approved: 湘西's 2024 report is approved with 失业保险参保人数 at a value judged
/// against the printed target; a later 规划调整 changes that judgement now, but the 2024 report still opens on what was
/// approved, marks the row, and shows the figures of now one click away. Own portal.
/// </summary>
public class ApprovedReportTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    private const int Year = 2024;

    [Fact]
    public async Task An_approved_year_opens_as_approved_after_a_later_change_with_the_change_marked_and_now_one_click_away()
    {
        var (regionId, indicatorId, name) = await BindingIndicatorAsync();
        await using var reporter = await UserScopes.ForAsync(portal, "xiangxi-reporter");
        await using var leader = await UserScopes.ForAsync(portal, "xiangxi-leader");
        await using var admin = await UserScopes.ForAsync(portal, "admin");
        var entry = reporter.ServiceProvider.GetRequiredService<ProgressEntryService>();
        var form = (await entry.LoadAsync(Year))!;
        var row = form.Request.Rows.Single(r => r.IndicatorId == indicatorId);
        (row.Value, row.Note, row.Cause, row.CorrectiveMeasures) = (form.Rows.Single(r => r.IndicatorId == indicatorId).TargetMeasure.Value, "测试", "原因", "措施");
        var saved = await entry.SaveAsync(form.Request);
        Assert.True(saved.Succeeded, saved.Message);
        var submitted = await reporter.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(regionId, Year, saved.Value!.Version, ReportAction.Submit, null);
        Assert.True(submitted.Succeeded, submitted.Message);
        var approved = await leader.ServiceProvider.GetRequiredService<ReportReviewService>().MoveAsync(regionId, Year, submitted.Value!.Version, ReportAction.Approve, "同意");
        Assert.True(approved.Succeeded, approved.Message);
        var client = await PortalSession.SignInAsync(portal, "xiangxi-leader");
        var before = await GetAsync(client, $"/reports/annual?city={regionId}&year={Year}");
        var statusBefore = Status(before, name);
        // The value equals the printed target: 提前实现.
        Assert.Equal(ProgressStatus.AchievedEarly.ToChinese(), statusBefore);

        // Afterwards the target is raised from 2024 on: now the same value is short of it.
        var target = form.Rows.Single(r => r.IndicatorId == indicatorId).TargetMeasure.Value!.Value;
        var adjusted = await admin.ServiceProvider.GetRequiredService<TargetAdjustmentService>().RecordAsync(new RecordTargetAdjustmentRequest
        {
            IndicatorId = indicatorId,
            EffectiveYear = Year,
            Target = (target * 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
            DocumentNumber = "州政办函〔2025〕3号",
            ApprovedOn = new DateTime(2025, 2, 1),
        });
        Assert.True(adjusted.Succeeded, adjusted.Message);

        var asApproved = await GetAsync(client, $"/reports/annual?city={regionId}&year={Year}");
        var current = await GetAsync(client, $"/reports/annual?city={regionId}&year={Year}&view=current");

        Assert.Equal(statusBefore, Status(asApproved, name));
        Assert.Equal("true", Row(asApproved, name).GetAttribute("data-changed"));
        Assert.Contains("审核通过时", asApproved.QuerySelector("[data-testid=report-version]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("审核后有 1 项指标", asApproved.QuerySelector("[data-testid=approved-version]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(asApproved.QuerySelector("[data-testid=view-current]"));
        Assert.NotEqual(statusBefore, Status(current, name));
        Assert.Equal("true", Row(current, name).GetAttribute("data-changed"));
        Assert.Contains("最新数据（审核通过后有 1 项变化）", current.QuerySelector("[data-testid=report-version]")!.TextContent, StringComparison.Ordinal);
        // Every other row reads the same in both views.
        Assert.Equal(
            asApproved.QuerySelectorAll("[data-testid=report-table] tr[data-indicator]").Where(r => r.GetAttribute("data-indicator") != name).Select(r => r.TextContent),
            current.QuerySelectorAll("[data-testid=report-table] tr[data-indicator]").Where(r => r.GetAttribute("data-indicator") != name).Select(r => r.TextContent));

        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await context.ApprovedReportSnapshots.CountAsync(s => context.CityYearReports.Any(r => r.Id == s.CityYearReportId && r.RegionId == regionId && r.Year == Year)));
    }

    [Fact]
    public async Task A_year_that_was_never_approved_shows_the_figures_of_now_without_a_version_notice()
    {
        var (regionId, _, _) = await BindingIndicatorAsync();
        var client = await PortalSession.SignInAsync(portal, "xiangxi-leader");

        var document = await GetAsync(client, $"/reports/annual?city={regionId}&year=2023");

        Assert.Null(document.QuerySelector("[data-testid=approved-version]"));
        Assert.Null(document.QuerySelector("[data-testid=report-version]"));
        Assert.Empty(document.QuerySelectorAll("[data-changed]"));
    }

    private static string Status(IDocument document, string name) => Row(document, name).QuerySelector(".status-badge")!.TextContent.Trim();

    private static IElement Row(IDocument document, string name) => document.QuerySelector($"[data-testid=report-table] tr[data-indicator='{name}']")!;

    private static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>湘西's first 约束性 indicator with a numeric level target (not cumulative, no comparator).</summary>
    private async Task<(int RegionId, int IndicatorId, string Name)> BindingIndicatorAsync()
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var regionId = await context.Regions.Where(r => r.Name.StartsWith("湘西")).Select(r => r.Id).SingleAsync();
        var indicators = await context.Indicators.AsNoTracking()
            .Where(i => context.Plans.Any(p => p.Id == i.PlanId && p.RegionId == regionId && p.PeriodStart == 2021) && i.Attribute == Domain.Plans.IndicatorAttribute.Binding && !i.Cumulative)
            .OrderBy(i => i.Ordinal).ToListAsync();
        var indicator = indicators.First(i => i.Target.Value is > 0 && i.Target.Comparator == Domain.Plans.Comparator.None && i.Baseline.Value is { } b && b < i.Target.Value);
        return (regionId, indicator.Id, indicator.Name);
    }
}
