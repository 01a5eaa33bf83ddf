using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Progress;

/// <summary>
/// The reporter's yearly entry: load the city's plan with earlier years, save this year's values in one
/// transaction with a history row per change. Two people saving the same city and year: the later save is
/// refused with the other person's values (the report row's xmin), never silently overwriting them.
/// </summary>
public sealed class ProgressEntryService(
    IDbContextFactory<PlanTrackerDbContext> contextFactory,
    AccessGuard guard,
    IValidator<SaveProgressRequest> validator,
    TimeProvider clock)
{
    public async Task<ProgressEntryForm?> LoadAsync(int year)
    {
        var user = await guard.GetUserAsync();
        if (user?.RegionId is not { } regionId || !await guard.CanWriteRegionAsync(regionId, $"progress/{year}"))
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync();
        var plan = await context.Plans.AsNoTracking().Where(p => p.RegionId == regionId).Select(p => new { p.Id, Region = p.Region!.Name }).FirstOrDefaultAsync();
        if (plan is null)
        {
            return null;
        }

        var indicators = await context.Indicators.AsNoTracking().Where(i => i.PlanId == plan.Id).OrderBy(i => i.Ordinal).ToListAsync();
        var ids = indicators.Select(i => i.Id).ToList();
        var values = await context.IndicatorValues.AsNoTracking().Where(v => ids.Contains(v.IndicatorId)).ToListAsync();
        var report = await context.CityYearReports.AsNoTracking().SingleOrDefaultAsync(r => r.RegionId == regionId && r.Year == year);
        var checks = ValueCheckContexts.From(indicators, values.Where(v => v.Year < year).Select(v => new YearValueOf(v.IndicatorId, v.Year, v.Value)));
        var reportingYear = await context.ReportingYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year);

        var rows = indicators.Select(i => new ProgressEntryRow(
            i.Id, i.Category, i.Number, i.Name, i.Unit, i.Baseline.Text, i.Target.Text, i.Cumulative, i.IsBinding, i.ParentId is not null,
            values.Where(v => v.IndicatorId == i.Id && v.Year < year).ToDictionary(v => v.Year, v => v.Value), i.Target,
            values.Where(v => v.IndicatorId == i.Id && v.Year == year && !v.IsDemo)
                .Select(v => new ReportedFigures(v.Value, v.IsPreliminary, v.PreliminaryValue, v.PreliminaryReportedAt, v.FinalReportedAt)).SingleOrDefault())).ToList();
        var request = new SaveProgressRequest
        {
            RegionId = regionId,
            Year = year,
            Version = report?.Version,
            Rows = [.. indicators.Select(i =>
            {
                // Demo values are not offered as the reporter's own input: saving the form must not adopt them.
                var current = values.SingleOrDefault(v => v.IndicatorId == i.Id && v.Year == year && !v.IsDemo);
                return new ProgressRowInput { IndicatorId = i.Id, Name = i.Name, Unit = i.Unit, Value = current?.Value, IsPreliminary = current?.IsPreliminary ?? false, Note = current?.Note, Source = current?.Source, Cause = current?.Cause, CorrectiveMeasures = current?.CorrectiveMeasures, Context = checks[i.Id] };
            })],
        };
        return new ProgressEntryForm(regionId, plan.Region, year, report?.Status ?? ReportStatus.Draft, report?.Version, rows, request, reportingYear?.Deadline, reportingYear?.IsClosed ?? true);
    }

    public async Task<SaveProgressResult> SaveAsync(SaveProgressRequest request, CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (!await guard.CanWriteRegionAsync(request.RegionId, $"progress/{request.Year}/save"))
        {
            return SaveProgressResult.Fail(SaveOutcome.NotAllowed, "只有本市的填报员可以填报本市数据。");
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        // The city's indicators with what each value is checked against: names and units come from here, not the client.
        var checks = await ValueCheckContexts.ForRegionAsync(context, request.RegionId, request.Year, cancellationToken);
        if (request.Rows.Any(r => !checks.ContainsKey(r.IndicatorId)))
        {
            return SaveProgressResult.Fail(SaveOutcome.NotAllowed, "提交的指标不属于本市规划。");
        }

        foreach (var row in request.Rows)
        {
            var check = checks[row.IndicatorId];
            (row.Name, row.Unit, row.Context) = (check.Name, check.Unit, check);
        }

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return SaveProgressResult.Fail(SaveOutcome.Invalid, [.. validation.Errors.Select(e => e.ErrorMessage).Distinct()]);
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var gate = await ReportGate.OpenAsync(context, request.RegionId, request.Year, request.Version, requireEditable: true, cancellationToken);
        if (gate.Refusal == ReportGateRefusal.Conflict)
        {
            return await ConflictAsync(context, request, gate.Report, cancellationToken);
        }

        if (!gate.IsOpen)
        {
            return SaveProgressResult.Fail(SaveOutcome.NotAllowed, gate.Message!);
        }

        var now = clock.GetUtcNow();
        var report = ReportGate.Touch(context, gate.Report, request.RegionId, request.Year, user!.UserName, now);
        var ids = request.Rows.Select(r => r.IndicatorId).ToList();
        var existing = await context.IndicatorValues.Where(v => ids.Contains(v.IndicatorId) && v.Year == request.Year).ToDictionaryAsync(v => v.IndicatorId, cancellationToken);
        foreach (var row in request.Rows)
        {
            ApplyRow(context, existing.GetValueOrDefault(row.IndicatorId), row, request.Year, user.UserName, now);
        }

        // The autosaved draft is now stored for real.
        await context.EntryDrafts.Where(d => d.RegionId == request.RegionId && d.Year == request.Year && d.UserName == user.UserName).ExecuteDeleteAsync(cancellationToken);
        if (!await ReportGate.TrySaveAndCommitAsync(context, transaction, cancellationToken))
        {
            // Someone saved between our read and our write.
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            return await ConflictAsync(fresh, request, await ReportGate.CurrentAsync(fresh, request.RegionId, request.Year, cancellationToken), cancellationToken);
        }

        return new SaveProgressResult(SaveOutcome.Saved, [], report.Version, new Dictionary<int, decimal?>(), null);
    }

    /// <summary>
    /// Writes one row's change and its history; a cleared value is removed. A demo value counts as no value: an
    /// empty input leaves it alone, a typed value replaces it.
    /// </summary>
    private static void ApplyRow(PlanTrackerDbContext context, IndicatorValue? current, ProgressRowInput row, int year, string userName, DateTimeOffset now)
    {
        var reported = current is { IsDemo: false } ? current : null;
        var unchanged = reported is null
            ? row.Value is null
            : reported.Value == row.Value && reported.IsPreliminary == row.IsPreliminary && reported.Note == row.Note && reported.Source == row.Source
                && reported.Cause == row.Cause && reported.CorrectiveMeasures == row.CorrectiveMeasures;
        if (unchanged)
        {
            return;
        }

        context.IndicatorValueChanges.Add(new IndicatorValueChange
        {
            IndicatorId = row.IndicatorId,
            Year = year,
            OldValue = reported?.Value,
            NewValue = row.Value,
            IsPreliminary = row.IsPreliminary,
            Note = row.Note,
            ChangedAt = now,
            ChangedBy = userName,
        });
        if (row.Value is not { } value)
        {
            context.IndicatorValues.Remove(current!);
            return;
        }

        if (current is { IsDemo: true })
        {
            // A typed value replaces a demo one entirely: none of its dates or figures survive.
            (current.IsDemo, current.IsPreliminary, current.PreliminaryValue, current.PreliminaryReportedAt, current.FinalReportedAt) = (false, false, null, null, null);
        }

        current ??= context.IndicatorValues.Add(new IndicatorValue { IndicatorId = row.IndicatorId, Year = year, UpdatedBy = userName }).Entity;
        current.Record(value, row.IsPreliminary, now);
        (current.Note, current.Source, current.Cause, current.CorrectiveMeasures, current.UpdatedAt, current.UpdatedBy) =
            (row.Note, row.Source, row.Cause, row.CorrectiveMeasures, now, userName);
    }

    private static async Task<SaveProgressResult> ConflictAsync(PlanTrackerDbContext context, SaveProgressRequest request, CityYearReport? theirs, CancellationToken cancellationToken)
    {
        var ids = request.Rows.Select(r => r.IndicatorId).ToList();
        var values = await context.IndicatorValues.AsNoTracking().Where(v => ids.Contains(v.IndicatorId) && v.Year == request.Year)
            .ToDictionaryAsync(v => v.IndicatorId, v => (decimal?)v.Value, cancellationToken);
        var who = theirs?.UpdatedBy ?? "其他用户";
        return new SaveProgressResult(SaveOutcome.Conflict, [$"{who} 在您打开此页后保存了 {request.Year} 年的数据。您的输入尚未保存：请对照下方对方的数值，合并后再保存。"], theirs?.Version, values, who);
    }
}
