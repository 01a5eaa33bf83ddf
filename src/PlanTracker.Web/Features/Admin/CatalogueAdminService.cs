using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Catalogue;
using PlanTracker.Domain.Catalogue;
using PlanTracker.Web.Security;
using PlanTracker.Domain;

namespace PlanTracker.Web.Features.Admin;

public sealed record MappingRow(int IndicatorId, string City, string Name, string? Unit, int? CanonicalId, string? CanonicalName, string? MappedBy);

/// <summary>A catalogue indicator: its polarity as an admin set it (null: not set) and the one in effect.</summary>
public sealed record CanonicalOption(int Id, string Name, string Unit, string? Category, Polarity? Polarity)
{
    public Polarity Effective => Polarities.Resolve(Polarity, Name);
}

/// <summary>The admin's side of the catalogue: map plan rows by hand, add catalogue indicators.</summary>
public sealed class CatalogueAdminService(
    IDbContextFactory<PlanTrackerDbContext> contextFactory,
    CatalogueMapper mapper,
    AccessGuard guard,
    IValidator<CreateCanonicalRequest> validator,
    TimeProvider clock)
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
        var catalogue = await context.CanonicalIndicators.AsNoTracking().OrderBy(c => c.Name).Select(c => new CanonicalOption(c.Id, c.Name, c.Unit, c.Category, c.Polarity)).ToListAsync(cancellationToken);
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

    /// <summary>
    /// Sets which way a catalogue indicator is better (null: let its name decide), audited in the same transaction. Every
    /// plan row mapped to it is judged by it from then on; an approved report keeps what it showed at approval.
    /// </summary>
    public async Task<Outcome> SetPolarityAsync(int canonicalId, Polarity? polarity, CancellationToken cancellationToken = default)
    {
        var user = await guard.GetUserAsync();
        if (!await guard.CanAdministerAsync("admin/catalogue/polarity"))
        {
            return Outcome.Fail(OutcomeKind.Refused, NotAllowed);
        }

        if (polarity is { } chosen && !Enum.IsDefined(chosen))
        {
            return Outcome.Invalid("请选择指标方向。");
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var canonical = await context.CanonicalIndicators.FirstOrDefaultAsync(c => c.Id == canonicalId, cancellationToken);
        if (canonical is null)
        {
            return Outcome.Fail(OutcomeKind.NotFound, "目录中没有该指标，可能已被删除，请刷新页面。");
        }

        var before = PolarityText(canonical.Polarity, canonical.Name);
        canonical.Polarity = polarity;
        context.AuditEvents.Add(AuditEvent.Create(clock.GetUtcNow(), AuditActions.PolaritySet, user!.UserName, $"admin/catalogue/{canonical.Id}", null,
            $"“{canonical.Name}”指标方向：{before} → {PolarityText(polarity, canonical.Name)}"));
        await context.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>"越低越好"; for an unset one what decides: "按名称（越低越好）", or "未设置（按目标方向）" when the name says nothing.</summary>
    public static string PolarityText(Polarity? polarity, string name) => polarity switch
    {
        { } set => set.ToChinese(),
        null when Polarities.Suggest(name) is var suggested and not Polarity.FromTarget => $"按名称（{suggested.ToChinese()}）",
        null => $"未设置（{Polarity.FromTarget.ToChinese()}）",
    };

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
