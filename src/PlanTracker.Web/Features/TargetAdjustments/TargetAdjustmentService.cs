using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.TargetAdjustments;

/// <summary>A 规划调整 as the plan page lists it: the printed target beside the adjusted one, with its document.</summary>
public sealed record TargetAdjustmentRow(
    int Id, int IndicatorId, string Indicator, string? Unit, string PrintedTarget, string AdjustedTarget, int EffectiveYear,
    string DocumentNumber, DateOnly ApprovedOn, string? Reason, string CreatedBy, DateTimeOffset CreatedAt);

/// <summary>An indicator the form offers, with its printed target.</summary>
public sealed record AdjustableIndicator(int Id, string Name, string? Unit, string Target);

/// <summary>A plan's 规划调整 and, for an admin, what the form needs.</summary>
public sealed record TargetAdjustmentList(PlanPeriod Period, IReadOnlyList<TargetAdjustmentRow> Rows, IReadOnlyList<AdjustableIndicator> Indicators, bool CanRecord);

/// <summary>
/// 规划调整: an admin records a changed target (effective year, new target, the approving document's 文号 and date) or
/// takes a mistaken one back; each is validated, written with its audit row in one transaction. Everyone who may read
/// plans sees them. The engine then judges each year against the target in force in it (<see cref="Indicator.TargetIn"/>).
/// </summary>
public sealed class TargetAdjustmentService(
    IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard, IValidator<RecordTargetAdjustmentRequest> validator, TimeProvider clock)
{
    /// <summary>The plan's adjustments; null when the plan does not exist or belongs to a city the user may not read (the refusal audited).</summary>
    public async Task<TargetAdjustmentList?> ListAsync(int planId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var plan = await context.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.RegionId, p.PeriodStart, p.PeriodEnd }).SingleOrDefaultAsync(cancellationToken);
        if (plan is null || !await guard.CanReadRegionAsync(plan.RegionId, $"plans/{planId}/adjustments"))
        {
            return null;
        }

        var rows = await (
            from adjustment in context.TargetAdjustments.AsNoTracking()
            join indicator in context.Indicators on adjustment.IndicatorId equals indicator.Id
            where indicator.PlanId == planId
            orderby indicator.Ordinal, adjustment.EffectiveYear
            select new TargetAdjustmentRow(
                adjustment.Id, indicator.Id, indicator.Name, indicator.Unit, indicator.Target.Text, adjustment.Target.Text, adjustment.EffectiveYear,
                adjustment.DocumentNumber, adjustment.ApprovedOn, adjustment.Reason, adjustment.CreatedBy, adjustment.CreatedAt))
            .ToListAsync(cancellationToken);
        var indicators = await context.Indicators.AsNoTracking().Where(i => i.PlanId == planId && i.Target.Value != null).OrderBy(i => i.Ordinal)
            .Select(i => new AdjustableIndicator(i.Id, i.Name, i.Unit, i.Target.Text)).ToListAsync(cancellationToken);
        var user = await guard.GetUserAsync();
        return new TargetAdjustmentList(new PlanPeriod(plan.PeriodStart, plan.PeriodEnd), rows, indicators, AccessRules.CanAdminister(user));
    }

    /// <summary>Records a 规划调整; its value is the adjustment's id.</summary>
    public async Task<Outcome<int>> RecordAsync(RecordTargetAdjustmentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await guard.CanAdministerAsync($"plans/indicators/{request.IndicatorId}/adjustments"))
        {
            return Outcome<int>.Fail(OutcomeKind.Refused, "只有管理员可以录入规划调整。");
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var indicator = await context.Indicators.AsNoTracking().Where(i => i.Id == request.IndicatorId)
            .Select(i => new { i.Id, i.Name, i.Unit, Printed = i.Target.Text, i.Cumulative, Region = context.Plans.Where(p => p.Id == i.PlanId).Select(p => new { p.RegionId, p.PeriodStart, p.PeriodEnd }).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        (request.Period, request.Today) = (indicator is null ? null : new PlanPeriod(indicator.Region.PeriodStart, indicator.Region.PeriodEnd), ChinaTime.Today(clock));
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome<int>.Invalid([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        if (indicator is null)
        {
            return Outcome<int>.Fail(OutcomeKind.NotFound, "指标不存在，可能已被删除。");
        }

        var target = Measure.Parse(request.Target!.Trim());
        if (target.Cumulative != indicator.Cumulative)
        {
            return Outcome<int>.Invalid(indicator.Cumulative
                ? $"“{indicator.Name}”是规划期累计指标（原目标 {indicator.Printed}），调整后的目标也应写在 [ ] 中，如 [{target.Value}]。"
                : $"“{indicator.Name}”不是累计指标（原目标 {indicator.Printed}），调整后的目标不应写在 [ ] 中。");
        }

        var user = (await guard.GetUserAsync())!;
        var now = clock.GetUtcNow();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (await context.TargetAdjustments.AnyAsync(a => a.IndicatorId == indicator.Id && a.EffectiveYear == request.EffectiveYear, cancellationToken))
        {
            return Outcome<int>.Invalid($"“{indicator.Name}”已有 {request.EffectiveYear} 年起的调整；如需更正，请先撤销该调整。");
        }

        var adjustment = new TargetAdjustment
        {
            IndicatorId = indicator.Id,
            EffectiveYear = request.EffectiveYear,
            Target = target,
            DocumentNumber = request.DocumentNumber!.Trim(),
            ApprovedOn = DateOnly.FromDateTime(request.ApprovedOn!.Value),
            Reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(),
            CreatedAt = now,
            CreatedBy = user.UserName,
        };
        context.TargetAdjustments.Add(adjustment);
        context.AuditEvents.Add(AuditEvent.Create(now, AuditActions.TargetAdjusted, user.UserName, $"plans/regions/{indicator.Region.RegionId}/indicators/{indicator.Id}", null,
            $"“{indicator.Name}”目标自 {request.EffectiveYear} 年起由 {indicator.Printed} 调整为 {target.Text}（{adjustment.DocumentNumber}，{adjustment.ApprovedOn:yyyy-MM-dd}）", indicator.Region.RegionId));
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same indicator and year recorded by another admin at the same moment (the unique index).
            return Outcome<int>.Fail(OutcomeKind.Conflict, $"“{indicator.Name}”的 {request.EffectiveYear} 年起调整刚刚已由他人录入，请刷新后查看。");
        }

        await transaction.CommitAsync(cancellationToken);
        return Outcome<int>.Of(adjustment.Id);
    }

    /// <summary>Takes a mistaken 规划调整 back: the years it covered are judged against the previous target again.</summary>
    public async Task<Outcome> RemoveAsync(int adjustmentId, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanAdministerAsync($"plans/adjustments/{adjustmentId}/remove"))
        {
            return Outcome.Fail(OutcomeKind.Refused, "只有管理员可以撤销规划调整。");
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var adjustment = await context.TargetAdjustments.SingleOrDefaultAsync(a => a.Id == adjustmentId, cancellationToken);
        var indicator = adjustment is null ? null : await context.Indicators.AsNoTracking().Where(i => i.Id == adjustment.IndicatorId)
            .Select(i => new { i.Name, RegionId = context.Plans.Where(p => p.Id == i.PlanId).Select(p => p.RegionId).Single() }).SingleAsync(cancellationToken);
        if (adjustment is null || indicator is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, "该调整已不存在，可能已被他人撤销。");
        }

        var user = (await guard.GetUserAsync())!;
        var now = clock.GetUtcNow();
        context.TargetAdjustments.Remove(adjustment);
        context.AuditEvents.Add(AuditEvent.Create(now, AuditActions.TargetAdjustmentRemoved, user.UserName, $"plans/regions/{indicator.RegionId}/indicators/{adjustment.IndicatorId}", null,
            $"撤销“{indicator.Name}”自 {adjustment.EffectiveYear} 年起调整为 {adjustment.Target.Text} 的规划调整（{adjustment.DocumentNumber}）", indicator.RegionId));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Success;
    }
}
