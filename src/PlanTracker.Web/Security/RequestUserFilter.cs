using Microsoft.AspNetCore.Components.Authorization;

namespace PlanTracker.Web.Security;

/// <summary>
/// Hands the request's user to Blazor's authentication state, which only components set up otherwise, so that
/// services called from minimal-API endpoints see the caller through <see cref="AccessGuard"/> like pages do.
/// </summary>
public sealed class RequestUserFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.RequestServices.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.HttpContext.User)));
        }

        return await next(context);
    }
}
