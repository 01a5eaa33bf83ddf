using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress;
using PlanTracker.Web.Features.Progress.Entry;
using PlanTracker.Web.Features.Reports;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Progress.Review;

/// <summary>One step of the review thread, by the author's display name; a return's comments on single rows with it.</summary>
public sealed record ReviewComment(string Action, string? Text, DateTimeOffset WrittenAt, string Author, IReadOnlyList<RowCommentView> Rows);

/// <summary>A return's comment on one row (indicator, 专栏 item or project), with the row's name (<see cref="ReportRowNames"/>).</summary>
public sealed record RowCommentView(ReportRow Row, string Name, string Text);

/// <summary>What the reporter wrote with a value: note, source, 快报, and for a binding indicator behind time the cause and measures.</summary>
public sealed record ReporterNotes(string? Note, string? Source, bool IsPreliminary, string? Cause, string? CorrectiveMeasures);

/// <summary>A workflow move that was made: the report's status and version now, and what to tell the user ("已提交：…").</summary>
public sealed record ReviewMove(ReportStatus Status, uint Version, string Confirmation)
{
    /// <summary>The one line a page shows for a move: its confirmation, or why it was not made.</summary>
    public static string Said(Outcome<ReviewMove> outcome) => outcome switch
    {
        { Succeeded: true, Value: { } move } => move.Confirmation,
        _ => outcome?.Message ?? string.Empty,
    };
}

/// <summary>
/// Moves a city-year report through the workflow (<see cref="ReportWorkflow"/>): the reporter submits, the city's
/// leader approves or returns it with a comment, a leader or admin reopens an approved year with a reason. Each
/// move is checked against the report version the user saw, and recorded in the review thread.
/// </summary>
public sealed class ReportReviewService(IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard, CityYearWriter writer)
{
    /// <summary>A comment or return reason (report_comments.text), as long as a reporter's note; the textarea's maxlength and counter use it.</summary>
    public const int MaxCommentLength = SaveProgressRequestValidator.MaxNoteLength;

    public async Task<Outcome<ReviewMove>> MoveAsync(int regionId, int year, uint? version, ReportAction action, string? text, IReadOnlyList<RowComment>? rowComments = null, CancellationToken cancellationToken = default)
    {
        rowComments ??= [];
        var path = $"progress/{year}/{action.ToString().ToLowerInvariant()}";
        var allowed = action == ReportAction.Submit
            ? await guard.CanWriteRegionAsync(regionId, path)
            : await guard.CanReviewRegionAsync(regionId, adminToo: action == ReportAction.Reopen, path);
        if (!allowed)
        {
            return Outcome<ReviewMove>.Fail(OutcomeKind.Refused, $"您无权对该市报告执行“{action.ToChinese()}”。");
        }

        var user = await guard.GetUserAsync();
        var target = new CityYearWriteTarget(regionId, year, user!.UserName, version, CityYearGateMode.Workflow, AuditAction(action));
        var request = new MoveReportRequest(regionId, year, version, action, text, rowComments);
        var write = await writer.WriteAsync(target, request, scope => MoveStepAsync(scope, request, user.UserName), cancellationToken);
        return write.Kind switch
        {
            OutcomeKind.Succeeded => Outcome<ReviewMove>.Of(new(write.Value, write.Report!.Version, $"已{action.ToChinese()}：{year}年报告现为“{write.Value.ToChinese()}”。")),
            OutcomeKind.Conflict => Outcome<ReviewMove>.Fail(OutcomeKind.Conflict, "该报告已被他人更新，请刷新页面后再操作。"),
            _ => new(write.Kind, null, write.Errors),
        };
    }

