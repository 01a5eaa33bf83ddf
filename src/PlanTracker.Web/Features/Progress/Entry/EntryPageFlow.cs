using MudBlazor;
using PlanTracker.Data;
using PlanTracker.Domain;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Items;
using PlanTracker.Web.Features.Progress.Review;
using PlanTracker.Web.Hosting;

namespace PlanTracker.Web.Features.Progress.Entry;

/// <summary>
/// One visit to the entry page: what was loaded and typed, and the load / draft / save / submit steps over it.
/// <see cref="ProgressEntryPage"/> lays it out, runs the autosave timer and tells the person (snackbar, dialog); this
/// class decides what is stored, so the order of the steps (a draft write finishing before a save, the 专栏 part
/// adopting a save's outcome) lives in one place.
/// </summary>
public sealed class EntryPageFlow(ProgressEntryService entry, ItemProgressService itemProgress, ReportReviewService review,
    EntryDraftService drafts, DatabaseAvailability availability, TimeProvider clock, ILogger<EntryPageFlow> logger)
{
    private Task _autosaving = Task.CompletedTask;

    public int Year { get; private set; }
    public bool Loaded { get; private set; }
    public ProgressEntryForm? Form { get; private set; }
    public ItemProgressForm? Items { get; private set; }
    public ReportStatus Status { get; private set; }
    public Outcome<SavedProgress>? Result { get; private set; }
    public Outcome<ReviewMove>? Move { get; private set; }

    /// <summary>The open return's comment (with its row comments) while the report is 已退回.</summary>
    public ReviewComment? Return { get; private set; }
    public bool Saving { get; private set; }
    public int Saves { get; private set; }
    public int Edits { get; private set; }
    public DateTimeOffset SavedAt { get; private set; }
    public DateTimeOffset? AutosavedAt { get; private set; }
    public DateTimeOffset? RestoredDraftAt { get; private set; }
    public DateTimeOffset? ItemsSavedAt { get; private set; }
    public IReadOnlyList<string> ItemsErrors { get; private set; } = [];

    /// <summary>The last save found the database down: save again when it is back.</summary>
    public bool SaveWhenBack { get; private set; }

    public bool Editable => Form?.Editable(Status) ?? false;

    public async Task LoadAsync(int year, bool restoreDraft)
    {
        Year = year;
        Form = await entry.LoadAsync(year);
        Items = Form is null ? null : await itemProgress.LoadAsync(year);
        Loaded = true;
        (Status, Result, Move, AutosavedAt, RestoredDraftAt, ItemsSavedAt, ItemsErrors) = (Form?.Status ?? ReportStatus.Draft, null, null, null, null, null, []);
        Return = Form is not null && Status == ReportStatus.Returned ? await review.CurrentReturnAsync(Form.RegionId, year) : null;
        if (restoreDraft && Form is not null && Editable && await drafts.LoadAsync(Form.RegionId, year) is { } draft
            // Both parts of the page come back (| not ||: the 专栏 part too when the rows changed).
            && (EntryDraftService.Apply(draft, Form.Request) | (Items is not null && EntryDraftService.ApplyWork(draft, Items.Request))))
        {
            RestoredDraftAt = draft.SavedAt;
        }
    }

    public Task ReloadAsync() => LoadAsync(Year, restoreDraft: false);

    /// <summary>Something was typed (the page starts the autosave wait).</summary>
    public void Typed() => Edits++;

    /// <summary>Keeps the typed input as a draft. False when nothing was written (read-only, a save under way, a failure).</summary>
    public async Task<bool> AutosaveAsync()
    {
        if (Form is null || !Editable || Saving)
        {
            return false;
        }

        try
        {
            var draft = drafts.SaveAsync(Form.Request, Items?.Request);
            _autosaving = draft;
            AutosavedAt = await draft;
            return true;
        }
        catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex))
        {
            // The input stays on the page; the save after the outage stores it.
            availability.ReportUnavailable(ex);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Autosave failed for region {RegionId} year {Year}", Form.RegionId, Year);
        }

        return false;
    }

    public async Task DiscardDraftAsync()
    {
        await drafts.DiscardAsync(Form!.RegionId, Year);
        await ReloadAsync();
    }

    /// <summary>Saves the rows, and the 专栏/project part when it was typed into, in one write.</summary>
    public async Task<Outcome<SavedProgress>> SaveAsync()
    {
        Saving = true;
        // A draft write still under way finishes first: the save then removes it, instead of the late draft outliving
        // the save and coming back as "restored input" on the next visit.
        await _autosaving.ContinueWith(_ => { }, TaskScheduler.Default);
        // The service merges per row and the form adopts the outcome: stored values, conflicts to decide (Adopt).
        var typedItems = Items?.Request is { HasChanges: true } typed ? typed : null;
        Outcome<SavedProgress> result;
        try
        {
            result = await entry.SaveAsync(Form!.Request, typedItems);
        }
        catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex))
        {
            availability.ReportUnavailable(ex);
            result = SavedProgress.Fail(OutcomeKind.Unavailable, "数据库暂时不可用，本次未保存。您的输入仍保留在本页：数据库恢复后会自动重新保存，也可以稍后再点“保存”。");
        }
        finally
        {
            (Saving, Saves) = (false, Saves + 1);
        }

        (Result, SaveWhenBack, Move) = (result, result.Kind == OutcomeKind.Unavailable, null);
        if (typedItems is not null && result.Kind is OutcomeKind.Succeeded or OutcomeKind.Conflict)
        {
            await AdoptItemsAsync(typedItems, result.Value!.Work);
        }

        if (result.Kind == OutcomeKind.Succeeded)
        {
            (SavedAt, AutosavedAt, RestoredDraftAt) = (clock.GetUtcNow().ToChinaTime(), null, null);
        }

        return result;
    }

    /// <summary>Saves the page, then hands the report in. Null when the save did not go through (nothing was moved).</summary>
    public async Task<Outcome<ReviewMove>?> SubmitAsync()
    {
        if ((await SaveAsync()).Kind != OutcomeKind.Succeeded)
        {
            return null;
        }

        Saving = true;
        try
        {
            var move = await review.MoveAsync(Form!.RegionId, Year, Form.Request.Version, ReportAction.Submit, null);
            if (move.Succeeded)
            {
                (Status, Form.Request.Version, Result, Return) = (move.Value!.Status, move.Value.Version, null, null);
            }

            return Move = move;
        }
        finally
        {
            Saving = false;
        }
    }

    /// <summary>A conflicted row was decided: once all are, the page says what to do next.</summary>
    public void Chosen()
    {
        if (Result is { Kind: OutcomeKind.Conflict } && Form!.Request.Rows.All(r => r.Conflict is null))
        {
            Result = Result with { Errors = ["已为所有冲突的指标作出选择，请点击“保存”。"] };
        }
    }

    /// <summary>The snackbar line after a save.</summary>
    public (string Message, Severity Severity) SaveNotice() => Result!.Kind switch
    {
        OutcomeKind.Succeeded => ($"已保存（{SavedAt:HH:mm:ss}）", Severity.Success),
        OutcomeKind.Conflict => ($"未全部保存：{Result.Value!.Conflicts.Count + Result.Value.Work.Conflicts.Count} 项与他人的修改冲突，请逐项处理", Severity.Warning),
        OutcomeKind.Invalid => ($"保存失败：{Result.Errors.Count} 处需要修改", Severity.Error),
        OutcomeKind.Unavailable => ("保存失败：数据库暂时不可用，输入仍在本页", Severity.Error),
        OutcomeKind.TimedOut => ("保存失败：数据库响应超时，输入仍在本页", Severity.Error),
        _ => ("保存失败，原因见页面", Severity.Error),
    };

    /// <summary>
    /// The 专栏 part after a save that took it: read again (what is stored now, the next save's base), with the rows left in
    /// conflict showing this person's input over the other person's version.
    /// </summary>
    private async Task AdoptItemsAsync(SaveItemProgressRequest typed, WorkWrite written)
    {
        if (await itemProgress.LoadAsync(Year) is { } fresh)
        {
            fresh.Request.KeepConflicted(typed, written.Conflicts);
            Items = fresh;
        }

        ItemsSavedAt = written.Conflicts.Count == 0 ? clock.GetUtcNow().ToChinaTime() : null;
        ItemsErrors = written.Conflicts.Count == 0 ? [] : [written.ConflictMessage!];
    }
}
