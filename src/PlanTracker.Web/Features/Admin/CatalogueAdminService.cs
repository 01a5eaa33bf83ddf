using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Catalogue;
using PlanTracker.Domain.Catalogue;
using PlanTracker.Web.Security;
using PlanTracker.Domain;

namespace PlanTracker.Web.Features.Admin;

public sealed record MappingRow(int IndicatorId, string City, string Name, string? Unit, int? CanonicalId, string? CanonicalName, string? MappedBy);

public sealed record CanonicalOption(int Id, string Name, string Unit);

/// <summary>The admin's side of the catalogue: map plan rows by hand, add catalogue indicators.</summary>
public sealed class CatalogueAdminService(
    IDbContextFactory<PlanTrackerDbContext> contextFactory,
    CatalogueMapper mapper,
    AccessGuard guard,
    IValidator<CreateCanonicalRequest> validator)
{
    public const string NotAllowed = "只有管理员可以维护指标目录。";

    public async Task<(IReadOnlyList<MappingRow> Rows, IReadOnlyList<CanonicalOption> Catalogue)> LoadAsync(CancellationToken cancellationToken = default)
    {
        if (!await guard.CanAdministerAsync("admin/catalogue"))
        {
            return ([], []);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from indicator in context.Indicators.AsNoTracking()
            join plan in context.Plans on indicator.PlanId equals plan.Id
            join mapping in context.IndicatorMappings on indicator.Id equals mapping.IndicatorId into mappings
            from mapping in mappings.DefaultIfEmpty()
            join canonical in context.CanonicalIndicators on mapping.CanonicalIndicatorId equals canonical.Id into canonicals
            from canonical in canonicals.DefaultIfEmpty()
            orderby plan.Region!.AdminCode, indicator.Ordinal
            select new MappingRow(indicator.Id, plan.Region!.Name, indicator.Name, indicator.Unit,
                canonical != null ? canonical.Id : null, canonical != null ? canonical.Name : null, mapping != null ? mapping.MappedBy : null))
            .ToListAsync(cancellationToken);
        var catalogue = await context.CanonicalIndicators.AsNoTracking().OrderBy(c => c.Name).Select(c => new CanonicalOption(c.Id, c.Name, c.Unit)).ToListAsync(cancellationToken);
        return (rows, catalogue);
    }

    public async Task<Outcome> MapAsync(int indicatorId, int? canonicalId, CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (!await guard.CanAdministerAsync("admin/catalogue/map"))
        {
            return Outcome.Fail(OutcomeKind.Refused, NotAllowed);
        }

        if (canonicalId is null)
        {
            await mapper.UnmapAsync(indicatorId, cancellationToken);
            return Outcome.Success;
        }

        return await mapper.MapAsync(indicatorId, canonicalId.Value, user!.UserName, cancellationToken);
    }

    public async Task<Outcome> CreateAsync(CreateCanonicalRequest request, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanAdministerAsync("admin/catalogue/create"))
        {
            return Outcome.Fail(OutcomeKind.Refused, NotAllowed);
        }

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome.Invalid([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var name = request.Name.Trim();
        if (await context.CanonicalIndicators.AnyAsync(c => c.Name == name, cancellationToken))
        {
            return Outcome.Invalid($"目录中已有“{name}”。");
        }

        context.CanonicalIndicators.Add(new CanonicalIndicator { Name = name, Unit = Units.Normalise(request.Unit), Category = request.Category, Cumulative = request.Cumulative });
        await context.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }
}
