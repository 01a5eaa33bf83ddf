using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Importing;
using PlanTracker.Domain.Plans;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Plans;

/// <summary>
/// Reads plans for the plan pages: no-tracking projections into small records. City users see their own
/// city's plan only; provincial analysts and admins see all (<see cref="AccessRules"/>).
/// </summary>
public sealed class PlanService(IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard)
{
    public async Task<IReadOnlyList<PlanSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (user is null)
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var readable = context.Plans.AsNoTracking().ReadableBy(user).OrderBy(p => p.Region!.Province).ThenBy(p => p.Region!.AdminCode).ThenBy(p => p.PeriodStart);
        return await Summaries(readable).ToListAsync(cancellationToken);
    }

    /// <summary>The plan, or null when it does not exist or belongs to a city the user may not read.</summary>
    public async Task<PlanDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var regionId = await context.Plans.Where(p => p.Id == id).Select(p => (int?)p.RegionId).SingleOrDefaultAsync(cancellationToken);
        if (regionId is null || !await guard.CanReadRegionAsync(regionId.Value, $"plans/{id}"))
        {
            return null;
        }

        var summary = await Summaries(context.Plans.AsNoTracking().Where(p => p.Id == id)).SingleAsync(cancellationToken);
        var plan = await context.Plans.AsNoTracking()
            .Where(p => p.Id == id)
            .Include(p => p.Indicators)
            .Include(p => p.PreviousPeriodResults)
            .Include(p => p.Chapters).ThenInclude(c => c.Sections)
            .Include(p => p.SpecialColumns).ThenInclude(c => c.Items).ThenInclude(i => i.Targets)
            .Include(p => p.Projects)
            .AsSplitQuery()
            .SingleAsync(cancellationToken);

        return new PlanDetail(
            summary,
            plan.IndicatorFootnote,
            [.. plan.Indicators.OrderBy(i => i.Ordinal).Select(ToRow)],
            [.. plan.PreviousPeriodResults.OrderBy(r => r.Ordinal).Select(r => new PreviousResultRow(
                r.Number, r.Name, r.Unit, r.PreviousBase.Text, r.Planned.Text, r.Actual.Text, r.Attribute?.ToChinese(), r.ParentNumber is not null))],
            [.. plan.Chapters.OrderBy(c => c.Number).Select(c => new ChapterView(
                c.Number, c.Title, c.Paragraphs, [.. c.Sections.OrderBy(s => s.Number).Select(s => new SectionView(s.Number, s.Title, s.Paragraphs))]))],
            [.. plan.SpecialColumns.OrderBy(c => c.Number).Select(c => new SpecialColumnView(
                c.Number, c.Title, c.Kind, c.ChapterNumber, c.SectionNumber,
                [.. c.Items.OrderBy(i => i.Number).Select(i => new SpecialColumnItemView(
                    i.Number, i.Title, i.Text, [.. i.Targets.OrderBy(t => t.Id).Select(t => new ItemTargetView(t.Phrase, t.Value, t.Unit, t.Comparator.ToSymbol(), t.Year))]))]))],
            [.. plan.Projects.OrderBy(p => p.Ordinal).Select(p => new ProjectView(
                p.Number, p.Name, p.Nature, p.Location, p.Owner, p.Content, p.Period, p.TotalInvestment, p.PeriodInvestment, p.FundingSource))],
            await VersionsAsync(context, id, cancellationToken));
    }

    /// <summary>The plan's imported versions, oldest first, without the stored plan JSON itself.</summary>
    private static async Task<IReadOnlyList<SourceDocumentView>> VersionsAsync(PlanTrackerDbContext context, int planId, CancellationToken cancellationToken)
    {
        var newestFirst = await context.SourceDocuments.AsNoTracking()
            .NewestFirst(planId)
            .Select(d => new SourceDocumentView(
                d.Id, d.FileName, d.Sha256, d.Layout, d.Encoding, d.WarningCount, d.ImportedAt, d.ImportedBy, d.Origin, d.RestoredFromId, d.PlanJson != null,
                d.Corrections.OrderBy(c => c.Ordinal).Select(c => new CorrectionEntry(c.RowLabel, c.Field, c.Before, c.After)).ToList()))
            .ToListAsync(cancellationToken);
        return [.. newestFirst.Select((v, i) => v with { IsCurrent = i == 0 }).Reverse()];
    }

    private static IQueryable<PlanSummary> Summaries(IQueryable<Plan> plans) =>
        plans.Select(p => new PlanSummary(
            p.Id,
            p.Region!.Name,
            p.Region.FullName,
            p.Region.Province,
            p.Title,
            p.DocumentNumber,
            p.Issuer,
            p.IssuedOn,
            p.Indicators.Count,
            p.Indicators.Count(i => i.Attribute == IndicatorAttribute.Binding),
            p.SpecialColumns.Count,
            p.Projects.Count,
            p.SourceDocuments.Count,
            p.PeriodStart,
            p.PeriodEnd));

    private static IndicatorRow ToRow(Indicator i) => new(
        i.Number, i.Category, i.Name, i.Unit, i.Baseline.Text, i.Target.Text, i.Cumulative, i.Attribute?.ToChinese(), i.ParentId is not null, i.ExtraColumns);
}
