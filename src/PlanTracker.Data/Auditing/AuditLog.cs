using Microsoft.EntityFrameworkCore;

namespace PlanTracker.Data.Auditing;

/// <summary>Appends audit events, each in its own short-lived context.</summary>
public sealed class AuditLog(IDbContextFactory<PlanTrackerDbContext> contextFactory, TimeProvider clock)
{
    public async Task WriteAsync(string action, string? userName, string? target, string? ipAddress, string? detail = null, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = clock.GetUtcNow(),
            Action = action,
            UserName = Truncate(userName, 256),
            Target = Truncate(target, 512),
            IpAddress = Truncate(ipAddress, 64),
            Detail = Truncate(detail, 2000),
        });
        await context.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
