using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Progress;

public sealed record ValueChangeView(int Year, decimal? OldValue, decimal? NewValue, bool IsPreliminary, string? Note, DateTimeOffset ChangedAt, string ChangedBy);

/// <summary>Every change to an indicator's reported values (who, when, old → new, note), for anyone who may read its city.</summary>
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

        return await context.IndicatorValueChanges.AsNoTracking()
            .Where(c => c.IndicatorId == indicatorId)
            .OrderByDescending(c => c.Id)
            .Select(c => new ValueChangeView(c.Year, c.OldValue, c.NewValue, c.IsPreliminary, c.Note, c.ChangedAt, c.ChangedBy))
            .ToListAsync(cancellationToken);
    }
}
