using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Reporting;
using PlanTracker.Domain;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Progress;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Dashboard;
using PlanTracker.Web.Features.Plans;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Reports;

/// <summary>
/// The 总结评估 of a city's plan (the one in force in a year of it): every indicator judged by
/// <see cref="FinalJudgement"/> on the engine's result after the period's last year, from the values of approved
/// years only (demo values never count); the 专栏 items and projects from the same years; the leader's narrative.
/// Read by anyone who may read the city; the narrative is written by the city's leader or an admin.
/// </summary>
public sealed class FinalEvaluationService(
    IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard, PlanYearService planYears, IValidator<SaveFinalNarrativeRequest> validator, TimeProvider clock)
{
    /// <summary>The region's plan years, and the plan a final evaluation opens on: the latest ended one, else the one in force in the default year.</summary>
    public async Task<(PlanYears Years, PlanPeriod? Latest)> YearsAsync(int regionId, CancellationToken cancellationToken = default)
    {
        var years = await planYears.ForRegionAsync(regionId, cancellationToken);
        return (years, years.LatestEnded(ChinaTime.Today(clock)) ?? years.InForce(years.DefaultYear));
    }

    /// <summary>The evaluation of the region's plan in force in <paramref name="year"/>; null when the city may not be read or no plan covers the year.</summary>
    public async Task<FinalEvaluation?> GetAsync(int regionId, int year, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadRegionAsync(regionId, $"reports/final/{regionId}/{year}"))
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var plan = await context.Plans.AsNoTracking().InForce(regionId, year)
            .Select(p => new { p.Id, p.Title, Region = p.Region!.Name, p.PeriodStart, p.PeriodEnd })
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var period = new PlanPeriod(plan.PeriodStart, plan.PeriodEnd);
        var statuses = await context.ReportStatusesAsync(regionId, period.FirstYear, period.LastYear, cancellationToken);
        var approved = statuses.Where(s => s.Value == ReportStatus.Approved).Select(s => s.Key).ToList();
        var indicators = await IndicatorsAsync(context, plan.Id, period, approved, cancellationToken);
        var work = await WorkAsync(context, plan.Id, period, approved, cancellationToken);
        var narrative = await context.PlanEvaluations.AsNoTracking().Where(e => e.PlanId == plan.Id)
            .Select(e => new FinalNarrative(e.Achievements, e.Problems, e.NextSteps, e.UpdatedBy, e.UpdatedAt, e.Version))
            .SingleOrDefaultAsync(cancellationToken) ?? FinalNarrative.Empty;
        var user = await guard.GetUserAsync();
        return new FinalEvaluation(
            regionId, plan.Region, plan.Id, plan.Title, period, period.HasEnded(ChinaTime.Today(clock)),
            period.Years.ToDictionary(y => y, y => statuses.TryGetValue(y, out var s) ? s : (ReportStatus?)null),
            indicators, work, narrative, MayWriteNarrative(user, regionId), clock.GetUtcNow().ToChinaTime());
    }

    /// <summary>
    /// Saves the narrative of the plan's evaluation: the city's leader or an admin, checked on the server; the request's
    /// validator; at the version the leader loaded (someone else's save meanwhile is a conflict, nothing overwritten);
    /// audited in the same transaction. The value is the row's new version.
    /// </summary>
    public async Task<Outcome<uint>> SaveNarrativeAsync(SaveFinalNarrativeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var plan = await context.Plans.AsNoTracking().Where(p => p.Id == request.PlanId)
            .Select(p => new { p.Id, p.RegionId, p.PeriodStart, p.PeriodEnd }).SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return Outcome<uint>.Fail(OutcomeKind.NotFound, "规划不存在，可能已被删除。");
        }

        if (!await guard.CanReviewRegionAsync(plan.RegionId, adminToo: true, $"reports/final/{plan.RegionId}/{plan.PeriodStart}/narrative"))
        {
            return Outcome<uint>.Fail(OutcomeKind.Refused, "只有本市的审核人（领导）或管理员可以填写总结评估。");
        }

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome<uint>.Invalid([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        var user = (await guard.GetUserAsync())!;
        var now = clock.GetUtcNow();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var row = await context.PlanEvaluations.SingleOrDefaultAsync(e => e.PlanId == plan.Id, cancellationToken);
        if (row is null != request.Version is null || (row is not null && row.Version != request.Version))
        {
            return Conflict(row);
        }

        if (row is null)
        {
            row = new PlanEvaluation { PlanId = plan.Id, UpdatedBy = user.UserName };
            context.PlanEvaluations.Add(row);
        }

        (row.Achievements, row.Problems, row.NextSteps, row.UpdatedAt, row.UpdatedBy) =
            (Blank(request.Achievements), Blank(request.Problems), Blank(request.NextSteps), now, user.UserName);
        var period = new PlanPeriod(plan.PeriodStart, plan.PeriodEnd);
        context.AuditEvents.Add(AuditEvent.Create(now, AuditActions.FinalNarrativeSaved, user.UserName, $"reports/final/regions/{plan.RegionId}/{period.Invariant}", null,
            $"保存{period.Name}规划总结评估的文字部分（主要成效 {Length(row.Achievements)} 字、存在问题 {Length(row.Problems)} 字、下一步工作 {Length(row.NextSteps)} 字）", plan.RegionId));
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another leader saved the first version at the same moment (the primary key) or a newer one (xmin).
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            return Conflict(await fresh.PlanEvaluations.AsNoTracking().SingleOrDefaultAsync(e => e.PlanId == plan.Id, cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return Outcome<uint>.Of(row.Version);
    }

    /// <summary>Who may write the narrative (the page shows the editor only to them; <see cref="SaveNarrativeAsync"/> checks again).</summary>
    private static bool MayWriteNarrative(CurrentUser? user, int regionId) => AccessRules.CanReviewRegion(user, regionId) || AccessRules.CanAdminister(user);

    private static Outcome<uint> Conflict(PlanEvaluation? theirs) => new(
        OutcomeKind.Conflict,
        theirs?.Version ?? 0,
        [$"{theirs?.UpdatedBy ?? "其他用户"} 在您打开此页后保存了总结评估的文字部分。您的文字尚未保存：请先复制保留，刷新页面查看对方的内容，合并后再保存。"]);

    private static async Task<IReadOnlyList<FinalIndicatorRow>> IndicatorsAsync(
        PlanTrackerDbContext context, int planId, PlanPeriod period, IReadOnlyCollection<int> approvedYears, CancellationToken cancellationToken)
    {
        var indicators = await context.Indicators.OfPlanWithAdjustments(planId).ToListAsync(cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var values = await context.IndicatorValues.AsNoTracking()
            .Where(v => ids.Contains(v.IndicatorId) && approvedYears.Contains(v.Year) && !v.IsDemo)
            .OrderBy(v => v.Year)
            .Select(v => new { v.IndicatorId, v.Year, v.Value, v.IsPreliminary, v.Cause, v.CorrectiveMeasures })
            .ToListAsync(cancellationToken);
        var byIndicator = values.ToLookup(v => v.IndicatorId);
        return [.. indicators.Select(indicator =>
        {
            var rows = byIndicator[indicator.Id].ToList();
            var series = rows.Select(v => new YearValue(v.Year, v.Value)).ToList();
            var atEnd = ProgressEngine.Evaluate(indicator, series, period);
            var verdict = FinalJudgement.Judge(atEnd, indicator.IsBinding, period);
            var last = rows.LastOrDefault(v => v.Year == period.LastYear);
            return new FinalIndicatorRow(
                indicator.Id, indicator.Category, indicator.Name, indicator.Unit, indicator.Baseline.Text, indicator.Target.Text, indicator.Cumulative,
                indicator.IsBinding, indicator.ParentId is not null, series, atEnd, verdict, last?.IsPreliminary ?? false,
                Blank(last?.Cause), Blank(last?.CorrectiveMeasures)) { Adjustment = indicator.AdjustmentIn(period.LastYear) };
        })];
    }

    /// <summary>The 专栏 items and projects at the plan's end: the dashboard's latest-progress rule (<see cref="LatestItemProgress"/>) over the approved years only.</summary>
    private static async Task<FinalWorkSummary> WorkAsync(PlanTrackerDbContext context, int planId, PlanPeriod period, IReadOnlyCollection<int> approvedYears, CancellationToken cancellationToken)
    {
        var itemIds = await context.SpecialColumnItems.AsNoTracking()
            .Where(i => context.SpecialColumns.Any(c => c.Id == i.SpecialColumnId && c.PlanId == planId && c.Kind == "items"))
            .Select(i => i.Id).ToListAsync(cancellationToken);
        var projects = await context.Projects.AsNoTracking().Where(p => p.PlanId == planId).OrderBy(p => p.Ordinal)
            .Select(p => new { p.Id, p.Name, p.PeriodInvestment }).ToListAsync(cancellationToken);
        var latest = await LatestItemProgress.UpToAsync(context, planId, period.LastYear, approvedYears, cancellationToken);
        var items = itemIds.Where(latest.Items.ContainsKey).Select(id => latest.Items[id].Status).ToList();
        var projectRows = projects.Select(p => latest.Projects.GetValueOrDefault(p.Id) is { } progress
            ? new FinalProjectRow(p.Name, p.PeriodInvestment, progress.CumulativeInvestment, progress.Status, progress.Year)
            : new FinalProjectRow(p.Name, p.PeriodInvestment, null, null, null)).ToList();
        return new FinalWorkSummary(itemIds.Count, items.Count, items.Count(s => s == WorkStatus.Completed), projectRows);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static int Length(string? text) => text?.Length ?? 0;
}