    /// <summary>Inside the report's lock: the move must be one the workflow allows from the report's status, and a submit needs its binding explanations.</summary>
    private static async Task<CityYearStep<ReportStatus>> MoveStepAsync(CityYearWriteScope scope, MoveReportRequest request, string userName)
    {
        var (regionId, year, action, text) = (request.RegionId, request.Year, request.Action, request.Text);
        if (scope.Report is not { } report)
        {
            return CityYearStep<ReportStatus>.Refuse($"{year}年尚无保存的数据，请先填报并保存。");
        }

        if (ReportWorkflow.Next(report.Status, action) is not { } next)
        {
            return CityYearStep<ReportStatus>.Refuse($"报告当前为“{report.Status.ToChinese()}”，不能“{action.ToChinese()}”。");
        }

        // The 约束性 indicators whose value needs a cause and measures not given: the checklist's own rule (BindingExplanation).
        if (action == ReportAction.Submit
            && (await ReviewChecklist.ReadAsync(scope.Context, regionId, year, scope.CancellationToken)).Gaps.Where(g => g.Kind == ReviewGapKind.BindingUnexplained).Select(g => g.Subject).ToList() is { Count: > 0 } unexplained)
        {
            return CityYearStep<ReportStatus>.Refuse($"以下约束性指标滞后于时序进度或突破控制目标，提交前请填写“原因分析”和“整改措施”并保存：{string.Join("、", unexplained)}。");
        }

        // Approving a report with gaps (empty values, unexplained warnings, unreported 专栏 or projects) needs a stated reason,
        // checked here inside the report's lock, whatever the page showed.
        if (action == ReportAction.Approve && (await ReviewChecklist.ReadAsync(scope.Context, regionId, year, scope.CancellationToken)).Gaps is { } gaps && ReviewGaps.NeedsReason(gaps, text))
        {
            return CityYearStep<ReportStatus>.Refuse($"报告尚有 {gaps.Count} 项缺漏（{string.Join("、", gaps.GroupBy(g => g.Kind).Select(g => $"{g.Key.ToChinese()} {g.Count()} 项"))}），审核通过须在“意见 / 原因”中说明理由。");
        }

        // Row comments name rows of the city's own plan in force in the year, whatever the browser sent.
        var named = request.RowComments.Count == 0 ? [] : await ReportRowNames.OfReportAsync(scope.Context, regionId, year, [.. request.RowComments.Select(c => c.Row)], scope.CancellationToken);
        if (named.Count != request.RowComments.Count)
        {
            return CityYearStep<ReportStatus>.Refuse("逐项意见所指的指标、专栏条目或项目不在本市规划中，请刷新页面后重新填写。");
        }

        report.Status = next;
        if (next == ReportStatus.Approved)
        {
            // What the report shows now is kept with the approval, in its transaction (Reports.ApprovedReports).
            await ApprovedReports.CaptureAsync(scope.Context, report, scope.Now, userName, scope.CancellationToken);
        }

        var comment = new ReportComment { CityYearReportId = report.Id, Action = action.ToString(), Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(), WrittenAt = scope.Now, Author = userName };
        comment.RowComments.AddRange(request.RowComments.Select(c => new ReportRowComment
        {
            IndicatorId = c.Row.Kind == ReportRowKind.Indicator ? c.Row.Id : null,
            SpecialColumnItemId = c.Row.Kind == ReportRowKind.Item ? c.Row.Id : null,
            ProjectId = c.Row.Kind == ReportRowKind.Project ? c.Row.Id : null,
            Text = c.Text.Trim(),
        }));
        scope.Context.ReportComments.Add(comment);
        var rows = request.RowComments.Count == 0 ? string.Empty : $"（逐项意见 {request.RowComments.Count} 条：{string.Join("、", named.Select(n => n.Name))}）";
        return CityYearStep<ReportStatus>.Commit(next, $"{year}年报告改为“{next.ToChinese()}”" + (comment.Text is null ? string.Empty : $"：{comment.Text}") + rows);
    }

    private static string AuditAction(ReportAction action) => action switch
    {
        ReportAction.Submit => AuditActions.ReportSubmitted,
        ReportAction.Approve => AuditActions.ReportApproved,
        ReportAction.Return => AuditActions.ReportReturned,
        _ => AuditActions.ReportReopened,
    };

    /// <summary>What the report still lacks (<see cref="ReviewGaps"/>) and each value's warnings, for the reviewer to see before 审核通过; none when not readable.</summary>
    public async Task<ReviewChecks> ChecksAsync(int regionId, int year, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadRegionAsync(regionId, $"progress/{year}/checks"))
        {
            return ReviewChecks.None;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ReviewChecklist.ReadAsync(context, regionId, year, cancellationToken);
    }

