using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Plans;
using PlanTracker.Web.Features.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Security;
using PlanTracker.Domain;

namespace PlanTracker.Web.Features.ReportingYears;

/// <summary>A city for which an admin closed the year on its own (关闭年度 → 选定的市州).</summary>
public sealed record CityClosureView(int RegionId, string City, DateTimeOffset ClosedAt, string ClosedBy);

public sealed record ReportingYearView(int Year, DateOnly Deadline, int DaysLeft, bool IsClosed, DateTimeOffset? ClosedAt, string? ClosedBy, uint Version, IReadOnlyList<CityClosureView> ClosedCities)
{
    /// <summary>Closed for every city, or for this one.</summary>
    public bool IsClosedFor(int regionId) => IsClosed || ClosedCities.Any(c => c.RegionId == regionId);
}

/// <summary>A city that reports, as the close dialog offers it.</summary>
public sealed record ReportingCity(int RegionId, string Name);

/// <summary>
/// Reporting years: everyone reads the deadlines; only an admin moves a deadline, closes a year for every city or for
/// chosen cities (the city's year then accepts nothing, see <see cref="Progress.ReportGate"/>) or opens it again. Each
/// change runs in one transaction holding the year's row FOR UPDATE (so it waits for running saves, which hold it FOR
/// SHARE) and is audited.
/// </summary>
public sealed class ReportingYearService(
    IDbContextFactory<PlanTrackerDbContext> contextFactory,
    AccessGuard guard,
    IValidator<SetDeadlineRequest> validator,
    TimeProvider clock)
{
    public const string Stale = "该年度已被其他管理员修改，请刷新后再操作。";
    private const string NotAllowed = "只有管理员可以关闭或开放填报年度。";

    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IReadOnlyList<ReportingYearView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var today = Today;
        var years = await context.ReportingYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(cancellationToken);
        var closures = await (
            from closure in context.ReportingYearClosures.AsNoTracking()
            join region in context.Regions on closure.RegionId equals region.Id
            orderby region.AdminCode
            select new { closure.Year, View = new CityClosureView(region.Id, region.Name, closure.ClosedAt, closure.ClosedBy) })
            .ToListAsync(cancellationToken);
        return [.. years.Select(y => new ReportingYearView(
            y.Year, y.Deadline, y.DaysLeft(today), y.IsClosed, y.ClosedAt, y.ClosedBy, y.Version,
            [.. closures.Where(c => c.Year == y.Year).Select(c => c.View)]))];
    }

    /// <summary>The cities a year can be closed for, in the order of their administrative codes.</summary>
    public async Task<IReadOnlyList<ReportingCity>> CitiesAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Regions.AsNoTracking().OrderBy(r => r.AdminCode).Select(r => new ReportingCity(r.Id, r.Name)).ToListAsync(cancellationToken);
    }

    public async Task<Outcome<string>> SetDeadlineAsync(SetDeadlineRequest request, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanAdministerAsync($"years/{request.Year}/deadline"))
        {
            return Outcome<string>.Fail(OutcomeKind.Refused, "只有管理员可以修改截止日期。");
        }

        await using (var periods = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            request.Period = Domain.Plans.PlanPeriod.InForce(await periods.AllPeriodsAsync(cancellationToken), request.Year);
        }

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome<string>.Invalid([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        var done = $"{request.Year} 年截止日期已改为 {request.Deadline:yyyy-MM-dd}。";
        return await ChangeAsync(request.Year, request.Version, (_, row) =>
        {
            row.Deadline = request.Deadline;
            return Task.FromResult<Change>(new(done, [new(AuditActions.DeadlineChanged, $"years/{request.Year}", done)]));
        }, cancellationToken);
    }

    /// <summary>Closes the year for every city, or opens it again for every city (also those closed on their own).</summary>
    public async Task<Outcome<string>> SetClosedAsync(int year, bool closed, uint version, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanAdministerAsync($"years/{year}/{(closed ? "close" : "reopen")}"))
        {
            return Outcome<string>.Fail(OutcomeKind.Refused, NotAllowed);
        }

        var user = await guard.GetUserAsync();
        var now = clock.GetUtcNow();
        return await ChangeAsync(year, version, async (context, row) =>
        {
            if (closed)
            {
                (row.ClosedAt, row.ClosedBy) = (now, user!.UserName);
                var done = $"{year} 年度已关闭：各市不能再填报、修改或提交。";
                return new Change(done, [new(AuditActions.YearClosed, $"years/{year}", done)]);
            }

            (row.ClosedAt, row.ClosedBy) = (null, null);
            await context.ReportingYearClosures.Where(c => c.Year == year).ExecuteDeleteAsync(cancellationToken);
            var reopened = $"{year} 年度已重新开放填报。";
            return new Change(reopened, [new(AuditActions.YearReopened, $"years/{year}", reopened)]);
        }, cancellationToken);
    }

    /// <summary>Closes the year for the chosen cities only; the others keep reporting. Cities already closed stay as they are.</summary>
    public async Task<Outcome<string>> CloseForCitiesAsync(int year, IReadOnlyCollection<int> regionIds, uint version, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanAdministerAsync($"years/{year}/close-cities"))
        {
            return Outcome<string>.Fail(OutcomeKind.Refused, NotAllowed);
        }

        var user = await guard.GetUserAsync();
        var now = clock.GetUtcNow();
        return await ChangeCitiesAsync(year, regionIds, version, async (context, row, cities) =>
        {
            if (row.IsClosed)
            {
                return new Change($"{year} 年度已对所有市州关闭。", [], Failed: true);
            }

            var already = await context.ReportingYearClosures.Where(c => c.Year == year).Select(c => c.RegionId).ToListAsync(cancellationToken);
            var closing = cities.Where(c => !already.Contains(c.RegionId)).ToList();
            context.ReportingYearClosures.AddRange(closing.Select(c => new ReportingYearClosure { Year = year, RegionId = c.RegionId, ClosedAt = now, ClosedBy = user!.UserName }));
            var done = $"{year} 年度已对{Names(cities)}关闭：{(cities.Count == 1 ? "该市州" : "这些市州")}不能再填报、修改或提交，其他市州照常填报。";
            return new Change(done, [.. closing.Select(c => new AuditEntry(AuditActions.YearClosed, $"years/{year}/regions/{c.RegionId}", $"{year} 年度已对{c.Name}关闭。", c.RegionId))]);
        }, cancellationToken);
    }

    /// <summary>Opens the year again for the chosen cities that were closed on their own.</summary>
    public async Task<Outcome<string>> ReopenForCitiesAsync(int year, IReadOnlyCollection<int> regionIds, uint version, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanAdministerAsync($"years/{year}/reopen-cities"))
        {
            return Outcome<string>.Fail(OutcomeKind.Refused, NotAllowed);
        }

        return await ChangeCitiesAsync(year, regionIds, version, async (context, row, cities) =>
        {
            if (row.IsClosed)
            {
                return new Change($"{year} 年度已对所有市州关闭，请重新开放整个年度。", [], Failed: true);
            }

            var ids = cities.Select(c => c.RegionId).ToList();
            var closed = await context.ReportingYearClosures.Where(c => c.Year == year && ids.Contains(c.RegionId)).Select(c => c.RegionId).ToListAsync(cancellationToken);
            await context.ReportingYearClosures.Where(c => c.Year == year && ids.Contains(c.RegionId)).ExecuteDeleteAsync(cancellationToken);
            var done = $"{year} 年度已对{Names(cities)}重新开放填报。";
            return new Change(done, [.. cities.Where(c => closed.Contains(c.RegionId)).Select(c => new AuditEntry(AuditActions.YearReopened, $"years/{year}/regions/{c.RegionId}", $"{year} 年度已对{c.Name}重新开放填报。", c.RegionId))]);
        }, cancellationToken);
    }

    private async Task<Outcome<string>> ChangeCitiesAsync(int year, IReadOnlyCollection<int> regionIds, uint version, Func<PlanTrackerDbContext, ReportingYear, IReadOnlyList<ReportingCity>, Task<Change>> change, CancellationToken cancellationToken)
    {
        if (regionIds.Count == 0)
        {
            return Outcome<string>.Invalid("请至少选择一个市州。");
        }

        return await ChangeAsync(year, version, async (context, row) =>
        {
            var ids = regionIds.Distinct().ToList();
            var cities = await context.Regions.AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.AdminCode).Select(r => new ReportingCity(r.Id, r.Name)).ToListAsync(cancellationToken);
            return cities.Count != ids.Count
                ? new Change("所选市州不存在，请刷新后再操作。", [], Failed: true)
                : await change(context, row, cities);
        }, cancellationToken);
    }

    /// <summary>One transaction: the year's row locked FOR UPDATE and checked against the version the admin saw, the change and its audit rows, the commit.</summary>
    private async Task<Outcome<string>> ChangeAsync(int year, uint version, Func<PlanTrackerDbContext, ReportingYear, Task<Change>> change, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var row = await context.ReportingYears
            .FromSqlInterpolated($"SELECT *, xmin FROM reporting_years WHERE year = {year} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return Outcome<string>.Fail(OutcomeKind.NotFound, $"{year} 年不是规划期内的填报年度。");
        }

        if (row.Version != version)
        {
            return Outcome<string>.Fail(OutcomeKind.Conflict, Stale);
        }

        var outcome = await change(context, row);
        if (outcome.Failed)
        {
            return Outcome<string>.Invalid(outcome.Message);
        }

        var user = await guard.GetUserAsync();
        var now = clock.GetUtcNow();
        context.AuditEvents.AddRange(outcome.Audit.Select(entry => AuditEvent.Create(now, entry.Action, user?.UserName, entry.Target, null, entry.Detail, entry.RegionId)));
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<string>.Fail(OutcomeKind.Conflict, Stale);
        }

        return Outcome<string>.Of(outcome.Message);
    }

    private static string Names(IReadOnlyList<ReportingCity> cities) => string.Join("、", cities.Select(c => c.Name));

    /// <summary>One audit row of a change; a closing or opening for one city names it (RegionId), a whole year does not.</summary>
    private sealed record AuditEntry(string Action, string Target, string Detail, int? RegionId = null);

    private sealed record Change(string Message, IReadOnlyList<AuditEntry> Audit, bool Failed = false);
}

/// <summary>What the admin chose in the close dialog: every city, or these cities.</summary>
public sealed record CloseYearChoice(bool AllCities, IReadOnlyList<int> RegionIds);
