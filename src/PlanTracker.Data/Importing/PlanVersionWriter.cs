using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Catalogue;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Regions;
using PlanTracker.Domain.Reporting;
using PlanTracker.Import;
using PlanTracker.Import.Model;

namespace PlanTracker.Data.Importing;

/// <summary>
/// The one write of a plan version, for an import and a restore alike, whoever asks (the portal, the CLI, the seed
/// loader): in one transaction, under a per-region lock, the region is found or created, the plan written in place
/// (<see cref="PlanMapper"/>), the version recorded with the plan as stored (plan JSON, so any version can be brought
/// back later), the plan's rows mapped to the indicator catalogue (<see cref="CatalogueMapper"/>) and the audit row
/// written. Either all of it is stored or none.
/// </summary>
internal static class PlanVersionWriter
{
    public static async Task<(Plan Plan, bool Created, int Mapped)> WriteAsync(PlanTrackerDbContext context, ParsedPlan parsed, SourceDocument version, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // One import per region at a time: a second waits here and then sees the first one's plan.
        await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RegionLockKey(parsed.Region!)})", cancellationToken);

        var region = await context.Regions.SingleOrDefaultAsync(r => r.Name == parsed.Region, cancellationToken);
        if (region is null)
        {
            var known = KnownRegions.Find(parsed.Region);
            region = known is null ? KnownRegions.Unlisted(parsed.Region!) : Copy(known);
            context.Regions.Add(region);
        }

        var plan = await LoadPlanAsync(context, parsed, tracking: true, cancellationToken);
        var created = plan is null;
        if (plan is null)
        {
            plan = new Plan { Title = parsed.Title!, Region = region, PeriodStart = parsed.PeriodStart, PeriodEnd = parsed.PeriodEnd, CreatedAt = version.ImportedAt };
            context.Plans.Add(plan);
        }

        PlanMapper.Apply(plan, parsed);
        plan.UpdatedAt = version.ImportedAt;
        version.PlanJson = PlanJson.Serialize(parsed);
        plan.SourceDocuments.Add(version);
        await context.SaveChangesAsync(cancellationToken);
        PlanMapper.LinkParents(plan, parsed);
        await context.SaveChangesAsync(cancellationToken);
        await OpenReportingYearsAsync(context, plan.Period, cancellationToken);
        var mapped = await CatalogueMapper.MapUnmappedAsync(context, version.ImportedAt, cancellationToken);
        context.AuditEvents.Add(AuditOf(plan, version));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (plan, created, mapped);
    }

    /// <summary>导入规划 or 恢复规划的导入版本, by whom the version says, with the file and its corrections.</summary>
    private static AuditEvent AuditOf(Plan plan, SourceDocument version)
    {
        var restore = version.Origin == SourceOrigin.Restore;
        var detail = restore
            ? $"恢复版本 {version.RestoredFromId}：{version.FileName}"
            : version.Corrections.Count > 0 ? $"{version.FileName}（更正 {version.Corrections.Count} 处）" : version.FileName;
        return AuditEvent.Create(version.ImportedAt, restore ? AuditActions.PlanRestored : AuditActions.PlanImported, version.ImportedBy, $"plans/{plan.Id}", null, detail, plan.RegionId);
    }

    public static async Task<Plan?> LoadPlanAsync(PlanTrackerDbContext context, ParsedPlan parsed, bool tracking, CancellationToken cancellationToken)
    {
        var query = context.Plans
            .Include(p => p.Chapters).ThenInclude(c => c.Sections)
            .Include(p => p.Indicators)
            .Include(p => p.PreviousPeriodResults)
            .Include(p => p.SpecialColumns).ThenInclude(c => c.Items).ThenInclude(i => i.Targets)
            .Include(p => p.Projects)
            .AsSplitQuery();
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        return await query.SingleOrDefaultAsync(p => p.Region!.Name == parsed.Region && p.PeriodStart == parsed.PeriodStart, cancellationToken);
    }

    /// <summary>
    /// Every year of the plan's period can be reported on: a year without its reporting_years row gets one with the
    /// default deadline (<see cref="ReportingYear.DefaultDeadline"/>); a year already there (its deadline, a closing) is left alone.
    /// </summary>
    private static async Task OpenReportingYearsAsync(PlanTrackerDbContext context, PlanPeriod period, CancellationToken cancellationToken)
    {
        foreach (var year in period.Years)
        {
            var deadline = ReportingYear.DefaultDeadline(year);
            await context.Database.ExecuteSqlAsync($"INSERT INTO reporting_years (year, deadline) VALUES ({year}, {deadline}) ON CONFLICT (year) DO NOTHING", cancellationToken);
        }
    }

    private static long RegionLockKey(string region) =>
        BitConverter.ToInt64(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("plantracker-import:" + region)), 0);

    private static Region Copy(Region known) => new()
    {
        Name = known.Name,
        FullName = known.FullName,
        ShortName = known.ShortName,
        Province = known.Province,
        AdminCode = known.AdminCode,
    };
}
