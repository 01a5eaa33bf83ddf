using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Progress;

/// <summary>One history row; <see cref="Change"/> names only what the save changed.</summary>
public sealed record ValueChangeView(int Year, string Change, string? Note, DateTimeOffset ChangedAt, string ChangedBy);

/// <summary>Every change to an indicator's reported values (who by display name, when, what changed, note), for anyone who may read its city.</summary>
public sealed class ValueHistoryService(IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard)
{
    public async Task<IReadOnlyList<ValueChangeView>?> ForIndicatorAsync(int indicatorId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var regionId = await context.Indicators.AsNoTracking()
            .Where(i => i.Id == indicatorId)
            .Select(i => (int?)context.Plans.Where(p => p.Id == i.PlanId).Select(p => p.RegionId).Single())
            .SingleOrDefaultAsync(cancellationToken);
        if (regionId is not { } region || !await guard.CanReadRegionAsync(region, $"indicators/{indicatorId}/history"))
        {
            return null;
        }

        var rows = await context.IndicatorValueChanges.AsNoTracking()
            .Where(c => c.IndicatorId == indicatorId)
            .OrderByDescending(c => c.Id)
            .Select(c => new { c.Year, c.OldValue, c.NewValue, c.IsPreliminary, c.ChangedFields, c.Note, c.ChangedAt, ChangedBy = context.Users.Where(u => u.UserName == c.ChangedBy).Select(u => u.DisplayName).FirstOrDefault() ?? c.ChangedBy })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new ValueChangeView(
            c.Year, ValueChangeText.Describe(c.OldValue, c.NewValue, c.IsPreliminary, c.ChangedFields),
            c.ChangedFields is { } fields && !fields.HasFlag(ValueFields.Note) ? null : c.Note, c.ChangedAt, c.ChangedBy)).ToList();
    }
}
