using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlanTracker.Data.Importing;
using PlanTracker.Domain.Catalogue;
using PlanTracker.Domain;

namespace PlanTracker.Data.Catalogue;

/// <summary>
/// Keeps the catalogue of canonical indicators and the plans' mappings to it. Automatic mapping only where the
/// normalised names are equal and the units measure the same thing (万人 and 人 convert; 万人 and % never);
/// everything else an admin maps by hand.
/// </summary>
public sealed class CatalogueMapper(IDbContextFactory<PlanTrackerDbContext> contextFactory, TimeProvider clock, ILogger<CatalogueMapper> logger)
{
    public const string Automatic = "auto";

    /// <summary>
    /// Maps unmapped rows to the catalogue indicator of the same normalised name, and creates a catalogue
    /// indicator for a name that two or more plans share. Returns the number of rows mapped.
    /// </summary>
    public async Task<int> MapAutomaticallyAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var count = await MapUnmappedAsync(context, clock.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (count > 0)
        {
            logger.LogInformation("Mapped {Count} plan indicators to the catalogue automatically", count);
        }

        return count;
    }

    /// <summary>
    /// The automatic mapping inside the caller's transaction (an import's, so a plan is never stored unmapped). One
    /// mapping at a time: two imports of different regions would otherwise both create the catalogue indicator
    /// their plans share.
    /// </summary>
    internal static async Task<int> MapUnmappedAsync(PlanTrackerDbContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({MappingLockKey})", cancellationToken);
        var mapped = await context.IndicatorMappings.Select(m => m.IndicatorId).ToListAsync(cancellationToken);
        var unmapped = await context.Indicators.AsNoTracking()
            .Where(i => !mapped.Contains(i.Id))
            .Select(i => new { i.Id, i.PlanId, i.Name, i.Unit, i.Category, i.Cumulative })
            .ToListAsync(cancellationToken);
        var catalogue = await context.CanonicalIndicators.ToListAsync(cancellationToken);
        var byKey = catalogue.ToDictionary(c => IndicatorKey.For(c.Name));
        var count = 0;

        foreach (var group in unmapped.GroupBy(i => IndicatorKey.For(i.Name)))
        {
            if (!byKey.TryGetValue(group.Key, out var canonical))
            {
                if (group.Select(i => i.PlanId).Distinct().Count() < 2)
                {
                    continue;
                }

                var unit = group.GroupBy(i => Units.Normalise(i.Unit)).OrderByDescending(g => g.Count()).First().Key;
                canonical = new CanonicalIndicator
                {
                    Name = group.GroupBy(i => i.Name).OrderByDescending(g => g.Count()).First().Key,
                    Unit = unit,
                    Category = group.Select(i => i.Category).FirstOrDefault(c => c is not null),
                    Cumulative = group.Count(i => i.Cumulative) * 2 > group.Count(),
                };
                context.CanonicalIndicators.Add(canonical);
                await context.SaveChangesAsync(cancellationToken);
                byKey[group.Key] = canonical;
            }

            foreach (var indicator in group)
            {
                if (Units.ConversionFactor(indicator.Unit, canonical.Unit) is not { } factor)
                {
                    continue;
                }

                context.IndicatorMappings.Add(new IndicatorMapping
                {
                    IndicatorId = indicator.Id,
                    CanonicalIndicatorId = canonical.Id,
                    UnitFactor = factor,
                    MappedBy = Automatic,
                    MappedAt = now,
                });
                count++;
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        return count;
    }

    /// <summary>The advisory lock of the automatic mapping (distinct from the per-region import locks, which hash a name).</summary>
    private const long MappingLockKey = 0x504C_414E_4341_5400; // "PLANCAT\0"

    /// <summary>An admin's mapping of one plan row; refused when the units measure different things.</summary>
    public async Task<Outcome> MapAsync(int indicatorId, int canonicalIndicatorId, string mappedBy, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var indicator = await context.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == indicatorId, cancellationToken);
        var canonical = await context.CanonicalIndicators.AsNoTracking().SingleOrDefaultAsync(c => c.Id == canonicalIndicatorId, cancellationToken);
        if (indicator is null || canonical is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, "指标不存在，可能已被删除。");
        }

        if (Units.ConversionFactor(indicator.Unit, canonical.Unit) is not { } factor)
        {
            return Outcome.Invalid($"单位不可比：“{indicator.Name}”的单位是“{indicator.Unit}”，目录指标“{canonical.Name}”的单位是“{canonical.Unit}”。");
        }

        await context.IndicatorMappings.Where(m => m.IndicatorId == indicatorId).ExecuteDeleteAsync(cancellationToken);
        context.IndicatorMappings.Add(new IndicatorMapping
        {
            IndicatorId = indicatorId,
            CanonicalIndicatorId = canonicalIndicatorId,
            UnitFactor = factor,
            MappedBy = mappedBy,
            MappedAt = clock.GetUtcNow(),
        });
        await context.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    public async Task UnmapAsync(int indicatorId, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.IndicatorMappings.Where(m => m.IndicatorId == indicatorId).ExecuteDeleteAsync(cancellationToken);
    }
}
