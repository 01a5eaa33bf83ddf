using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Web.Features.Admin;

namespace PlanTracker.Web.Tests;

/// <summary>The audit log's filters, against PostgreSQL: the dates an admin picks are China dates, like the times shown.</summary>
[Collection(PortalCollection.Name)]
public class AuditQueryTests(PortalFactory portal)
{
    [Fact]
    public async Task A_date_filter_takes_the_day_in_China_time()
    {
        // 2024-03-01 23:30 UTC is 2024-03-02 07:30 in China.
        await using (var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync())
        {
            context.AuditEvents.Add(new AuditEvent { OccurredAt = new DateTimeOffset(2024, 3, 1, 23, 30, 0, TimeSpan.Zero), Action = AuditActions.SignIn, UserName = "audit-date-check" });
            await context.SaveChangesAsync();
        }

        await using var admin = await UserScopes.ForAsync(portal, "admin");
        var audit = admin.ServiceProvider.GetRequiredService<AuditService>();
        async Task<int> CountAsync(DateOnly from, DateOnly to) => (await audit.QueryAsync(new AuditFilter(null, "audit-date-check", from, to), 0)).Total;

        Assert.Equal(1, await CountAsync(new DateOnly(2024, 3, 2), new DateOnly(2024, 3, 2)));
        Assert.Equal(0, await CountAsync(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 1)));
        Assert.Equal(1, await CountAsync(new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 31)));
    }
}
