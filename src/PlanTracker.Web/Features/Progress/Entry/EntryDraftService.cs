using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Progress.Items;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Progress.Entry;

/// <summary>The inputs of one row as kept in an autosaved draft; <see cref="UnparsedValue"/> is value text that is not a number, kept as typed.</summary>
public sealed record DraftRow(int IndicatorId, decimal? Value, bool IsPreliminary, string? Note, string? Source, string? Cause, string? CorrectiveMeasures, RowFields? Base = null, string? UnparsedValue = null);

/// <summary>A 专栏 item's or a project's inputs as kept in a draft (exactly one of the two ids), unreadable numbers as typed, and the base they were typed on.</summary>
public sealed record DraftWork(int? ItemId, int? ProjectId, decimal? PercentComplete, string? UnparsedPercent, WorkStatus? Status, string? Note, decimal? CompletedInvestment, string? UnparsedInvestment, WorkFields Base);

/// <summary>An item target's value as kept in a draft, with the base it was typed on.</summary>
public sealed record DraftTarget(int ItemTargetId, decimal? Value, string? UnparsedValue, decimal? BaseValue);

/// <summary>A draft: the indicator rows and the 专栏/project part of the page (empty in drafts kept before it was).</summary>
public sealed record EntryDraftView(DateTimeOffset SavedAt, uint? BasedOnVersion, IReadOnlyList<DraftRow> Rows, IReadOnlyList<DraftWork> Work, IReadOnlyList<DraftTarget> Targets)
{
    public EntryDraftView(DateTimeOffset savedAt, uint? basedOnVersion, IReadOnlyList<DraftRow> rows)
        : this(savedAt, basedOnVersion, rows, [], [])
    {
    }
}

/// <summary>A draft's stored jsonb. Drafts kept before the 专栏 part was were a bare array of rows, and are read still.</summary>
internal sealed record DraftContent(IReadOnlyList<DraftRow> Rows, IReadOnlyList<DraftWork>? Work, IReadOnlyList<DraftTarget>? Targets)
{
    public static DraftContent Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Array
            ? new(JsonSerializer.Deserialize<List<DraftRow>>(json) ?? [], [], [])
            : JsonSerializer.Deserialize<DraftContent>(json) ?? new([], [], []);
    }
}

