using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;

namespace PlanTracker.Web.Features.Progress;

/// <summary>How a city-year write meets the report (<see cref="ReportGate"/>).</summary>
public enum CityYearGateMode
{
    /// <summary>Values and 专栏/project progress: the report is created on the year's first write and must be editable; rows merge, so no version check.</summary>
    Merging,

    /// <summary>Workflow moves: never created; at the version the user saw; editable or not (the move decides).</summary>
    Workflow,
}

/// <summary>Which city-year a write goes to, as whom, through which gate; what the audit trail records of it.</summary>
public sealed record CityYearWriteTarget(int RegionId, int Year, string UserName, uint? Version, CityYearGateMode Mode, string AuditAction);

/// <summary>What the caller's writing step decided: commit (with its value and the audit trail's detail) or refuse (nothing is stored).</summary>
public sealed record CityYearStep<T>(T? Value, string? Refusal, string AuditDetail)
{
    public static CityYearStep<T> Commit(T value, string auditDetail) => new(value, null, auditDetail);

    public static CityYearStep<T> Refuse(string message) => new(default, message, string.Empty);
}

/// <summary>What the writing step gets: the transaction's context, the locked report (null: a workflow move on a year never saved).</summary>
public sealed record CityYearWriteScope(PlanTrackerDbContext Context, CityYearReport? Report, DateTimeOffset Now, CancellationToken CancellationToken);

/// <summary>
/// How a write ended (<see cref="OutcomeKind.Succeeded"/>, <see cref="OutcomeKind.Invalid"/> by the request's
/// validator before anything was opened, <see cref="OutcomeKind.Refused"/> by the gate or the step,
/// <see cref="OutcomeKind.Conflict"/>, <see cref="OutcomeKind.TimedOut"/>): the step's value when written, the
/// messages otherwise, and the report as it is now (after a conflict, the current one). The calling service turns it
/// into its <see cref="Outcome{T}"/>.
/// </summary>
public sealed record CityYearWrite<T>(OutcomeKind Kind, T? Value, IReadOnlyList<string> Errors, CityYearReport? Report);

/// <summary>
/// The one write protocol for a city's year — indicator values, 专栏/project progress, workbook imports and workflow
/// moves all go through it: one short-lived context and one transaction; <see cref="ReportGate"/> reads the year and
/// locks (or creates) the report; the caller's step reads and writes inside the lock or refuses; the report is touched
/// (its xmin moves, so every earlier form is out of date), the write is audited in the same transaction, and the whole
/// is committed or nothing is. Before any of it the request goes through its own validator (the one registered as
/// <see cref="IValidator{T}"/>, which the form shows at the fields too). An invalid request, a conflict or a database
/// timeout is an outcome, never an exception.
/// </summary>
public sealed class CityYearWriter(IDbContextFactory<PlanTrackerDbContext> contextFactory, IServiceProvider services, TimeProvider clock, ILogger<CityYearWriter> logger)
{
    public const string TimedOutMessage = "数据库响应超时，本次未保存，已保存的数据未改变。您的输入仍保留在本页，请稍后再点“保存”。";

    /// <summary>A workflow move (submit, approve, return, reopen) that timed out: nothing moved, and nothing was being saved.</summary>
    public const string MoveTimedOutMessage = "数据库响应超时，本次操作未完成，报告状态未改变，请稍后再试。";

    public async Task<CityYearWrite<T>> WriteAsync<TRequest, T>(
        CityYearWriteTarget target, TRequest request, Func<CityYearWriteScope, Task<CityYearStep<T>>> step, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(step);
        var validation = await services.GetRequiredService<IValidator<TRequest>>().ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return new(OutcomeKind.Invalid, default, [.. validation.Errors.Select(e => e.ErrorMessage).Distinct()], null);
        }

        try
        {
            return await WriteOnceAsync(target, step, cancellationToken);
        }
        catch (Exception ex) when (DatabaseFailures.IsTimedOut(ex))
        {
            // The transaction is rolled back: nothing of this write is stored.
            logger.LogWarning(ex, "Writing {Action} for {Year} of region {RegionId} timed out in the database", target.AuditAction, target.Year, target.RegionId);
            return new(OutcomeKind.TimedOut, default, [target.Mode == CityYearGateMode.Workflow ? MoveTimedOutMessage : TimedOutMessage], null);
        }
    }

    private async Task<CityYearWrite<T>> WriteOnceAsync<T>(CityYearWriteTarget target, Func<CityYearWriteScope, Task<CityYearStep<T>>> step, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var gate = target.Mode switch
        {
            CityYearGateMode.Merging => await ReportGate.OpenForWriteAsync(context, target.RegionId, target.Year, target.UserName, now, cancellationToken: cancellationToken),
            _ => await ReportGate.OpenAsync(context, target.RegionId, target.Year, target.Version, requireEditable: false, cancellationToken),
        };
        if (gate.Refusal == ReportGateRefusal.Conflict)
        {
            return new(OutcomeKind.Conflict, default, [], gate.Report);
        }

        if (!gate.IsOpen)
        {
            return new(OutcomeKind.Refused, default, [gate.Message!], gate.Report);
        }

        var decided = await step(new CityYearWriteScope(context, gate.Report, now, cancellationToken));
        if (decided.Refusal is { } refusal)
        {
            return new(OutcomeKind.Refused, default, [refusal], gate.Report);
        }

        if (gate.Report is { } report)
        {
            ReportGate.Touch(report, target.UserName, now);
        }

        context.AuditEvents.Add(AuditEvent.Create(now, target.AuditAction, target.UserName, $"progress/regions/{target.RegionId}/{target.Year}", null, decided.AuditDetail, target.RegionId));
        if (!await ReportGate.TrySaveAndCommitAsync(context, transaction, cancellationToken))
        {
            // Cannot happen while the gate's lock is held; a conflict, never a crash, if it does.
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            return new(OutcomeKind.Conflict, default, [], await ReportGate.CurrentAsync(fresh, target.RegionId, target.Year, cancellationToken));
        }

        return new(OutcomeKind.Succeeded, decided.Value, [], gate.Report);
    }
}
