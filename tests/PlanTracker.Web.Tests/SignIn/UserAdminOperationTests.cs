using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Auditing;
using PlanTracker.Data.Identity;
using PlanTracker.Web.Features.Admin;

namespace PlanTracker.Web.Tests.SignIn;

/// <summary>
/// Issue 17: user administration uses a context per operation (UserStoreOperation), not one held by the admin's
/// circuit. Two admins' open pages each act on what is stored now, and a change and its audit row are one write.
/// </summary>
public class UserAdminOperationTests(IsolatedPortalFactory portal) : IClassFixture<IsolatedPortalFactory>
{
    [Fact]
    public async Task An_admin_page_open_for_a_while_acts_on_the_stored_user_not_on_what_it_read_earlier()
    {
        var user = await TestAccounts.CreateAsync(portal, "two-admins");
        await using var first = await UserScopes.ForAsync(portal, "admin");
        await using var second = await UserScopes.ForAsync(portal, "admin");
        var firstAdmin = first.ServiceProvider.GetRequiredService<UserAdminService>();
        // The first page has worked on the user already; a circuit-long context would now hold it tracked.
        Assert.True((await firstAdmin.ResetPasswordAsync(user.Id, new ResetPasswordRequest { NewPassword = "a-new-long-password-1" })).Succeeded);

        Assert.True((await second.ServiceProvider.GetRequiredService<UserAdminService>().SetDisabledAsync(user.Id, true)).Succeeded);
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        var city = await context.Regions.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        var moved = await firstAdmin.AssignRoleAsync(user.Id, new AssignRoleRequest { Role = Roles.CityLeader, RegionId = city });

        Assert.True(moved.Succeeded, string.Join("；", moved.Errors));
        var stored = await context.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);
        // The second admin's 停用 stands: the first page's role change did not write back the user as it had read it.
        Assert.True(stored.IsDisabled);
        var roles = await (from userRole in context.UserRoles join role in context.Roles on userRole.RoleId equals role.Id where userRole.UserId == user.Id select role.Name).ToListAsync();
        Assert.Equal([Roles.CityLeader], roles);
        Assert.Equal(
            [AuditActions.PasswordReset, AuditActions.UserDisabled, AuditActions.UserChanged],
            await context.AuditEvents.Where(e => e.Target == "two-admins").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
    }

    [Fact]
    public async Task A_new_user_whose_password_is_refused_is_not_stored_and_not_audited()
    {
        await using var admin = await UserScopes.ForAsync(portal, "admin");

        // Long enough for the request's validator; refused by the portal's password rules (user name inside it).
        var created = await admin.ServiceProvider.GetRequiredService<UserAdminService>().CreateAsync(
            new CreateUserRequest { UserName = "weak-password-user", DisplayName = "弱口令", Role = Roles.ProvincialAnalyst, Password = "weak-password-user-1" });

        Assert.False(created.Succeeded);
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<PlanTrackerDbContext>>().CreateDbContextAsync();
        Assert.False(await context.Users.AnyAsync(u => u.UserName == "weak-password-user"));
        Assert.False(await context.AuditEvents.AnyAsync(e => e.Target == "weak-password-user"));
    }
}
