using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Identity;
using PlanTracker.Web.Features.Admin;
using PlanTracker.Web.Features.Import;
using PlanTracker.Web.Features.SystemStatus;

namespace PlanTracker.Web.Tests;

/// <summary>
/// Blazor event handlers call these services directly, so the services check the caller themselves: a button
/// hidden from a reporter must still refuse the reporter if the handler is reached some other way.
/// </summary>
[Collection(PortalCollection.Name)]
public class ServiceAccessTests(PortalFactory portal)
{
    public static TheoryData<string> NonAdmins() => new() { "changsha-reporter", "zhuzhou-leader", "province" };

    [Theory]
    [MemberData(nameof(NonAdmins))]
    public async Task Non_admins_cannot_import_manage_users_or_read_the_audit_trail(string userName)
    {
        await using var scope = await ScopeForAsync(userName);
        var services = scope.ServiceProvider;
        var usersBefore = await CountAsync(c => c.Users.CountAsync());
        var plansBefore = await CountAsync(c => c.Plans.CountAsync());
        var deniedBefore = await CountAsync(c => c.AuditEvents.CountAsync(e => e.Action == AuditActions.AccessDenied && e.UserName == userName));
        var admin = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync("admin");

        var import = await services.GetRequiredService<ImportService>().ImportAsync(new ImportRequest(new UploadedPlanFile("x.txt", "第一章 总则"u8.ToArray())), allowRemovals: true);
        var create = await services.GetRequiredService<UserAdminService>().CreateAsync(new CreateUserRequest { UserName = "intruder", DisplayName = "x", Role = Roles.Admin, Password = "a-long-enough-password" });
        var disable = await services.GetRequiredService<UserAdminService>().SetDisabledAsync(admin!.Id, disabled: true);
        var reset = await services.GetRequiredService<UserAdminService>().ResetPasswordAsync(admin.Id, new ResetPasswordRequest { NewPassword = "another-long-password" });
        var role = await services.GetRequiredService<UserAdminService>().AssignRoleAsync(admin.Id, new AssignRoleRequest { Role = Roles.CityReporter, RegionId = 1 });
        var users = await services.GetRequiredService<UserAdminService>().ListAsync();
        var audit = await services.GetRequiredService<AuditService>().QueryAsync(new AuditFilter(null, null, null, null), 0);
        var status = await services.GetRequiredService<SystemStatusService>().CheckAsync();

        Assert.Equal(ImportService.NotAllowed, import.Message);
        Assert.All(new[] { create, disable, reset, role }, outcome => Assert.Equal([UserAdminService.NotAllowed], outcome.Errors));
        Assert.Empty(users);
        Assert.Empty(audit.Rows);
        Assert.False(status.DatabaseReachable);
        Assert.Equal(usersBefore, await CountAsync(c => c.Users.CountAsync()));
        Assert.Equal(plansBefore, await CountAsync(c => c.Plans.CountAsync()));
        Assert.False((await services.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync("admin"))!.IsDisabled);
        Assert.Equal(deniedBefore + 8, await CountAsync(c => c.AuditEvents.CountAsync(e => e.Action == AuditActions.AccessDenied && e.UserName == userName)));
    }

    [Fact]
    public async Task An_admin_can_create_a_city_reporter_with_validation_in_Chinese()
    {
        await using var scope = await ScopeForAsync("admin");
        var admin = scope.ServiceProvider.GetRequiredService<UserAdminService>();

        var invalid = await admin.CreateAsync(new CreateUserRequest { UserName = "x", DisplayName = "", Role = Roles.CityReporter, Password = "short" });
        var valid = await admin.CreateAsync(new CreateUserRequest { UserName = "ezhou-reporter-2", DisplayName = "鄂州填报员二", Role = Roles.CityReporter, RegionId = await RegionIdAsync("鄂州市"), Password = "a-long-enough-password" });

        Assert.Contains("用户名为 3–64 个字母、数字或 . _ @ + -。", invalid.Errors);
        Assert.Contains("请填写姓名或称呼。", invalid.Errors);
        Assert.Contains("填报员和审核人必须属于一个地区。", invalid.Errors);
        Assert.Contains("初始密码至少 12 个字符。", invalid.Errors);
        Assert.True(valid.Succeeded, string.Join(" ", valid.Errors));
        var created = (await admin.ListAsync()).Single(u => u.UserName == "ezhou-reporter-2");
        Assert.Equal((Roles.CityReporter, "鄂州市"), (created.Role, created.RegionName));
    }

    private Task<AsyncServiceScope> ScopeForAsync(string userName) => UserScopes.ForAsync(portal, userName);

    private async Task<int> CountAsync(Func<PlanTrackerDbContext, Task<int>> count)
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        return await count(context);
    }

    private Task<int> RegionIdAsync(string name) => CountAsync(c => c.Regions.Where(r => r.Name == name).Select(r => r.Id).SingleAsync());
}
