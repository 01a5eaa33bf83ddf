using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data.Identity;

namespace PlanTracker.Web.Tests;

/// <summary>A service scope whose authentication state is a demo user, as in that user's circuit.</summary>
public static class UserScopes
{
    public static async Task<AsyncServiceScope> ForAsync(PortalFactory portal, string userName)
    {
        var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync((await users.FindByNameAsync(userName))!);
        var authentication = (ServerAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        authentication.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return scope;
    }
}
