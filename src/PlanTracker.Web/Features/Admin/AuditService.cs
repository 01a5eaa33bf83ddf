using Microsoft.EntityFrameworkCore;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Admin;

/// <summary>What the admin filters by; each part left empty matches everything (a city: the entries of its business, <see cref="AuditEvent.RegionId"/>).</summary>
public sealed record AuditFilter(string? Action, string? UserName, DateOnly? From, DateOnly? To, int? RegionId = null);

/// <summary>An audit entry; <c>DisplayName</c> is the person's name as the portal shows it (null: no such account, e.g. a failed sign-in).</summary>
public sealed record AuditRow(long Id, DateTimeOffset OccurredAt, string? UserName, string? DisplayName, string Action, string? Target, string? IpAddress, string? Detail, string? City = null);

public sealed record AuditPageResult(IReadOnlyList<AuditRow> Rows, int Total);

/// <summary>Reads the audit trail for admins, newest first.</summary>
public sealed class AuditService(IDbContextFactory<PlanTrackerDbContext> contextFactory, AccessGuard guard)
{
    public const int PageSize = 50;

    public async Task<AuditPageResult> QueryAsync(AuditFilter filter, int page, CancellationToken cancellationToken = default)
    {
        if (!await guard.CanAdministerAsync("admin/audit"))
        {
            return new AuditPageResult([], 0);
        }

        if (!TextInput.IsClean(filter.UserName) || !TextInput.IsClean(filter.Action))
        {
            // Stored text never contains NUL or control characters: nothing matches (and PostgreSQL would refuse the query).
            return new AuditPageResult([], 0);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = context.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }

        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            // A login name or a display name: 长沙审核人 finds changsha-leader's entries.
            var person = filter.UserName.Trim();
            query = query.Where(e => e.UserName != null && (e.UserName.Contains(person) || context.Users.Any(u => u.UserName == e.UserName && u.DisplayName.Contains(person))));
        }

        if (filter.RegionId is { } regionId)
        {
            query = query.Where(e => e.RegionId == regionId);
        }

        if (filter.From is { } from)
        {
            // The dates the admin picks are China dates, as the table shows the times.
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime();
            query = query.Where(e => e.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime();
            query = query.Where(e => e.OccurredAt < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.Id).Skip(Math.Max(0, page) * PageSize).Take(PageSize)
            .Select(e => new AuditRow(e.Id, e.OccurredAt, e.UserName, context.Users.Where(u => u.UserName == e.UserName).Select(u => u.DisplayName).FirstOrDefault(), e.Action, e.Target, e.IpAddress, e.Detail,
                context.Regions.Where(r => r.Id == e.RegionId).Select(r => r.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new AuditPageResult(rows, total);
    }
}
