using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Progress.Entry;

/// <summary>The inputs of one row as kept in an autosaved draft; <see cref="UnparsedValue"/> is value text that is not a number, kept as typed.</summary>
public sealed record DraftRow(int IndicatorId, decimal? Value, bool IsPreliminary, string? Note, string? Source, string? Cause, string? CorrectiveMeasures, RowFields? Base = null, string? UnparsedValue = null);

public sealed record EntryDraftView(DateTimeOffset SavedAt, uint? BasedOnVersion, IReadOnlyList<DraftRow> Rows);

/// <summary>
/// Autosaved drafts of the entry form: what the reporter typed, valid or not, kept per person, city and year until a
/// real save replaces it (<see cref="ProgressEntryService.SaveAsync"/> removes it in the same transaction). A draft
/// never touches the reported values: restoring one goes through the normal save, conflict check included.
/// </summary>
public sealed class EntryDraftService(IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard, TimeProvider clock)
{
    public async Task<DateTimeOffset?> SaveAsync(SaveProgressRequest request, CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (!await guard.CanWriteRegionAsync(request.RegionId, $"progress/{request.Year}/draft"))
        {
            return null;
        }

        var rows = request.Rows.Select(r => new DraftRow(r.IndicatorId, r.Value, r.IsPreliminary, r.Note, r.Source, r.Cause, r.CorrectiveMeasures, r.Base, r.UnparsedValue)).ToList();
        var content = JsonSerializer.Serialize(rows);
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
        return draft is null
            ? null
            : new EntryDraftView(draft.SavedAt, draft.BasedOnVersion is { } v ? (uint)v : null, JsonSerializer.Deserialize<List<DraftRow>>(draft.Content) ?? []);
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
}
