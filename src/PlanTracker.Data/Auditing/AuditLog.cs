using Microsoft.EntityFrameworkCore;

namespace PlanTracker.Data.Auditing;

/// <summary>Appends audit events, each in its own short-lived context.</summary>
public sealed class AuditLog(IDbContextFactory<PlanTrackerDbContext> contextFactory, TimeProvider clock)
{
    public async Task WriteAsync(string action, string? userName, string? target, string? ipAddress, string? detail = null, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.AuditEvents.Add(AuditEvent.Create(clock.GetUtcNow(), action, userName, target, ipAddress, detail));
        await context.SaveChangesAsync(cancellationToken);
    }
}
