using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.ReportingYears;

public sealed record ReportingYearView(int Year, DateOnly Deadline, int DaysLeft, bool IsClosed, DateTimeOffset? ClosedAt, string? ClosedBy, uint Version);

public sealed record YearChangeResult(bool Succeeded, string Message);

/// <summary>A new deadline for a reporting year, checked against the version the admin saw.</summary>
public sealed class SetDeadlineRequest
{
    public int Year { get; set; }

    public DateOnly Deadline { get; set; }

    public uint Version { get; set; }
}

public sealed class SetDeadlineRequestValidator : AbstractValidator<SetDeadlineRequest>
{
    public SetDeadlineRequestValidator()
    {
        RuleFor(r => r.Year).InclusiveBetween(2021, 2025).WithMessage("年度必须在规划期 2021—2025 年内。");
        RuleFor(r => r.Deadline).Must((r, d) => d.Year >= r.Year && d.Year <= r.Year + 2)
            .WithMessage(r => $"{r.Year} 年的截止日期应在 {r.Year} 年至 {r.Year + 2} 年之间。");
    }
}

/// <summary>
/// Reporting years for every city: everyone reads the deadlines; only an admin moves a deadline, closes a year (it then
/// accepts nothing, see <see cref="Progress.ReportGate"/>) or opens it again. Each change is audited.
/// </summary>
public sealed class ReportingYearService(
    IDbContextFactory<PlanTrackerDbContext> contextFactory,
    AccessGuard guard,
    AuditLog audit,
    IValidator<SetDeadlineRequest> validator,
    TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IReadOnlyList<ReportingYearView>> ListAsync()
    {
        await using var context = await contextFactory.CreateDbContextAsync();
        var today = Today;
        var years = await context.ReportingYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        return [.. years.Select(y => new ReportingYearView(y.Year, y.Deadline, y.DaysLeft(today), y.IsClosed, y.ClosedAt, y.ClosedBy, y.Version))];
    }

    public async Task<YearChangeResult> SetDeadlineAsync(SetDeadlineRequest request)
    {
        if (!await guard.CanAdministerAsync($"years/{request.Year}/deadline"))
        {
            return new(false, "只有管理员可以修改截止日期。");
        }

        var validation = await validator.ValidateAsync(request);
        if (!validation.IsValid)
        {
            return new(false, validation.Errors[0].ErrorMessage);
        }

        return await ChangeAsync(request.Year, request.Version, AuditActions.DeadlineChanged, y => y.Deadline = request.Deadline, $"{request.Year} 年截止日期已改为 {request.Deadline:yyyy-MM-dd}。");
    }

    /// <summary>Closes the year for every city, or opens it again.</summary>
    public async Task<YearChangeResult> SetClosedAsync(int year, bool closed, uint version)
    {
        if (!await guard.CanAdministerAsync($"years/{year}/{(closed ? "close" : "reopen")}"))
        {
            return new(false, "只有管理员可以关闭或开放填报年度。");
        }

        var user = await guard.GetUserAsync();
        var now = clock.GetUtcNow();
        return await ChangeAsync(
            year,
            version,
            closed ? AuditActions.YearClosed : AuditActions.YearReopened,
            y => (y.ClosedAt, y.ClosedBy) = closed ? (now, user!.UserName) : ((DateTimeOffset?)null, (string?)null),
            closed ? $"{year} 年度已关闭：各市不能再填报、修改或提交。" : $"{year} 年度已重新开放填报。");
    }

    private async Task<YearChangeResult> ChangeAsync(int year, uint version, string auditAction, Action<ReportingYear> change, string done)
    {
        await using var context = await contextFactory.CreateDbContextAsync();
        var row = await context.ReportingYears.SingleOrDefaultAsync(y => y.Year == year);
        if (row is null)
        {
            return new(false, $"{year} 年不是规划期内的填报年度。");
        }

        if (row.Version != version)
        {
            return new(false, "该年度已被其他管理员修改，请刷新后再操作。");
        }

        change(row);
        try
        {
            await context.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(false, "该年度已被其他管理员修改，请刷新后再操作。");
        }

        var user = await guard.GetUserAsync();
        await audit.WriteAsync(auditAction, user?.UserName, $"years/{year}", null, done);
        return new(true, done);
    }
}
