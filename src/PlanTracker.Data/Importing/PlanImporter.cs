using System.Security.Cryptography;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Regions;
using PlanTracker.Import;
using PlanTracker.Import.Model;

namespace PlanTracker.Data.Importing;

/// <summary>
/// Imports plan texts (or plan JSON) into PostgreSQL: preview first (what would change), then the import
/// itself in one transaction. A plan is identified by region and period, so re-imports and other extractions
/// of the same plan update it in place. Used by the CLI, the portal's import page and the seed loader.
/// </summary>
public sealed class PlanImporter(IDbContextFactory<PlanTrackerDbContext> contextFactory, IValidator<ParsedPlan> validator, TimeProvider clock, ILogger<PlanImporter> logger)
{
    public async Task<ImportPreview> PreviewAsync(ImportSource source, CancellationToken cancellationToken = default)
    {
        var sha = Convert.ToHexString(SHA256.HashData(source.Content)).ToLowerInvariant();
        var (plan, encoding, errors) = Read(source);
        if (plan is null)
        {
            return new ImportPreview(source.FileName, sha, null, encoding, errors, null, false, null);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await LoadPlanAsync(context, plan, tracking: false, cancellationToken);
        var already = stored is not null && await context.SourceDocuments.AnyAsync(d => d.PlanId == stored.Id && d.Sha256 == sha, cancellationToken);
        return new ImportPreview(source.FileName, sha, plan, encoding, errors, PlanDiffer.Compare(stored, plan), already, stored?.Id);
    }

    /// <param name="allowRemovals">Drop indicators, 专栏 items and projects the new text no longer has.</param>
    public async Task<ImportResult> ImportAsync(ImportSource source, bool allowRemovals, CancellationToken cancellationToken = default)
    {
        var preview = await PreviewAsync(source, cancellationToken);
        if (!preview.CanImport)
        {
            return new ImportResult(ImportOutcome.Rejected, null, string.Join("；", preview.Errors), preview);
        }

        if (preview.AlreadyImported)
        {
            return new ImportResult(ImportOutcome.AlreadyImported, preview.ExistingPlanId, "该文件此前已导入，规划未改变。", preview);
        }

        if (preview.Diff!.DropsAnything && !allowRemovals)
        {
            return new ImportResult(ImportOutcome.NeedsConfirmation, preview.ExistingPlanId, "导入会删除现有的指标、专栏条目或项目，请确认后再导入。", preview);
        }

        var parsed = preview.Plan!;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
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
        var now = clock.GetUtcNow();
        var created = plan is null;
        if (plan is null)
        {
            plan = new Plan { Title = parsed.Title!, Region = region, CreatedAt = now };
            context.Plans.Add(plan);
        }

        PlanMapper.Apply(plan, parsed);
        plan.UpdatedAt = now;
        plan.SourceDocuments.Add(new SourceDocument
        {
            FileName = Path.GetFileName(source.FileName),
            Sha256 = preview.Sha256,
            Layout = parsed.Layout,
            Encoding = preview.Encoding ?? "json",
            WarningCount = parsed.Warnings.Count,
            ImportedAt = now,
            ImportedBy = source.ImportedBy,
        });
        await context.SaveChangesAsync(cancellationToken);
        PlanMapper.LinkParents(plan, parsed);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Imported {FileName} ({Sha256}) into plan {PlanId} of {Region}: {Indicators} indicators, {Chapters} chapters, {Warnings} warnings",
            source.FileName, preview.Sha256, plan.Id, parsed.Region, parsed.Indicators.Count, parsed.Chapters.Count, parsed.Warnings.Count);
        var outcome = created ? ImportOutcome.Created : ImportOutcome.Updated;
        var message = created ? $"已新建{parsed.Region}规划。" : $"已更新{parsed.Region}规划。";
        return new ImportResult(outcome, plan.Id, message, preview);
    }

    /// <summary>Decodes and parses a text, or reads plan JSON (.json); validates the result.</summary>
    private (ParsedPlan? Plan, string? Encoding, IReadOnlyList<string> Errors) Read(ImportSource source)
    {
        var fileName = Path.GetFileName(source.FileName);
        var sourceProblems = new[] { new PlanTextField("文件名", fileName, PlanFieldLimits.SourceFileName), new PlanTextField("导入人", source.ImportedBy, PlanFieldLimits.SourceImportedBy) }
            .Select(PlanTextRules.Problem).OfType<string>().ToList();
        if (sourceProblems.Count > 0)
        {
            return (null, null, sourceProblems);
        }

        var text = PlanDocumentReader.Read(source.FileName, source.Content);
        if (!text.Success)
        {
            return (null, null, [text.Error!]);
        }

        ParsedPlan? plan;
        if (source.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            plan = PlanJson.Deserialize(text.Text);
            if (plan is null)
            {
                return (null, text.Encoding, ["JSON 文件为空或格式不正确，无法读取规划。"]);
            }
        }
        else
        {
            plan = PlanParser.Parse(text);
            if (PlanParser.Refusal(plan) is { } refusal)
            {
                return (plan, text.Encoding, [refusal]);
            }
        }

        var validation = validator.Validate(plan);
        return (plan, text.Encoding, [.. validation.Errors.Select(e => e.ErrorMessage).Distinct()]);
    }

    private static async Task<Plan?> LoadPlanAsync(PlanTrackerDbContext context, ParsedPlan parsed, bool tracking, CancellationToken cancellationToken)
    {
        var query = context.Plans
            .Include(p => p.Chapters).ThenInclude(c => c.Sections)
            .Include(p => p.Indicators)
            .Include(p => p.PreviousPeriodResults)
            .Include(p => p.SpecialColumns).ThenInclude(c => c.Items).ThenInclude(i => i.Targets)
            .Include(p => p.Projects)
            .Include(p => p.SourceDocuments)
            .AsSplitQuery();
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        return await query.SingleOrDefaultAsync(p => p.Region!.Name == parsed.Region && p.PeriodStart == parsed.PeriodStart, cancellationToken);
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