    /// <summary>The report's status and version, or null when nothing has been saved for that year.</summary>
    public async Task<(ReportStatus Status, uint Version)?> StateAsync(int regionId, int year, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadRegionAsync(regionId, $"progress/{year}/state"))
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var report = await context.CityYearReports.AsNoTracking().SingleOrDefaultAsync(r => r.RegionId == regionId && r.Year == year, cancellationToken);
        return report is null ? null : (report.Status, report.Version);
    }

    /// <summary>The reporter's notes on each of the city's values for the year, by indicator id (demo values have none).</summary>
    public async Task<IReadOnlyDictionary<int, ReporterNotes>> NotesAsync(int regionId, int year, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadRegionAsync(regionId, $"progress/{year}/notes"))
        {
            return new Dictionary<int, ReporterNotes>();
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.IndicatorValues.AsNoTracking()
            .Where(v => v.Year == year && !v.IsDemo && context.Indicators.Any(i => i.Id == v.IndicatorId && context.Plans.Any(p => p.Id == i.PlanId && p.RegionId == regionId)))
            .ToDictionaryAsync(v => v.IndicatorId, v => new ReporterNotes(v.Note, v.Source, v.IsPreliminary, v.Cause, v.CorrectiveMeasures), cancellationToken);
    }

    public async Task<IReadOnlyList<ReviewComment>> ThreadAsync(int regionId, int year, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadRegionAsync(regionId, $"progress/{year}/thread"))
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ViewsAsync(context, regionId, year, Thread(context, regionId, year).OrderBy(c => c.Id), int.MaxValue, cancellationToken);
    }

    /// <summary>
    /// The 退回 the report is in now, with its row comments: what the reporter must change. Null when the report is not
    /// returned (a resubmitted report's old comments are history, in the thread) or not readable.
    /// </summary>
    public async Task<ReviewComment?> CurrentReturnAsync(int regionId, int year, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadRegionAsync(regionId, $"progress/{year}/return"))
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await context.CityYearReports.AnyAsync(r => r.RegionId == regionId && r.Year == year && r.Status == ReportStatus.Returned, cancellationToken))
        {
            return null;
        }

        return await LatestAsync(context, regionId, year, ReportAction.Return, cancellationToken);
    }

    /// <summary>The latest move of a kind in the city-year's thread (the submission a leader is asked to review), or null.</summary>
    public async Task<ReviewComment?> LatestMoveAsync(int regionId, int year, ReportAction action, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanReadRegionAsync(regionId, $"progress/{year}/thread"))
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await LatestAsync(context, regionId, year, action, cancellationToken);
    }

    private static async Task<ReviewComment?> LatestAsync(PlanTrackerDbContext context, int regionId, int year, ReportAction action, CancellationToken cancellationToken) =>
        await ViewsAsync(context, regionId, year, Thread(context, regionId, year).Where(c => c.Action == action.ToString()).OrderByDescending(c => c.Id), 1, cancellationToken) is [var latest, ..] ? latest : null;

    private static IQueryable<ReportComment> Thread(PlanTrackerDbContext context, int regionId, int year) =>
        context.ReportComments.AsNoTracking().Where(c => context.CityYearReports.Any(r => r.Id == c.CityYearReportId && r.RegionId == regionId && r.Year == year));

    /// <summary>
    /// Thread entries as every page reads them: people by display name (a login name only for an account since removed),
    /// row comments named and in the report's order (<see cref="ReportRowNames"/>).
    /// </summary>
    private static async Task<IReadOnlyList<ReviewComment>> ViewsAsync(PlanTrackerDbContext context, int regionId, int year, IQueryable<ReportComment> comments, int take, CancellationToken cancellationToken)
    {
        var stored = await comments.Take(take).Select(c => new
        {
            c.Action,
            c.Text,
            c.WrittenAt,
            Author = context.Users.Where(u => u.UserName == c.Author).Select(u => u.DisplayName).FirstOrDefault() ?? c.Author,
            Rows = c.RowComments.Select(r => new { r.IndicatorId, r.SpecialColumnItemId, r.ProjectId, r.Text }).ToList(),
        }).ToListAsync(cancellationToken);
        var texts = stored.Select(c => c.Rows.ToDictionary(
            r => r.IndicatorId is { } indicator ? ReportRow.Indicator(indicator) : r.SpecialColumnItemId is { } item ? ReportRow.Item(item) : ReportRow.Project(r.ProjectId!.Value),
            r => r.Text)).ToList();
        var rows = texts.SelectMany(t => t.Keys).Distinct().ToList();
        var named = rows.Count == 0 ? [] : await ReportRowNames.OfReportAsync(context, regionId, year, rows, cancellationToken);
        return [.. stored.Select((c, k) => new ReviewComment(c.Action, c.Text, c.WrittenAt, c.Author,
            [.. named.Where(n => texts[k].ContainsKey(n.Row)).Select(n => new RowCommentView(n.Row, n.Name, texts[k][n.Row]))]))];
    }
}
