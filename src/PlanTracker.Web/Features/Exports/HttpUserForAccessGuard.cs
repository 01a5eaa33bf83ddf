using Microsoft.AspNetCore.Components.Authorization;

namespace PlanTracker.Web.Features.Exports;

/// <summary>
/// Minimal-API endpoints call the same services as pages; <see cref="Security.AccessGuard"/> reads the user from
/// Blazor's authentication state, which only components set up. This filter hands it the request's user.
/// </summary>
public static class HttpUserForAccessGuard
{
    public static TBuilder WithHttpUserForAccessGuard<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            if (context.HttpContext.RequestServices.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
            {
                host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.HttpContext.User)));
            }

            return await next(context);
        });
}
