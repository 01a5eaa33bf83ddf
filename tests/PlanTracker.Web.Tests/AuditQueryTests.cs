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

    [Fact]
    public async Task A_city_filter_finds_that_citys_business_and_names_the_city_on_each_row()
    {
        int changsha, ezhou;
        await using (var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync())
        {
            changsha = await context.Regions.Where(r => r.Name == "长沙市").Select(r => r.Id).SingleAsync();
            ezhou = await context.Regions.Where(r => r.Name == "鄂州市").Select(r => r.Id).SingleAsync();
            var at = new DateTimeOffset(2024, 4, 1, 2, 0, 0, TimeSpan.Zero);
            context.AuditEvents.AddRange(
                AuditEvent.Create(at, AuditActions.ValuesSaved, "audit-city-check", $"progress/regions/{changsha}/2023", null, "保存 2 项指标", changsha),
                AuditEvent.Create(at, AuditActions.ReportReturned, "audit-city-check", $"progress/regions/{ezhou}/2023", null, "退回", ezhou),
                AuditEvent.Create(at, AuditActions.SignIn, "audit-city-check", "audit-city-check", null, null));
            await context.SaveChangesAsync();
        }

        await using var admin = await UserScopes.ForAsync(portal, "admin");
        var audit = admin.ServiceProvider.GetRequiredService<AuditService>();
        var all = await audit.QueryAsync(new AuditFilter(null, "audit-city-check", null, null), 0);
        var inChangsha = await audit.QueryAsync(new AuditFilter(null, "audit-city-check", null, null, changsha), 0);
        var returnsInEzhou = await audit.QueryAsync(new AuditFilter(AuditActions.ReportReturned, "audit-city-check", null, null, ezhou), 0);

        Assert.Equal(3, all.Total);
        Assert.Equal(("保存 2 项指标", "长沙市"), (Assert.Single(inChangsha.Rows).Detail, inChangsha.Rows[0].City));
        Assert.Equal("鄂州市", Assert.Single(returnsInEzhou.Rows).City);
        Assert.Null(all.Rows.Single(r => r.Action == AuditActions.SignIn).City);
    }

    [Fact]
    public void The_action_filter_offers_every_action_once_each_with_a_chinese_name()
    {
        var declared = typeof(AuditActions).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(declared.Order(), AuditActions.All.Order());
        Assert.All(AuditActions.All, action => Assert.NotEqual(action, AuditActions.ChineseName(action)));
    }
}
