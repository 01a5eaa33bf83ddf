using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Plans;
using PlanTracker.Domain;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress;
using PlanTracker.Web.Features.Progress.Items;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Progress.Entry;

/// <summary>
/// The reporter's yearly entry: load the city's plan with earlier years, save this year's values — and the page's
/// 专栏/project part with them — in one transaction with a history row per change. Two people saving the same city and
/// year: each row merges against what the page loaded; a row both changed comes back as a conflict with the other
/// person's version, never silently overwritten.
/// </summary>
public sealed class ProgressEntryService(
    IDbContextFactory<PlanTrackerDbContext> contextFactory,
    AccessGuard guard,
    CityYearWriter writer,
    ItemProgressService work)
{
    public async Task<ProgressEntryForm?> LoadAsync(int year, CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (user?.RegionId is not { } regionId || !await guard.CanWriteRegionAsync(regionId, $"progress/{year}"))
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var plan = await context.Plans.AsNoTracking().InForce(regionId, year).Select(p => new { p.Id, Region = p.Region!.Name, p.PeriodStart, p.PeriodEnd }).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var indicators = await context.Indicators.OfPlanWithAdjustments(plan.Id).ToListAsync(cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var values = await context.IndicatorValues.AsNoTracking().Where(v => ids.Contains(v.IndicatorId)).ToListAsync(cancellationToken);
        var report = await context.CityYearReports.AsNoTracking().SingleOrDefaultAsync(r => r.RegionId == regionId && r.Year == year, cancellationToken);
        var period = new PlanPeriod(plan.PeriodStart, plan.PeriodEnd);
        var checks = ValueCheckContexts.From(indicators, values.Where(v => v.Year < year).Select(v => new YearValueOf(v.IndicatorId, v.Year, v.Value)), period, year);
        var yearState = await ReportGate.ReadYearForDisplayAsync(context, regionId, year, cancellationToken);

        var rows = indicators.Select(i => new ProgressEntryRow(
            i.Id, i.Category, i.Number, i.Name, i.Unit, i.Baseline.Text, i.Target.Text, i.Cumulative, i.IsBinding, i.ParentId is not null,
            values.Where(v => v.IndicatorId == i.Id && v.Year < year).ToDictionary(v => v.Year, v => v.Value), i.TargetIn(year),
            values.Where(v => v.IndicatorId == i.Id && v.Year == year && !v.IsDemo)
                .Select(v => new ReportedFigures(v.Value, v.IsPreliminary, v.PreliminaryValue, v.PreliminaryReportedAt, v.FinalReportedAt)).SingleOrDefault())
        { Adjustment = i.AdjustmentIn(year) }).ToList();
        var request = new SaveProgressRequest
        {
            RegionId = regionId,
            Year = year,
            Period = period,
            Version = report?.Version,
            Rows = [.. indicators.Select(i =>
            {
                // Demo values are not offered as the reporter's own input: saving the form must not adopt them.
                var current = values.SingleOrDefault(v => v.IndicatorId == i.Id && v.Year == year && !v.IsDemo);
                var row = new ProgressRowInput { IndicatorId = i.Id, Name = i.Name, Unit = i.Unit, Value = current?.Value, IsPreliminary = current?.IsPreliminary ?? false, Note = current?.Note, Source = current?.Source, Cause = current?.Cause, CorrectiveMeasures = current?.CorrectiveMeasures, Context = checks[i.Id] };
                row.Base = RowFields.From(row);
                return row;
            })],
        };
        return new ProgressEntryForm(regionId, plan.Region, year, report?.Status ?? ReportStatus.Draft, report?.Version, rows, request, yearState.ReportingYear?.Deadline, !yearState.IsOpen, period);
    }

    /// <summary>
    /// Saves the fields this person changed since loading (each row against its base, <see cref="RowMerge"/>): rows only
    /// they changed are written, rows someone else changed meanwhile on the same fields come back as conflicts (nothing of
    /// those rows is written), the rest of the save is committed. The form adopts the outcome (<see cref="SaveProgressRequest.Adopt"/>).
    /// </summary>
    public Task<Outcome<SavedProgress>> SaveAsync(SaveProgressRequest request, CancellationToken cancellationToken = default) =>
        SaveAsync(request, null, cancellationToken);

    /// <summary>
    /// The entry page's one save: the indicator rows and, when given, the 专栏/project part (<paramref name="items"/>),
    /// validated together (<see cref="SaveYearRequestValidator"/>: invalid input anywhere stores nothing) and written in
    /// one transaction, each row merged against what the page loaded. Conflicts of either part are in the outcome.
    /// </summary>
    public async Task<Outcome<SavedProgress>> SaveAsync(SaveProgressRequest request, SaveItemProgressRequest? items, CancellationToken cancellationToken = default)
    {
        var sent = request.Rows.ToDictionary(r => r.IndicatorId, RowFields.From);
        var user = await guard.GetUserAsync();
        if (!await guard.CanWriteRegionAsync(request.RegionId, $"progress/{request.Year}/save"))
        {
            return SavedProgress.Fail(OutcomeKind.Refused, "只有本市的填报员可以填报本市数据。");
        }

        if (await PrepareAsync(request, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (items is not null && (items.RegionId, items.Year) != (request.RegionId, request.Year))
        {
            return SavedProgress.Fail(OutcomeKind.Refused, "专栏与项目进度不属于本页的城市和年度。");
        }

        if (items is not null && await work.PrepareAsync(items, cancellationToken) is { } itemsRefusal)
        {
            return SavedProgress.Fail(OutcomeKind.Refused, itemsRefusal);
        }

        // A save that changed only the 专栏 part is audited as such; anything else as a save of values.
        var action = request.Rows.Any(r => sent[r.IndicatorId] != r.Base) || items is not { HasChanges: true } ? AuditActions.ValuesSaved : AuditActions.ItemProgressSaved;
        var target = new CityYearWriteTarget(request.RegionId, request.Year, user!.UserName, null, CityYearGateMode.Merging, action);
        var write = await writer.WriteAsync(target, new SaveYearRequest(request, items), scope => WriteYearAsync(scope, request, items, sent, user.UserName), cancellationToken);
        switch (write.Kind)
        {
            case OutcomeKind.Conflict:
                // Rows merge, so the gate never reports one; if the report moved under the lock all the same, nothing was stored.
                return SavedProgress.Fail(OutcomeKind.Invalid, "保存时报告被他人同时修改，您的输入仍在页面上，请再次点击“保存”。");
            case not OutcomeKind.Succeeded:
                return SavedProgress.Fail(write.Kind, [.. write.Errors]);
        }

        var (stored, conflicts, saved, written) = write.Value!;
        string?[] messages = [conflicts.Count == 0 ? null : ConflictMessage(request, conflicts.Count, saved), written.ConflictMessage];
        var result = new Outcome<SavedProgress>(
            conflicts.Count == 0 && written.Conflicts.Count == 0 ? OutcomeKind.Succeeded : OutcomeKind.Conflict,
            new SavedProgress(write.Report!.Version, conflicts, stored, sent, saved) { Work = written },
            [.. messages.OfType<string>()]);
        request.Adopt(result);
        return result;
    }

    /// <summary>
    /// Names, units and check contexts from the city's plan (not from the client), so the writer's validator checks
    /// each row against the plan; null when the request may go to the writer.
    /// </summary>
    private async Task<Outcome<SavedProgress>?> PrepareAsync(SaveProgressRequest request, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var checks = await ValueCheckContexts.ForRegionAsync(context, request.RegionId, request.Year, cancellationToken);
        if (request.Rows.Any(r => !checks.ContainsKey(r.IndicatorId)))
        {
            return SavedProgress.Fail(OutcomeKind.Refused, "提交的指标不属于本市规划。");
        }

        foreach (var row in request.Rows)
        {
            var check = checks[row.IndicatorId];
            (row.Name, row.Unit, row.Context) = (check.Name, check.Unit, check);
        }

        request.Period = checks.Values.FirstOrDefault()?.Period;
        return null;
    }

    /// <summary>Inside the report's lock: the indicator rows, then the 专栏/project part, each row merged; the draft goes once nothing is left to decide.</summary>
    private static async Task<CityYearStep<(Dictionary<int, RowFields> Stored, Dictionary<int, RowConflict> Conflicts, int Saved, WorkWrite Work)>> WriteYearAsync(
        CityYearWriteScope scope, SaveProgressRequest request, SaveItemProgressRequest? items, Dictionary<int, RowFields> sent, string userName)
    {
        var (stored, conflicted, saved) = await WriteRowsAsync(scope, request, sent, userName);
        var written = items is null ? WorkWrite.None : await ItemProgressWriter.ApplyAsync(scope.Context, items, userName, scope.Now, scope.CancellationToken);
        if (conflicted.Count == 0 && written.Conflicts.Count == 0)
        {
            // The autosaved draft is now stored for real (with conflicts left it still holds the input being decided).
            await scope.Context.EntryDrafts.Where(d => d.RegionId == request.RegionId && d.Year == request.Year && d.UserName == userName).ExecuteDeleteAsync(scope.CancellationToken);
        }

        var conflicts = conflicted.Count == 0 ? new Dictionary<int, RowConflict>() : await ConflictsAsync(scope.Context, request.Year, conflicted, stored, scope.CancellationToken);
        var detail = $"保存 {saved} 项指标" + (conflicted.Count > 0 ? $"，{conflicted.Count} 项与他人的修改冲突未保存" : string.Empty)
            + (items is null ? string.Empty : $"；{written.Detail}");
        return CityYearStep<(Dictionary<int, RowFields>, Dictionary<int, RowConflict>, int, WorkWrite)>.Commit((stored, conflicts, saved, written), detail);
    }

    /// <summary>Each row this person changed, merged against what is stored now; conflicted rows written nowhere.</summary>
    private static async Task<(Dictionary<int, RowFields> Stored, Dictionary<int, RowFields> Conflicted, int Saved)> WriteRowsAsync(
        CityYearWriteScope scope, SaveProgressRequest request, Dictionary<int, RowFields> sent, string userName)
    {
        var (context, now, cancellationToken) = (scope.Context, scope.Now, scope.CancellationToken);
        var ids = request.Rows.Select(r => r.IndicatorId).ToList();
        var existing = await context.IndicatorValues.Where(v => ids.Contains(v.IndicatorId) && v.Year == request.Year).ToDictionaryAsync(v => v.IndicatorId, cancellationToken);
        var stored = ids.ToDictionary(id => id, id => IndicatorValueWriter.Fields(existing.GetValueOrDefault(id)));
        var conflicted = new Dictionary<int, RowFields>();
        var saved = 0;
        foreach (var row in request.Rows.Where(r => sent[r.IndicatorId] != r.Base))
        {
            if (RowMerge.Merge(row.Base, sent[row.IndicatorId], stored[row.IndicatorId]) is not { } merged)
            {
                conflicted[row.IndicatorId] = sent[row.IndicatorId];
            }
            else if (IndicatorValueWriter.Write(context, existing.GetValueOrDefault(row.IndicatorId), row.IndicatorId, request.Year, merged, userName, now))
            {
                (stored[row.IndicatorId], saved) = (merged, saved + 1);
            }
        }

        return (stored, conflicted, saved);
    }

    private static string ConflictMessage(SaveProgressRequest request, int conflicted, int saved) =>
        $"您打开此页后，其他人也修改了 {request.Year} 年的 {conflicted} 项指标，这些指标没有保存，对方的数值未被改动。"
        + (saved > 0 ? $"您的其余 {saved} 项修改已保存。" : string.Empty)
        + "请在下方逐项选择“保留我的”或“采用对方的”，然后再次点击“保存”。";

    /// <summary>Each conflicted row with both sides; who changed it last and when, from its change history.</summary>
    private static async Task<Dictionary<int, RowConflict>> ConflictsAsync(PlanTrackerDbContext context, int year, Dictionary<int, RowFields> mine, Dictionary<int, RowFields> stored, CancellationToken cancellationToken)
    {
        var ids = mine.Keys.ToList();
        var changes = await context.IndicatorValueChanges.AsNoTracking()
            .Where(c => ids.Contains(c.IndicatorId) && c.Year == year)
            .Select(c => new { c.Id, c.IndicatorId, c.ChangedBy, c.ChangedAt })
            .ToListAsync(cancellationToken);
        var latest = changes.GroupBy(c => c.IndicatorId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.Id)!);
        // The other person by display name, as the 专栏 part's conflicts name them (DisplayNames).
        var names = await DisplayNames.ByUserNameAsync(context, latest.Values.Select(c => c.ChangedBy), cancellationToken);
        return mine.ToDictionary(m => m.Key, m => latest.TryGetValue(m.Key, out var who)
            ? new RowConflict(m.Value, stored[m.Key], names.Of(who.ChangedBy), who.ChangedAt)
            : new RowConflict(m.Value, stored[m.Key], "其他用户", null));
    }
}