/// <summary>
/// Autosaved drafts of the entry form: what the reporter typed, valid or not, kept per person, city and year until a
/// real save replaces it (<see cref="ProgressEntryService"/>'s save removes it in the same transaction). A draft holds
/// the whole page, the indicator rows and the 专栏/project inputs, each with the base it was typed on. It never touches
/// the reported values: restoring one goes through the normal save, its per-row merge and conflicts included.
/// </summary>
public sealed class EntryDraftService(IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard, TimeProvider clock)
{
    public async Task<DateTimeOffset?> SaveAsync(SaveProgressRequest request, SaveItemProgressRequest? items = null, CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (!await guard.CanWriteRegionAsync(request.RegionId, $"progress/{request.Year}/draft"))
        {
            return null;
        }

        var rows = request.Rows.Select(r => new DraftRow(r.IndicatorId, r.Value, r.IsPreliminary, r.Note, r.Source, r.Cause, r.CorrectiveMeasures, r.Base, r.UnparsedValue)).ToList();
        List<DraftWork> work = items is null ? [] :
        [
            .. items.Items.Select(i => new DraftWork(i.ItemId, null, i.PercentComplete, i.UnparsedPercent, i.Status, i.Note, null, null, i.Base)),
            .. items.Projects.Select(p => new DraftWork(null, p.ProjectId, p.PercentComplete, p.UnparsedPercent, p.Status, p.Note, p.CompletedInvestment, p.UnparsedInvestment, p.Base)),
        ];
        List<DraftTarget> targets = items is null ? [] : [.. items.TargetValues.Select(t => new DraftTarget(t.ItemTargetId, t.Value, t.UnparsedValue, t.BaseValue))];
        var content = JsonSerializer.Serialize(new DraftContent(rows, work, targets));
        var now = clock.GetUtcNow();
        long? version = request.Version;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO entry_drafts (region_id, year, user_name, content, based_on_version, saved_at)
            VALUES ({request.RegionId}, {request.Year}, {user!.UserName}, CAST({content} AS jsonb), {version}, {now})
            ON CONFLICT (region_id, year, user_name) DO UPDATE
            SET content = excluded.content, based_on_version = excluded.based_on_version, saved_at = excluded.saved_at
            """, cancellationToken);
        return now;
    }

    public async Task<EntryDraftView?> LoadAsync(int regionId, int year, CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (user is null || !await guard.CanWriteRegionAsync(regionId, $"progress/{year}/draft"))
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var draft = await context.EntryDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.RegionId == regionId && d.Year == year && d.UserName == user.UserName, cancellationToken);
        if (draft is null)
        {
            return null;
        }

        var content = DraftContent.Read(draft.Content);
        return new EntryDraftView(draft.SavedAt, draft.BasedOnVersion is { } v ? (uint)v : null, content.Rows, content.Work ?? [], content.Targets ?? []);
    }

    public async Task DiscardAsync(int regionId, int year, CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (user is null || !await guard.CanWriteRegionAsync(regionId, $"progress/{year}/draft"))
        {
            return;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.EntryDrafts.Where(d => d.RegionId == regionId && d.Year == year && d.UserName == user.UserName).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Copies a draft's typed rows onto the form with the base they were typed on (so a save merges or reports a conflict
    /// like the original page would); true when anything differs from what was stored.
    /// </summary>
    public static bool Apply(EntryDraftView draft, SaveProgressRequest form)
    {
        var changed = false;
        foreach (var saved in draft.Rows)
        {
            if (form.Rows.FirstOrDefault(r => r.IndicatorId == saved.IndicatorId) is not { } row)
            {
                continue;
            }

            var typed = new RowFields(saved.Value, saved.IsPreliminary, RowFields.Blank(saved.Note), RowFields.Blank(saved.Source), RowFields.Blank(saved.Cause), RowFields.Blank(saved.CorrectiveMeasures));
            if (saved.Base is { } draftBase)
            {
                if (typed == draftBase && saved.UnparsedValue is null)
                {
                    // Not typed into: the freshly loaded value (someone may have saved it since) stays.
                    continue;
                }

                // The change is checked against what the reporter saw when typing it, not against today's value.
                row.Base = draftBase;
            }

            changed |= row.Value != saved.Value || saved.UnparsedValue is not null || row.IsPreliminary != saved.IsPreliminary || row.Note != saved.Note
                || row.Source != saved.Source || row.Cause != saved.Cause || row.CorrectiveMeasures != saved.CorrectiveMeasures;
            (row.Value, row.UnparsedValue, row.IsPreliminary, row.Note, row.Source, row.Cause, row.CorrectiveMeasures) =
                (saved.Value, saved.UnparsedValue, saved.IsPreliminary, saved.Note, saved.Source, saved.Cause, saved.CorrectiveMeasures);
        }

        form.Version = draft.BasedOnVersion;
        return changed;
    }

    /// <summary>
    /// Copies a draft's 专栏/project inputs onto the loaded 专栏 form with the base each was typed on (so the save merges or
    /// reports a conflict as the original page would); true when anything differs from what is stored. Inputs that were
    /// not typed into keep the freshly loaded values.
    /// </summary>
    public static bool ApplyWork(EntryDraftView draft, SaveItemProgressRequest form)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(form);
        var changed = false;
        foreach (var saved in draft.Work)
        {
            WorkProgressInput? input = saved.ItemId is { } itemId ? form.Items.FirstOrDefault(i => i.ItemId == itemId)
                : saved.ProjectId is { } projectId ? form.Projects.FirstOrDefault(p => p.ProjectId == projectId)
                : null;
            var typed = new WorkFields(saved.PercentComplete, saved.Status, RowFields.Blank(saved.Note), saved.CompletedInvestment);
            if (input is null || (typed == saved.Base && saved.UnparsedPercent is null && saved.UnparsedInvestment is null))
            {
                continue;
            }

            changed |= typed != input.Fields || saved.UnparsedPercent is not null || saved.UnparsedInvestment is not null;
            (input.PercentComplete, input.UnparsedPercent, input.Status, input.Note, input.Base) = (saved.PercentComplete, saved.UnparsedPercent, saved.Status, saved.Note, saved.Base);
            if (input is ProjectProgressInput project)
            {
                (project.CompletedInvestment, project.UnparsedInvestment) = (saved.CompletedInvestment, saved.UnparsedInvestment);
            }
        }

        foreach (var saved in draft.Targets.Where(t => t.Value != t.BaseValue || t.UnparsedValue is not null))
        {
            if (form.TargetValues.FirstOrDefault(t => t.ItemTargetId == saved.ItemTargetId) is { } target)
            {
                changed |= target.Value != saved.Value || saved.UnparsedValue is not null;
                (target.Value, target.UnparsedValue, target.BaseValue) = (saved.Value, saved.UnparsedValue, saved.BaseValue);
            }
        }

        return changed;
    }
}
