using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data.Identity;

namespace PlanTracker.Web.Tests.SignIn;

/// <summary>Accounts a test creates for itself, so that locking them never touches the demo accounts other tests use.</summary>
public static class TestAccounts
{
    public const string Password = "a sentence nobody else uses";

    public static async Task<ApplicationUser> CreateAsync(PortalFactory portal, string userName, string role = Roles.ProvincialAnalyst)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = userName, DisplayName = userName, CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }
}
